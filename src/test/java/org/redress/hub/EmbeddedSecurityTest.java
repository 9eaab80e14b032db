package org.redress.hub;

import io.zonky.test.db.postgres.embedded.PgBinaryResolver;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tukaani.xz.LZMA2Options;
import org.tukaani.xz.XZOutputStream;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The embedded PostgreSQL lets in the hub and nobody else: a password (SCRAM) kept beside the data
 * for its owner only, loopback TCP only, no Unix socket, folders 0700; and its binaries are checked
 * file by file against the manifest of the archive they came from, not taken on a marker's word.
 */
class EmbeddedSecurityTest {

    private static final String OWNER_ONLY = "rwx------";

    @TempDir
    Path dir;

    @Test
    void a_connection_without_the_password_is_refused_and_the_server_listens_on_loopback_only() throws Exception {
        EmbeddedHub hub = TestHub.embedded();

        assertThatThrownBy(() -> DriverManager.getConnection(hub.jdbcUrl(), "postgres", ""))
                .isInstanceOf(SQLException.class).hasMessageContaining("SCRAM");
        assertThatThrownBy(() -> DriverManager.getConnection(hub.jdbcUrl(), "postgres", "postgres"))
                .isInstanceOf(SQLException.class).hasMessageContaining("password authentication failed");
        try (Connection c = DriverManager.getConnection(hub.jdbcUrl(), "postgres", hub.password())) {
            assertThat(setting(c, "listen_addresses")).isEqualTo("localhost");
            assertThat(setting(c, "unix_socket_directories")).isEmpty();
            assertThat(setting(c, "password_encryption")).isEqualTo("scram-sha-256");
            assertThat(setting(c, "fsync")).isEqualTo("on");
        }
        assertThat(Files.readString(hub.dataDir().resolve("pg_hba.conf"))).doesNotContain("trust").contains("scram-sha-256");
    }

    @Test
    void the_data_its_password_its_keys_and_the_binaries_are_for_their_owner_only() throws Exception {
        EmbeddedHub hub = TestHub.embedded();
        Path own = hub.dataDir().resolve(PostgresAuth.FOLDER);
        Path run = PostgresBinaries.configured().runFolder();

        for (Path folder : new Path[] {hub.dataDir(), own, hub.tlsFolder(), run, run.resolve("work")}) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder))).as(folder.toString()).isEqualTo(OWNER_ONLY);
        }
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(own.resolve(PostgresAuth.PASSWORD_FILE))))
                .isEqualTo("rw-------");
        assertThat(Files.readString(own.resolve(PostgresAuth.PASSWORD_FILE)).strip()).isEqualTo(hub.password()).hasSizeGreaterThan(30);
    }

    @Test
    void a_cluster_made_with_trust_by_an_earlier_version_gets_a_password_before_it_listens() throws Exception {
        Path data = dir.resolve("old");
        PostgresHome.Prepared home = PostgresHome.prepare(new ClassPathBinaries(), PostgresBinaries.configured().runFolder());
        PostgresAuth.initdb(home, data);
        assertThat(Files.readString(data.resolve("pg_hba.conf"))).contains("trust");

        try (EmbeddedHub hub = EmbeddedHub.start(data, 0)) {
            assertThatThrownBy(() -> DriverManager.getConnection(hub.jdbcUrl(), "postgres", "")).isInstanceOf(SQLException.class);
            try (Connection c = DriverManager.getConnection(hub.jdbcUrl(), "postgres", hub.password())) {
                assertThat(c.isValid(5)).isTrue();
            }
        }
    }

    @Test
    void binaries_changed_after_extraction_are_thrown_away_and_extracted_again_from_the_checked_archive() throws Exception {
        Path run = dir.resolve("run");
        FakeArchive archive = new FakeArchive();
        PostgresHome.Prepared first = PostgresHome.prepare(archive, run);
        Path postgres = first.root().resolve("bin/postgres");
        String original = Files.readString(postgres);

        Files.writeString(postgres, "#!/bin/sh\necho planted\n");
        PostgresHome.forget();
        PostgresHome.Prepared second = PostgresHome.prepare(archive, run);
        String restored = Files.readString(postgres);
        Files.writeString(second.root().resolve("bin/extra"), "planted");
        PostgresHome.forget();
        PostgresHome.prepare(archive, run);
        boolean extraGone = !Files.exists(second.root().resolve("bin/extra"));
        Files.delete(second.root().resolve("lib/libpq.so"));
        Files.createSymbolicLink(second.root().resolve("lib/libpq.so"), Path.of("/tmp/elsewhere.so"));
        PostgresHome.forget();
        PostgresHome.prepare(archive, run);

        assertThat(restored).isEqualTo(original);
        assertThat(extraGone).isTrue();
        assertThat(Files.readSymbolicLink(second.root().resolve("lib/libpq.so")).toString()).isEqualTo("libpq.so.5");
        assertThat(archive.reads.get()).as("the archive itself is read at each check").isEqualTo(4);
        assertThat(Files.exists(second.root().resolve(PostgresHome.MARKER))).isTrue();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(run))).isEqualTo(OWNER_ONLY);
    }

    @Test
    void an_archive_naming_paths_outside_its_folder_is_refused() throws Exception {
        FakeArchive escaping = new FakeArchive("../outside");

        assertThatThrownBy(() -> PostgresHome.prepare(escaping, dir.resolve("run")))
                .isInstanceOf(IOException.class).hasMessageContaining("outside its folder");
        assertThat(dir.resolve("outside")).doesNotExist();
    }

    private static String setting(Connection c, String name) throws SQLException {
        try (ResultSet rs = c.createStatement().executeQuery("SHOW " + name)) {
            rs.next();
            return rs.getString(1);
        }
    }

    /** The class path's real binaries, through a resolver of their own. */
    private record ClassPathBinaries() implements PgBinaryResolver {
        @Override
        public java.io.InputStream getPgBinary(String system, String hardware) throws IOException {
            return new BinariesJar(RealBinariesJar.path()).getPgBinary(system, hardware);
        }
    }

    /** A tiny .txz laid out as zonky's: a "binary", a library and a link to it. */
    private static final class FakeArchive implements PgBinaryResolver {
        final AtomicInteger reads = new AtomicInteger();
        private final byte[] bytes;

        FakeArchive() throws IOException {
            this(null);
        }

        FakeArchive(String extra) throws IOException {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (TarArchiveOutputStream tar = new TarArchiveOutputStream(new XZOutputStream(out, new LZMA2Options()))) {
                file(tar, "bin/postgres", "#!/bin/sh\necho postgres\n");
                file(tar, "lib/libpq.so.5", "library");
                TarArchiveEntry link = new TarArchiveEntry("lib/libpq.so", TarArchiveEntry.LF_SYMLINK);
                link.setLinkName("libpq.so.5");
                tar.putArchiveEntry(link);
                tar.closeArchiveEntry();
                if (extra != null) {
                    file(tar, extra, "escaped");
                }
            }
            bytes = out.toByteArray();
        }

        private static void file(TarArchiveOutputStream tar, String name, String content) throws IOException {
            byte[] data = content.getBytes(StandardCharsets.UTF_8);
            TarArchiveEntry entry = new TarArchiveEntry(name);
            entry.setSize(data.length);
            tar.putArchiveEntry(entry);
            tar.write(data);
            tar.closeArchiveEntry();
        }

        @Override
        public java.io.InputStream getPgBinary(String system, String hardware) {
            reads.incrementAndGet();
            return new ByteArrayInputStream(bytes);
        }
    }
}
