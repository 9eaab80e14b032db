package org.redress.store;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Something that must hear of every local change in the same transaction as the change — the
 * hash-chained audit log, the sync outbox. Found with {@link java.util.ServiceLoader}, so the
 * store knows none of them; a sink that throws rolls the whole change back.
 */
public interface JournalSink {

    /** Sinks run in ascending order (the audit log before the outbox). */
    default int order() {
        return 0;
    }

    void record(Connection connection, LocalChange change) throws SQLException;

    /** Once the database is open and migrated, before anyone writes (a sink may set itself up). */
    default void opened(Database database) {
    }

    /** On the writer thread as each write transaction begins, before its work runs. */
    default void began(Connection connection) throws SQLException {
    }

    /** On the writer thread just before each write transaction commits; throwing rolls it back. */
    default void committing(Connection connection) throws SQLException {
    }

    /** On the writer thread after each commit; the write is done, so failures are the sink's to log. */
    default void committed(Workspace workspace, Connection connection) {
    }

    /** On the writer thread after the last write, before the connection closes. */
    default void closing(Workspace workspace, Connection connection) {
    }
}
