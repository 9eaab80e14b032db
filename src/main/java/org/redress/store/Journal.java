package org.redress.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;
import java.util.ServiceLoader;

/**
 * The one door every local change passes: services call {@link #record} inside their write
 * transaction, and every {@link JournalSink} on the class path (audit log, outbox) writes its
 * row in that same transaction, so a change and its audit event and its outbox entry commit or
 * vanish together.
 */
public final class Journal {

    private static final List<JournalSink> DISCOVERED = ServiceLoader.load(JournalSink.class).stream()
            .map(ServiceLoader.Provider::get)
            .sorted(Comparator.comparingInt(JournalSink::order))
            .toList();

    private final List<JournalSink> sinks;

    private Journal(List<JournalSink> sinks) {
        this.sinks = List.copyOf(sinks);
    }

    /** The journal with every sink the class path provides. */
    public static Journal discovered() {
        return new Journal(DISCOVERED);
    }

    /** A journal with exactly these sinks (tests). */
    public static Journal of(List<JournalSink> sinks) {
        return new Journal(sinks.stream().sorted(Comparator.comparingInt(JournalSink::order)).toList());
    }

    /** Hands {@code change} to every sink on {@code connection}; call inside the write that made it. */
    public void record(Connection connection, LocalChange change) throws SQLException {
        for (JournalSink sink : sinks) {
            sink.record(connection, change);
        }
    }

    public List<JournalSink> sinks() {
        return sinks;
    }
}
