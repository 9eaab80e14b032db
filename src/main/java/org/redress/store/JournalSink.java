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
}
