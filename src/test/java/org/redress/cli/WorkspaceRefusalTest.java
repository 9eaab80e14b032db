package org.redress.cli;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A mistyped {@code --workspace} used to be made into an empty workspace, which then reported every
 * agency unknown; every command but {@code demo} and {@code init} now refuses a folder that holds no
 * workspace, in one sentence, with exit 2, and leaves nothing behind.
 */
class WorkspaceRefusalTest extends CommandTestSupport {

    @TempDir
    static Path folder;

    static Stream<List<String>> commandsOnAWorkspace() throws Exception {
        Path feed = Files.writeString(folder.resolve("feed.csv"), "reference,agency\n");
        Path letter = Files.writeString(folder.resolve("letter.pdf"), "%PDF-1.7\n");
        return Stream.of(
                List.of("import", feed.toString()),
                List.of("import", "--dry-run", feed.toString()),
                List.of("export-subject", "--id", "110105194912310021", "--out", folder.resolve("x.zip").toString()),
                List.of("verify"),
                List.of("letters", "export", "--case", "RD-2026-000001", "--out", folder.resolve("out").toString()),
                List.of("letters", "verify", letter.toString()),
                List.of("sync", "--hub", "https://127.0.0.1:1"),
                List.of("open"),
                List.of("screenshot", "--out", folder.resolve("q.png").toString()));
    }

    @ParameterizedTest
    @MethodSource("commandsOnAWorkspace")
    void aFolderWithoutAWorkspaceIsRefusedInOneSentenceAndNotMadeIntoOne(List<String> command) {
        Path mistyped = folder.resolve("wokrspace-" + command.getFirst());
        List<String> args = new ArrayList<>(command);
        args.addAll(List.of("--workspace", mistyped.toString()));

        int code = run(args.toArray(String[]::new));

        assertThat(code).as(err.toString()).isEqualTo(2);
        assertThat(err.toString().strip()).contains("there is no workspace at " + mistyped)
                .contains("redress init --workspace " + mistyped).doesNotContain("\n").doesNotContain("Exception");
        assertThat(mistyped).doesNotExist();
        assertThat(folder.resolve("out")).doesNotExist();
    }

    @Test
    void initMakesAnEmptyWorkspaceOnceAndOtherCommandsThenAcceptIt() throws Exception {
        Path workspace = folder.resolve("office");

        assertThat(run("init", "--workspace", workspace.toString())).as(err.toString()).isZero();
        assertThat(workspace.resolve("redress.db")).isRegularFile();
        assertThat(out.toString()).contains("Made an empty workspace at " + workspace);

        forgetOutput();
        assertThat(run("init", "--workspace", workspace.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("is a workspace already; nothing was changed");

        forgetOutput();
        assertThat(run("verify", "--workspace", workspace.toString())).as(err.toString()).isZero();
    }

    @Test
    void initRefusesAFolderHoldingOtherFiles() throws Exception {
        Path papers = Files.createDirectories(folder.resolve("papers"));
        Files.writeString(papers.resolve("notes.txt"), "keep me");

        assertThat(run("init", "--workspace", papers.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("holds other files");
        assertThat(papers.resolve("redress.db")).doesNotExist();
        assertThat(papers.resolve("notes.txt")).hasContent("keep me");
    }
}
