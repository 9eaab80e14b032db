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
 */
final class SubjectResolver implements AutoCloseable {
    private final PreparedStatement find;
    private final PreparedStatement insert;
    private final Map<String, Long> known = new HashMap<>();
    /** The last identifier looked up in vain: a row's checks and its write ask about it twice. */
    private @Nullable String lastMissing;
    private long lastId;
    long created;

    SubjectResolver(Connection connection) throws SQLException {
        find = connection.prepareStatement("SELECT id FROM subject WHERE identifier = ?");
        insert = connection.prepareStatement("""
                INSERT INTO subject (id, kind, identifier, id_kind, id_verdict, id_override_reason, name, region, birth_date)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""");
        lastId = IntakeSql.maxId(connection, "subject");
    }

    /** The subject's id, or null if the workspace does not know it yet. */
    @Nullable Long find(String identifier) throws SQLException {
        Long id = known.get(identifier);
        if (id != null) {
            return id;
        }
        // Only this resolver adds subjects during an import, and it remembers those in 'known'.
        if (identifier.equals(lastMissing)) {
            return null;
        }
        find.setString(1, identifier);
        try (ResultSet rs = find.executeQuery()) {
            if (rs.next()) {
                id = rs.getLong(1);
                known.put(identifier, id);
                return id;
            }
        }
        lastMissing = identifier;
        return null;
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
        known.put(s.identifier(), id);
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
