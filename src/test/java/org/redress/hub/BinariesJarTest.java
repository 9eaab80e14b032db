package org.redress.hub;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BinariesJarTest {

    @TempDir
    Path dir;

    @Test
    void zonky_is_handed_the_entry_of_its_system_and_architecture() throws IOException {
        Path jar = Files.write(dir.resolve("b.jar"), BinariesServer.jar(Map.of(
                "postgres-linux-x86_64.txz", new byte[]{1, 2, 3},
                "postgres-darwin-x86_64.txz", new byte[]{4, 5})));

        byte[] handed;
        try (InputStream in = new BinariesJar(jar).getPgBinary("Linux", "x86_64")) {
            handed = in.readAllBytes();
        }

        assertThat(handed).containsExactly(1, 2, 3);
    }

    @Test
    void a_jar_without_the_entry_fails_naming_the_names_looked_for() throws IOException {
        Path jar = Files.write(dir.resolve("b.jar"), BinariesServer.jar(Map.of("postgres-darwin-x86_64.txz", new byte[]{4})));

        assertThatThrownBy(() -> new BinariesJar(jar).getPgBinary("Windows", "x86_64"))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("postgres-windows-x86_64.txz");
    }

    @Test
    void names_follow_zonkys_resolver_distribution_build_first_then_the_systems() {
        assertThat(BinariesJar.entryNames("Linux", "x86_64", "Alpine Linux"))
                .containsExactly("postgres-linux-x86_64-alpine_linux.txz", "postgres-linux-x86_64.txz");
        assertThat(BinariesJar.entryNames("Linux", "aarch64", null)).containsExactly("postgres-linux-arm_64.txz");
    }

    @Test
    void arm_macs_and_arm_windows_fall_back_to_the_x86_64_build_as_zonky_does() {
        assertThat(BinariesJar.entryNames("Darwin", "aarch64", null))
                .containsExactly("postgres-darwin-arm_64.txz", "postgres-darwin-x86_64.txz");
        assertThat(BinariesJar.entryNames("Windows", "aarch64", null))
                .containsExactly("postgres-windows-arm_64.txz", "postgres-windows-x86_64.txz");
    }

    @Test
    void the_real_binaries_jar_holds_the_entry_this_machine_looks_for() throws IOException {
        assertThat(BinariesJar.onClassPath()).isTrue();
        assertThat(new BinariesJar(RealBinariesJar.path()).entryForThisMachine()).isPresent();
    }

    @Test
    void one_jar_is_one_resolver_to_zonky_which_keeps_extracted_binaries_per_resolver() {
        assertThat(new BinariesJar(dir.resolve("b.jar"))).isEqualTo(new BinariesJar(dir.resolve("b.jar")))
                .hasSameHashCodeAs(new BinariesJar(dir.resolve("b.jar")));
    }
}
