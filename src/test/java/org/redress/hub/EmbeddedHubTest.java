package org.redress.hub;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redress.evidence.FileHash;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class EmbeddedHubTest {

    @TempDir
    Path dir;

    @Test
    void a_stale_pid_file_naming_another_process_never_stops_that_process() throws Exception {
        Files.writeString(dir.resolve("postmaster.pid"), ProcessHandle.current().pid() + "\n" + dir + "\n");

        EmbeddedHub.stopOrphan(dir);

        assertThat(ProcessHandle.current().isAlive()).isTrue();
    }

    @Test
    void postgres_runs_from_the_real_binaries_jar_downloaded_as_pinned_with_the_class_path_ignored() throws Exception {
        Path real = RealBinariesJar.path();
        String jarPath = "/maven2/io/zonky/test/postgres/" + real.getFileName();
        try (BinariesServer repository = new BinariesServer().serve(jarPath, real)) {
            var binaries = new PostgresBinaries(false, repository.url(jarPath), FileHash.sha256(real), null,
                    dir.resolve("cache"), BinariesDownload.Limits.DEFAULT);

            try (EmbeddedHub hub = EmbeddedHub.start(dir.resolve("pg"), 0, binaries);
                 Connection connection = DriverManager.getConnection(hub.jdbcUrl(), "postgres", hub.password());
                 ResultSet one = connection.createStatement().executeQuery("select 1")) {
                assertThat(one.next()).isTrue();
                assertThat(one.getInt(1)).isEqualTo(1);
            }

            assertThat(repository.requests()).isEqualTo(1);
            assertThat(dir.resolve("cache").resolve("postgres").resolve(real.getFileName())).hasSameBinaryContentAs(real);
        }
    }

    @Test
    void a_hub_killed_outright_leaves_a_folder_the_next_hub_takes_over() throws Exception {
        Path data = dir.resolve("hub");
        String javaBin = ProcessHandle.current().info().command().orElse("java");
        Process hub = new ProcessBuilder(List.of(javaBin, "-cp", System.getProperty("java.class.path"),
                "org.redress.cli.Main", "hub", "--embedded", "--data", data.toString(), "--port", "0"))
                .redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(hub.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            do {
                line = out.readLine();
            } while (line != null && !line.startsWith("hub listening"));
            assertThat(line).as("the hub process started").isNotNull();
        } finally {
            hub.destroyForcibly().waitFor();
        }

        try (EmbeddedHub again = EmbeddedHub.start(data, 0); HubServer server = HubServer.start(again.config())) {
            var health = new HubClient(server).send(java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create(server.baseUrl() + "/health")).GET().build());
            assertThat(health.statusCode()).isEqualTo(200);
        }
    }
}
