package org.redress.hub.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * The hub's PostgreSQL: a HikariCP pool, migrated by Flyway from {@code classpath:db/hub} on
 * open, and {@link #inTransaction} for work that commits as one.
 */
public final class HubDatabase implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(HubDatabase.class);

    private final HikariDataSource pool;

    private HubDatabase(HikariDataSource pool) {
        this.pool = pool;
    }

    public static HubDatabase open(String jdbcUrl, String user, String password, int poolSize) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(jdbcUrl);
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(poolSize);
        config.setPoolName("hub");
        config.setConnectionTimeout(5_000);
        config.setAutoCommit(true);
        // Batched inserts of change_log and chunk rows travel in one round trip.
        config.addDataSourceProperty("reWriteBatchedInserts", "true");
        // Binary results from the first execution: bytea chunks arrive as bytes, not as hex text.
        config.addDataSourceProperty("prepareThreshold", "-1");
        // Whatever the server's default, a commit waits for its WAL flush unless a transaction says
        // otherwise (the mutation path does, and ends with flushBarrier()).
        config.setConnectionInitSql("SET synchronous_commit = on");
        HikariDataSource pool = new HikariDataSource(config);
        try {
            migrate(pool);
            ServerEpoch.checkCluster(pool);
        } catch (SQLException e) {
            pool.close();
            throw new IllegalStateException("the hub's database could not be checked: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
        return new HubDatabase(pool);
    }

    public static void migrate(DataSource dataSource) {
        var result = Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/hub")
                // Areas number their migrations in ranges of their own and land in any order: a hub
                // may hold a higher one (V20) before a lower one (V10) arrives, which is applied then.
                .outOfOrder(true)
                .failOnMissingLocations(true)
                .load()
                .migrate();
        LOG.info("event=hub.migrated schemaVersion={} applied={}", result.targetSchemaVersion, result.migrationsExecuted);
    }

    public DataSource dataSource() {
        return pool;
    }

    public Connection connection() throws SQLException {
        return pool.getConnection();
    }

    /** Runs {@code work} in one transaction: committed when it returns, rolled back when it throws. */
    public <T> T inTransaction(SqlWork<T> work) throws SQLException {
        try (Connection c = pool.getConnection()) {
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException | Error e) {
                rollbackQuietly(c, e);
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        }
    }

    /**
     * Returns once every transaction committed before the call is on disk. Commits made with
     * {@code synchronous_commit = off} are durable after it: the WAL is one sequence, and this
     * call's own synchronous commit waits for the flush up to its record, past all of theirs.
     */
    public void flushBarrier() throws SQLException {
        try (Connection c = pool.getConnection()) {
            flushBarrier(c);
        }
    }

    /**
     * {@link #flushBarrier()} on a connection the caller holds (in autocommit mode). The statement
     * is its own transaction and updates a row, so it writes WAL; PostgreSQL commits a transaction
     * that wrote nothing but its commit record asynchronously whatever the setting (an earlier
     * barrier, {@code SELECT pg_current_xact_id()}, flushed nothing for that reason). Its commit is
     * synchronous ({@code set_config} lasts to the end of this statement's transaction, and the
     * setting is read at commit), so it returns only after the WAL is flushed past its record.
     */
    public static void flushBarrier(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(BARRIER)) {
            ps.execute();
        }
    }

    static final String BARRIER = """
            WITH sync AS (SELECT set_config('synchronous_commit', 'on', true))
            INSERT INTO flush_barrier (slot, n) SELECT pg_backend_pid() % 64, 1 FROM sync
            ON CONFLICT (slot) DO UPDATE SET n = flush_barrier.n + 1""";

    private static void rollbackQuietly(Connection c, Throwable cause) {
        try {
            c.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    @Override
    public void close() {
        pool.close();
    }

    /** Database work that may fail with SQL errors. */
    @FunctionalInterface
    public interface SqlWork<T> {
        T run(Connection connection) throws SQLException;
    }
}
