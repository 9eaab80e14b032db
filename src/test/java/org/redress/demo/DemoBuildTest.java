package org.redress.demo;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DemoBuildTest {

    @Test
    void a_build_stopped_half_way_leaves_nothing_at_the_target_nor_beside_it() throws IOException {
        Path parent = DemoFixture.temporaryFolder();
        Path target = parent.resolve("workspace");
        var builder = new DemoBuilder(new DemoRequest(400, 7L, DemoFixture.TODAY)).withProgress((subjects, cases) -> {
            if (cases >= 200) {
                throw new IllegalStateException("killed half-way");
            }
        });

        assertThatThrownBy(() -> builder.build(target)).hasMessageContaining("killed half-way");

        assertThat(target).doesNotExist();
        try (Stream<Path> left = Files.list(parent)) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void the_folder_a_killed_run_left_beside_the_target_is_cleared_by_the_next_run() throws IOException {
        Path parent = DemoFixture.temporaryFolder();
        Path leftover = Files.createDirectories(parent.resolve(".workspace.partial-1234/evidence"));
        Files.writeString(leftover.resolve("half-written"), "x");

        DemoResult result = new DemoBuilder(new DemoRequest(50, 7L, DemoFixture.TODAY)).build(parent.resolve("workspace"));

        assertThat(result.summary().cases()).isEqualTo(50);
        try (Stream<Path> left = Files.list(parent)) {
            assertThat(left).containsExactly(parent.resolve("workspace"));
        }
    }

    @Test
    void an_empty_folder_is_filled_but_a_folder_with_other_files_is_left_alone() throws IOException {
        Path parent = DemoFixture.temporaryFolder();
        Path empty = Files.createDirectories(parent.resolve("empty"));
        Path occupied = Files.createDirectories(parent.resolve("occupied"));
        Files.writeString(occupied.resolve("notes.txt"), "mine");

        new DemoBuilder(new DemoRequest(20, 7L, DemoFixture.TODAY)).build(empty);

        assertThat(DemoWorkspaceState.of(empty)).isEqualTo(DemoWorkspaceState.POPULATED);
        assertThat(DemoWorkspaceState.of(occupied)).isEqualTo(DemoWorkspaceState.OCCUPIED);
        assertThatThrownBy(() -> new DemoBuilder(new DemoRequest(20, 7L, DemoFixture.TODAY)).build(occupied))
                .isInstanceOf(IllegalStateException.class);
        assertThat(occupied.resolve("notes.txt")).hasContent("mine");
        assertThatThrownBy(() -> new DemoBuilder(new DemoRequest(20, 7L, DemoFixture.TODAY)).build(empty))
                .isInstanceOf(IllegalStateException.class);
    }
}
