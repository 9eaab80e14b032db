package org.redress.store;

import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The workspace's SQLite database: WAL journal, {@code synchronous=FULL}, foreign keys on, a busy
 * timeout. Opening migrates it with Flyway from {@code classpath:db/workstation}. All writes go
 * through one {@link StoreWriter}; reads borrow one of a few read-only ({@code query_only})
 * connections, each read a consistent snapshot.
 */
public final class Database implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Database.class);
    static final int BUSY_TIMEOUT_MS = 10_000;
    private static final int DEFAULT_READERS = 3;
    private static final long READER_MMAP_BYTES = 1L << 30;

    private final Workspace workspace;
    private final StoreWriter writer;
    private final BlockingQueue<Connection> idleReaders;
    private final List<Connection> allReaders = new ArrayList<>();
    private final int maxReaders;
    private final Journal journal;
    private volatile boolean closed;

    private Database(Workspace workspace, StoreWriter writer, int maxReaders, Journal journal) {
        this.workspace = workspace;
        this.journal = journal;
        this.writer = writer;
        this.maxReaders = maxReaders;
        this.idleReaders = new ArrayBlockingQueue<>(maxReaders);
    }

    /** Opens (creating if needed) the workspace's database and brings its schema up to date. */
    public static Database open(Workspace workspace) {
        return open(workspace, DEFAULT_READERS);
    }

    public static Database open(Workspace workspace, int maxReaders) {
        return open(workspace, maxReaders, Journal.discovered());
    }

    /** Opens with exactly the sinks of {@code journal} (tests that watch or break the journal). */
    public static Database open(Workspace workspace, int maxReaders, Journal journal) {
        if (maxReaders < 1) {
            throw new IllegalArgumentException("at least one reader connection is needed");
        }
        Workspace.create(workspace.root());
        createPrivately(workspace.databaseFile());
        String url = url(workspace);
        migrate(url);
        Database database;
        try {
            Connection writeConnection = writeConfig().createConnection(url);
            database = new Database(workspace, new StoreWriter(writeConnection, workspace, journal), maxReaders, journal);
        } catch (SQLException e) {
            throw new StoreException("cannot open the workspace database", e);
        }
        try {
            for (JournalSink sink : journal.sinks()) {
                sink.opened(database);
            }
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
        return database;
    }

    /**
     * Makes an empty database file, owner-only, before SQLite would make one readable by everyone:
     * SQLite gives its journal and WAL files the database file's permissions.
     */
    private static void createPrivately(java.nio.file.Path file) {
        if (java.nio.file.Files.exists(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try {
            org.redress.platform.PrivateFiles.createNew(file).close();
        } catch (java.nio.file.FileAlreadyExistsException raced) {
            // Another process made it meanwhile; Workspace.create tightens it on the next open.
        } catch (java.io.IOException e) {
            throw new StoreException("cannot create the workspace database " + file.getFileName(), e);
        }
    }

    private static String url(Workspace workspace) {
        return "jdbc:sqlite:" + workspace.databaseFile();
    }

    private static SQLiteConfig baseConfig() {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        config.setTempStore(SQLiteConfig.TempStore.MEMORY);
        // The driver would otherwise run "SELECT last_insert_rowid()" after every insert; the
        // store asks for the id itself where it needs one (SqlValues.lastInsertId).
        config.setGetGeneratedKeys(false);
        return config;
    }

    private static SQLiteConfig writeConfig() {
        SQLiteConfig config = baseConfig();
        // Take the write lock at BEGIN: a transaction never fails half-way on a lock upgrade.
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        // A larger page cache keeps index pages of bulk loads in memory (negative = KiB).
        config.setCacheSize(-64 * 1024);
        return config;
    }

    /**
     * The highest migration in {@code resources/db/workstation} (a test holds the two equal), and
     * how many migrations there are (the SQL files and {@link #JAVA_MIGRATIONS}). A workspace that
     * has applied all of them opens without Flyway scanning the class path and validating every
     * script, which was about a third of a second of every start.
     */
    static final int SCHEMA_VERSION = 93;
    static final int MIGRATION_COUNT = 25;
    /** Migrations written in Java (SQLite lacks what they need); V11 gives old cases their ids, V51 re-segments the search index. */
    static final int JAVA_MIGRATIONS = 2;

    private static void migrate(String url) {
        SQLiteDataSource dataSource = new SQLiteDataSource(writeConfig());
        dataSource.setUrl(url);
        if (appliedVersion(dataSource) == SCHEMA_VERSION && appliedCount(dataSource) == MIGRATION_COUNT) {
            return;
        }
        // Areas of work number their migrations in ranges of their own and land in any order: a
        // workspace may hold a higher one before a lower one arrives, which is then applied too.
        var result = Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/workstation")
                .javaMigrations(new org.redress.store.migration.V11__Case_identity(),
                        new org.redress.store.migration.V51__Case_search_bigrams())
                .outOfOrder(true)
                .failOnMissingLocations(true)
                .load()
                .migrate();
        LOG.debug("workspace schema at version {} ({} migrations applied)",
                result.targetSchemaVersion, result.migrationsExecuted);
    }

    /** The highest migration applied successfully; 0 for a new workspace or one Flyway has not seen. */
    static int appliedVersion(SQLiteDataSource dataSource) {
        try (Connection c = dataSource.getConnection();
             var statement = c.createStatement();
             var rs = statement.executeQuery("SELECT coalesce(max(CAST(version AS INTEGER)), 0) "
                     + "FROM flyway_schema_history WHERE success = 1")) {
            return rs.next() ? rs.getInt(1) : 0;
        } catch (SQLException noHistoryYet) {
            return 0;
        }
    }

    /** How many migrations were applied successfully; 0 for a new workspace. */
    static int appliedCount(SQLiteDataSource dataSource) {
        try (Connection c = dataSource.getConnection();
             var statement = c.createStatement();
             var rs = statement.executeQuery("SELECT count(*) FROM flyway_schema_history WHERE success = 1 AND version IS NOT NULL")) {
            return rs.next() ? rs.getInt(1) : 0;
        } catch (SQLException noHistoryYet) {
            return 0;
        }
    }

    public Workspace workspace() {
        return workspace;
    }

    /** The one writer; {@link #write} and {@link #writeAndWait} are shortcuts to it. */
    public StoreWriter writer() {
        return writer;
    }

    /** Every local change is recorded here inside its write (audit log, outbox). */
    public Journal journal() {
        return journal;
    }

    public <T> CompletableFuture<T> write(SqlWork<T> work) {
        return writer.write(work);
    }

    public <T> T writeAndWait(SqlWork<T> work) {
        return writer.writeAndWait(work);
    }

    /**
     * Runs {@code work} on a read-only connection inside one read transaction, so every query it
     * makes sees the same snapshot. Blocks while all reader connections are busy.
     */
    public <T> T read(SqlWork<T> work) {
        Connection connection = borrowReader();
        try {
            connection.setAutoCommit(false);
            try {
                return work.run(connection);
            } finally {
                connection.rollback();
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StoreException("read failed", e);
        } finally {
            idleReaders.add(connection);
        }
    }

    private Connection borrowReader() {
        if (closed) {
            throw new IllegalStateException("database is closed");
        }
        Connection idle = idleReaders.poll();
        if (idle != null) {
            return idle;
        }
        synchronized (allReaders) {
            if (allReaders.size() < maxReaders) {
                Connection fresh = openReader();
                allReaders.add(fresh);
                return fresh;
            }
        }
        try {
            Connection waited = idleReaders.poll(BUSY_TIMEOUT_MS, TimeUnit.MILLISECONDS);
            if (waited == null) {
                throw new StoreException("no reader connection became free");
            }
            return waited;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while waiting for a reader connection", e);
        }
    }

    private Connection openReader() {
        try {
            Connection connection = DriverManager.getConnection(url(workspace), baseConfig().toProperties());
            try (Statement statement = connection.createStatement()) {
                statement.execute("PRAGMA query_only = ON");
                // Queue pages and searches jump around a large file: map it rather than read() page by
                // page, and keep more pages per reader.
                statement.execute("PRAGMA mmap_size = " + READER_MMAP_BYTES);
                statement.execute("PRAGMA cache_size = -16384");
            }
            return connection;
        } catch (SQLException e) {
            throw new StoreException("cannot open a reader connection", e);
        }
    }

    /** Finishes queued writes, then closes every connection; the database file stays consistent. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        writer.close();
        synchronized (allReaders) {
            for (Connection connection : allReaders) {
                try {
                    connection.close();
                } catch (SQLException e) {
                    LOG.warn("closing a reader connection failed", e);
                }
            }
            allReaders.clear();
        }
    }
}
