package org.redress.intake;

import org.jspecify.annotations.Nullable;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/**
 * Finds a subject by its normalised identifier, or creates it. A subject is created only when a
 * record that names it is actually written, so a refused record leaves no stray subject behind.
 * A record naming a known identifier under another name gets a warning ({@link #checkName}).
 */
final class SubjectResolver implements AutoCloseable {
    private record Known(long id, String name) {}

    private final PreparedStatement find;
    private final PreparedStatement insert;
    private final Map<String, Known> known = new HashMap<>();
    /** The last identifier looked up in vain: a row's checks and its write ask about it twice. */
    private @Nullable String lastMissing;
    private long lastId;
    long created;

    SubjectResolver(Connection connection) throws SQLException {
        find = connection.prepareStatement("SELECT id, name FROM subject WHERE identifier = ?");
        insert = connection.prepareStatement("""
                INSERT INTO subject (id, kind, identifier, id_kind, id_verdict, id_override_reason, name, region, birth_date)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""");
        lastId = IntakeSql.maxId(connection, "subject");
    }

    /** The subject's id, or null if the workspace does not know it yet. */
    @Nullable Long find(String identifier) throws SQLException {
        Known subject = lookUp(identifier);
        return subject == null ? null : subject.id();
    }

    private @Nullable Known lookUp(String identifier) throws SQLException {
        Known subject = known.get(identifier);
        if (subject != null) {
            return subject;
        }
        // Only this resolver adds subjects during an import, and it remembers those in 'known'.
        if (identifier.equals(lastMissing)) {
            return null;
        }
        find.setString(1, identifier);
        try (ResultSet rs = find.executeQuery()) {
            if (rs.next()) {
                subject = new Known(rs.getLong(1), rs.getString(2));
                known.put(identifier, subject);
                return subject;
            }
        }
        lastMissing = identifier;
        return null;
    }

    /**
     * Warns when a record names a known identifier under another name than the one stored. Not an
     * error: names change and agencies spell them differently, and refusing the record would keep
     * out of the ledger the very entry a subject must appeal when the identifier is not theirs.
     * The warning names neither name (the record's line shows one, the workspace the other).
     */
    void checkName(IncomingSubject s, FieldCheckSink out) throws SQLException {
        Known subject = lookUp(s.identifier());
        if (subject == null || subject.name().equals(s.name()) || SubjectNames.same(subject.name(), s.name())) {
            return;
        }
        out.warning("subject_name", "differs from the name the workspace holds for this identifier (subject "
                + subject.id() + "), which is kept: check that both name the same person, or the identifier may be "
                + "someone else's");
    }

    long findOrCreate(IncomingSubject s) throws SQLException {
        Long existing = find(s.identifier());
        if (existing != null) {
            return existing;
        }
        long id = ++lastId;
        insert.setLong(1, id);
        insert.setString(2, s.kind().name());
        insert.setString(3, s.identifier());
        insert.setString(4, s.idKind().name());
        insert.setString(5, s.verdict().name());
        insert.setString(6, s.overrideReason());
        insert.setString(7, s.name());
        insert.setString(8, s.region());
        insert.setString(9, s.birthDate() == null ? null : s.birthDate().toString());
        insert.executeUpdate();
        known.put(s.identifier(), new Known(id, s.name()));
        created++;
        return id;
    }

    @Override
    public void close() throws SQLException {
        try (find; insert) {
            known.clear();
        }
    }
}
