package org.redress.store;

import org.jspecify.annotations.Nullable;
import org.redress.domain.ledger.LedgerEvent;
import org.redress.domain.ledger.LedgerEventKind;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Subjects' ledgers: entries are inserted, never changed (the schema refuses updates and deletes). */
public final class LedgerRepository {

    static final String INSERT = insert(1);
    static final int PARAMETERS = 16;
    private static final String COLUMNS = """
            id, subject_id, scheme_code, rule_code, kind, points, agency_code, imposed_on, reference, target_id,
            publication_until, imposed_by_officer, decision_id, reported_score, source, created_at""";

    private final Connection connection;

    /** An insert of {@code rows} entries in one statement (bulk loads bind many rows per step). */
    static String insert(int rows) {
        StringBuilder sql = new StringBuilder("""
                INSERT INTO ledger_event (id, subject_id, scheme_code, rule_code, kind, points, agency_code, imposed_on,
                    reference, target_id, publication_until, imposed_by_officer, decision_id, reported_score, source,
                    created_at) VALUES """);
        for (int i = 0; i < rows; i++) {
            sql.append(i == 0 ? "" : ", ").append("(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        }
        return sql.toString();
    }

    public LedgerRepository(Connection connection) {
        this.connection = connection;
    }

    /**
     * Inserts the entries in order with one reused statement and returns their ids (an entry with
     * id 0 gets a new one). Entries may point at entries earlier in the same batch only by id.
     */
    public List<Long> insertAll(List<LedgerEntryRow> entries) throws SQLException {
        List<Long> ids = new ArrayList<>(entries.size());
        try (PreparedStatement ps = connection.prepareStatement(INSERT)) {
            for (LedgerEntryRow entry : entries) {
                bind(ps, entry, entry.id() == 0 ? null : entry.id());
                ps.executeUpdate();
                ids.add(entry.id() == 0 ? SqlValues.lastInsertId(connection) : entry.id());
            }
        }
        return ids;
    }

    public long insert(LedgerEntryRow entry) throws SQLException {
        return insertAll(List.of(entry)).getFirst();
    }

    static void bind(PreparedStatement ps, LedgerEntryRow entry, @Nullable Long id) throws SQLException {
        bind(ps, entry, id, null);
    }

    /** Binds an insert; {@code createdAt}, when given, is the entry's creation instant already as text. */
    static void bind(PreparedStatement ps, LedgerEntryRow entry, @Nullable Long id, @Nullable String createdAt)
            throws SQLException {
        bind(ps, 0, entry, id, createdAt);
    }

    /** Binds one entry's parameters starting after {@code offset} (for multi-row inserts). */
    static void bind(PreparedStatement ps, int offset, LedgerEntryRow entry, @Nullable Long id,
                     @Nullable String createdAt) throws SQLException {
        LedgerEvent e = entry.event();
        SqlValues.setLong(ps, offset + 1, id);
        ps.setLong(offset + 2, entry.subjectId());
        ps.setString(offset + 3, e.schemeCode());
        ps.setString(offset + 4, e.ruleCode());
        ps.setString(offset + 5, e.kind().name());
        ps.setInt(offset + 6, e.points());
        ps.setString(offset + 7, e.agencyCode());
        ps.setString(offset + 8, e.imposedOn().toString());
        ps.setString(offset + 9, e.reference());
        SqlValues.setLong(ps, offset + 10, e.targetId());
        SqlValues.setDate(ps, offset + 11, e.publicationUntil());
        SqlValues.setLong(ps, offset + 12, entry.imposedByOfficer());
        SqlValues.setLong(ps, offset + 13, entry.decisionId());
        SqlValues.setInt(ps, offset + 14, entry.reportedScore());
        ps.setString(offset + 15, entry.source());
        ps.setString(offset + 16, createdAt == null ? SqlValues.instant(entry.createdAt()) : createdAt);
    }

    public Optional<LedgerEntryRow> byId(long id) throws SQLException {
        List<LedgerEntryRow> rows = query("SELECT " + COLUMNS + " FROM ledger_event WHERE id = ?", id);
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.getFirst());
    }

    /** The subject's whole ledger across schemes, in the order entries took effect. */
    public List<LedgerEntryRow> bySubject(long subjectId) throws SQLException {
        return query("SELECT " + COLUMNS + " FROM ledger_event WHERE subject_id = ? ORDER BY imposed_on, id",
                subjectId);
    }

    /** The subject's ledger under one scheme, in the order entries took effect. */
    public List<LedgerEntryRow> bySubject(long subjectId, String schemeCode) throws SQLException {
        return query("SELECT " + COLUMNS + " FROM ledger_event WHERE subject_id = ? AND scheme_code = ?"
                + " ORDER BY imposed_on, id", subjectId, schemeCode);
    }

    /** The agency's entry with this reference, if the workspace has it (imports use it to skip repeats). */
    public Optional<LedgerEntryRow> byReference(String agencyCode, String reference) throws SQLException {
        List<LedgerEntryRow> rows = query("SELECT " + COLUMNS + " FROM ledger_event WHERE agency_code = ? AND reference = ?",
                agencyCode, reference);
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.getFirst());
    }

    /** Entries that correct the given one (reversals, amendments, list removals), oldest first. */
    public List<LedgerEntryRow> corrections(long targetId) throws SQLException {
        return query("SELECT " + COLUMNS + " FROM ledger_event WHERE target_id = ? ORDER BY id", targetId);
    }

    private List<LedgerEntryRow> query(String sql, Object... keys) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            for (int i = 0; i < keys.length; i++) {
                ps.setObject(i + 1, keys[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                List<LedgerEntryRow> rows = new ArrayList<>();
                while (rs.next()) {
                    rows.add(read(rs));
                }
                return rows;
            }
        }
    }

    private static LedgerEntryRow read(ResultSet rs) throws SQLException {
        LedgerEvent event = new LedgerEvent(rs.getLong("id"), rs.getString("scheme_code"), rs.getString("rule_code"),
                LedgerEventKind.valueOf(rs.getString("kind")), rs.getInt("points"), rs.getString("agency_code"),
                SqlValues.requiredDate(rs, "imposed_on"), rs.getString("reference"),
                SqlValues.nullableLong(rs, "target_id"), SqlValues.date(rs, "publication_until"));
        return new LedgerEntryRow(rs.getLong("subject_id"), event, SqlValues.nullableLong(rs, "imposed_by_officer"),
                SqlValues.nullableLong(rs, "decision_id"), SqlValues.nullableInt(rs, "reported_score"),
                rs.getString("source"), SqlValues.instant(rs, "created_at"));
    }
}
