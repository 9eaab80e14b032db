package org.redress.store;

import org.jspecify.annotations.Nullable;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Officers' notes: added, never changed; each note also becomes searchable on its case. */
public final class NoteRepository {

    private final Connection connection;
    private final Clock clock;

    public NoteRepository(Connection connection) {
        this(connection, Clock.systemUTC());
    }

    public NoteRepository(Connection connection, Clock clock) {
        this.connection = connection;
        this.clock = clock;
    }

    /** Adds a note (or a correction of {@code correctsId}) to a case. */
    public NoteRow add(long caseId, long authorId, String body, @Nullable Long correctsId) throws SQLException {
        if (body.isBlank()) {
            throw new IllegalArgumentException("a note needs text");
        }
        Instant at = clock.instant();
        try (PreparedStatement ps = connection.prepareStatement(
                "INSERT INTO note (case_id, author_id, at, body, corrects_id) VALUES (?, ?, ?, ?, ?)")) {
            ps.setLong(1, caseId);
            ps.setLong(2, authorId);
            ps.setString(3, SqlValues.instant(at));
            ps.setString(4, body);
            SqlValues.setLong(ps, 5, correctsId);
            ps.executeUpdate();
        }
        long id = SqlValues.lastInsertId(connection);
        new CaseSearchIndex(connection).addNote(caseId, body);
        return new NoteRow(id, caseId, authorId, Instant.parse(SqlValues.instant(at)), body, correctsId);
    }

    /** The case's notes, oldest first. */
    public List<NoteRow> forCase(long caseId) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT id, case_id, author_id, at, body, corrects_id FROM note WHERE case_id = ? ORDER BY id")) {
            ps.setLong(1, caseId);
            try (ResultSet rs = ps.executeQuery()) {
                List<NoteRow> rows = new ArrayList<>();
                while (rs.next()) {
                    rows.add(new NoteRow(rs.getLong("id"), rs.getLong("case_id"), rs.getLong("author_id"),
                            SqlValues.instant(rs, "at"), rs.getString("body"), SqlValues.nullableLong(rs, "corrects_id")));
                }
                return rows;
            }
        }
    }
}
