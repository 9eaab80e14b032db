package org.redress.store;

import org.redress.domain.identity.SubjectKind;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/** Subjects: the people and organisations whose ledgers are disputed. */
public final class SubjectRepository {

    static final String INSERT = """
            INSERT INTO subject (id, kind, identifier, id_kind, id_verdict, id_override_reason, name, region,
                birth_date) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""";
    private static final String COLUMNS =
            "id, kind, identifier, id_kind, id_verdict, id_override_reason, name, region, birth_date";

    private final Connection connection;

    public SubjectRepository(Connection connection) {
        this.connection = connection;
    }

    /** Stores a new subject and returns it with its id (the given id, or a new one when it is 0). */
    public SubjectRow insert(SubjectRow subject) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(INSERT)) {
            bind(ps, subject);
            ps.executeUpdate();
        }
        return subject.withId(subject.id() == 0 ? SqlValues.lastInsertId(connection) : subject.id());
    }

    static void bind(PreparedStatement ps, SubjectRow s) throws SQLException {
        SqlValues.setLong(ps, 1, s.id() == 0 ? null : s.id());
        ps.setString(2, s.kind().name());
        ps.setString(3, s.identifier());
        ps.setString(4, s.idKind());
        ps.setString(5, s.idVerdict());
        SqlValues.setText(ps, 6, s.idOverrideReason());
        ps.setString(7, s.name());
        SqlValues.setText(ps, 8, s.region());
        SqlValues.setDate(ps, 9, s.birthDate());
    }

    public Optional<SubjectRow> byId(long id) throws SQLException {
        return one("SELECT " + COLUMNS + " FROM subject WHERE id = ?", id);
    }

    /** Looks a subject up by its full identifier (resident ID or Unified Social Credit Code). */
    public Optional<SubjectRow> byIdentifier(String identifier) throws SQLException {
        return one("SELECT " + COLUMNS + " FROM subject WHERE identifier = ?", identifier);
    }

    private Optional<SubjectRow> one(String sql, Object key) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            ps.setObject(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new SubjectRow(rs.getLong("id"), SubjectKind.valueOf(rs.getString("kind")),
                        rs.getString("identifier"), rs.getString("id_kind"), rs.getString("id_verdict"),
                        rs.getString("id_override_reason"), rs.getString("name"), rs.getString("region"),
                        SqlValues.date(rs, "birth_date")));
            }
        }
    }
}
