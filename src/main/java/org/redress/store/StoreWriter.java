package org.redress.store;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * The one thread that writes. It owns the only write connection; each {@link #write} runs as one
 * transaction on that thread, in submission order, so writes never contend for SQLite's lock and
 * a failure rolls back everything the unit of work did.
 */
public final class StoreWriter implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(StoreWriter.class);

    private final Connection connection;
    private final Workspace workspace;
    private final Journal journal;
    private final ExecutorService thread;
    private volatile Thread writerThread;
    private volatile boolean closed;

    StoreWriter(Connection connection, Workspace workspace, Journal journal) throws SQLException {
        this.connection = connection;
        this.workspace = workspace;
        this.journal = journal;
        this.connection.setAutoCommit(true);
        this.thread = Executors.newSingleThreadExecutor(runnable -> {
            Thread t = new Thread(runnable, "redress-store-writer");
            t.setDaemon(true);
            writerThread = t;
            return t;
        });
    }

    /** Queues {@code work} to run in one transaction on the writer thread. */
    public <T> CompletableFuture<T> write(SqlWork<T> work) {
        if (closed) {
            return CompletableFuture.failedFuture(new IllegalStateException("the store writer is closed"));
        }
        return CompletableFuture.supplyAsync(() -> runInTransaction(work), thread);
    }

    /**
     * Runs {@code work} like {@link #write} and waits for it (for the CLI and tests). Runtime
     * exceptions from the work are rethrown as they are; SQL failures arrive as {@link StoreException}.
     */
    public <T> T writeAndWait(SqlWork<T> work) {
        if (Thread.currentThread() == writerThread) {
            throw new IllegalStateException("a write cannot wait for another write on the writer thread");
        }
        try {
            return write(work).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while waiting for a write", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new StoreException("write failed", cause);
        }
    }

    private <T> T runInTransaction(SqlWork<T> work) {
        try {
            connection.setAutoCommit(false);
            T result;
            try {
                for (JournalSink sink : journal.sinks()) {
                    sink.began(connection);
                }
                result = work.run(connection);
                for (JournalSink sink : journal.sinks()) {
                    sink.committing(connection);
                }
                connection.commit();
            } catch (Throwable failure) {
                rollbackQuietly(failure);
                throw failure;
            } finally {
                connection.setAutoCommit(true);
            }
            for (JournalSink sink : journal.sinks()) {
                try {
                    sink.committed(workspace, connection);
                } catch (RuntimeException e) {
                    LOG.warn("after a commit, {} failed", sink.getClass().getSimpleName(), e);
                }
            }
            return result;
        } catch (SQLException e) {
            throw new CompletionException(new StoreException("write failed: " + e.getMessage(), e));
        } catch (RuntimeException | Error e) {
            throw e;
        }
    }

    private void rollbackQuietly(Throwable failure) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }

    /** Runs the writes already queued, then closes the write connection. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        thread.shutdown();
        try {
            if (!thread.awaitTermination(1, TimeUnit.MINUTES)) {
                LOG.warn("queued writes did not finish within a minute; closing anyway");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        for (JournalSink sink : journal.sinks()) {
            try {
                sink.closing(workspace, connection);
            } catch (RuntimeException e) {
                LOG.warn("closing {} failed", sink.getClass().getSimpleName(), e);
            }
        }
        try (Statement statement = connection.createStatement()) {
            // Keeps the planner's statistics fresh at a cheap moment.
            statement.execute("PRAGMA optimize");
        } catch (SQLException e) {
            LOG.debug("PRAGMA optimize failed", e);
        }
        try {
            connection.close();
        } catch (SQLException e) {
            LOG.warn("closing the write connection failed", e);
        }
    }
}
