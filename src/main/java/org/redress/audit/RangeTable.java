package org.redress.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

/**
 * Append-only tables vouched for by range: every audit event names the rows written since the one
 * before ({@code "ranges": [{"table", "from", "to", "rows", "sha256"}]}), the digest running over
 * each row's text in id order, so an edited, inserted or deleted row no longer gives the range's
 * digest and count. The text is every column the row keeps for good, each quoted by SQLite
 * ({@code quote()}: NULL, 0 and '' all differ); columns that legitimately change (a case's status,
 * assignee, deadline, version) are left out here and reconciled otherwise ({@link CaseReplay}).
 * Adding a column to one of these tables needs no change here: only the columns named are vouched.
 */
public enum RangeTable {
    LEDGER_EVENT("ledger_event", "ledger_event", "id", """
            subject_id, scheme_code, rule_code, kind, points, agency_code, imposed_on, reference, target_id,
            publication_until, imposed_by_officer, decision_id, reported_score, source, created_at, feed_hash"""),
    SUBJECT("subject", "subject", "id", """
            kind, identifier, id_kind, id_verdict, id_override_reason, name, region, birth_date"""),
    CASE("appeal_case", "appeal_case k", "k.id", """
            k.case_no, k.subject_id, k.scheme_code, k.received_on, k.ack_deadline_on, k.channel, k.grounds,
            k.ground_text, k.statement, k.region, k.agency_code, k.rule_category, k.rule_code, k.points, k.created_at,
            (SELECT group_concat(d.ledger_event_id) FROM (SELECT ledger_event_id FROM case_deduction
             WHERE case_id = k.id ORDER BY ledger_event_id) d)"""),
    CASE_EVENT("case_event", "case_event", "id", """
            case_id, at, actor_id, action, from_status, to_status, detail"""),
    ATTACHMENT("attachment", "attachment a LEFT JOIN evidence_blob b ON b.sha256 = a.sha256", "a.id", """
            a.case_id, a.sha256, a.file_name, a.added_by, a.added_at, a.source, a.reason, a.derived_from,
            b.size, b.media_type"""),
    /** Holiday notices an administrator loaded: they move every deadline counted over their year. */
    CALENDAR_NOTICE("calendar_notice", "calendar_notice", "id", """
            year, file_name, content, sha256, loaded_by, loaded_at""");

    private final String table;
    private final String select;

    RangeTable(String table, String from, String id, String columns) {
        this.table = table;
        StringBuilder text = new StringBuilder();
        for (String column : splitColumns(columns)) {
            text.append(text.isEmpty() ? "" : " || '|' || ").append("quote(").append(column).append(')');
        }
        this.select = "SELECT " + id + ", " + text + " FROM " + from + " WHERE " + id + " > ? AND " + id + " <= ? ORDER BY "
                + id;
    }

    /** The columns, split at the top level only (a sub-select keeps its commas). */
    private static java.util.List<String> splitColumns(String columns) {
        java.util.List<String> out = new java.util.ArrayList<>();
        int depth = 0;
        StringBuilder current = new StringBuilder();
        for (char ch : columns.toCharArray()) {
            if (ch == '(') {
                depth++;
            } else if (ch == ')') {
                depth--;
            }
            if (ch == ',' && depth == 0) {
                out.add(current.toString().strip());
                current.setLength(0);
            } else {
                current.append(ch);
            }
        }
        out.add(current.toString().strip());
        return out;
    }

    /** The SQL table name, also its name in audit payloads. */
    public String table() {
        return table;
    }

    public static Optional<RangeTable> named(String name) {
        for (RangeTable t : values()) {
            if (t.table.equals(name.toLowerCase(Locale.ROOT))) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    long maxId(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT ifnull(max(rowid), 0) FROM " + table)) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    /** Receives each row's id and text, in id order. */
    @FunctionalInterface
    interface RowText {
        void row(long id, String text) throws SQLException;
    }

    /** Every row with {@code after < id <= upTo}, in id order. */
    void rows(Connection c, long after, long upTo, RowText visitor) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(select)) {
            ps.setLong(1, after);
            ps.setLong(2, upTo);
            ps.setFetchSize(4096);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    visitor.row(rs.getLong(1), rs.getString(2));
                }
            }
        }
    }

    /** The digest of a range as it stands: rows and SHA-256 over {@code id:text\n} in id order. */
    Span span(Connection c, long after, long upTo) throws SQLException {
        Span span = new Span(after + 1, upTo);
        rows(c, after, upTo, span::add);
        return span;
    }

    /** A run of ids with the rolling digest of the rows found in it. */
    static final class Span {
        final long from;
        final long to;
        private final MessageDigest digest = AuditCanonical.digest();
        long rows;

        Span(long from, long to) {
            this.from = from;
            this.to = to;
        }

        void add(long id, String text) {
            // id ":" text "\n", fed in parts: no copy of the (often long) row text is made.
            digest.update(Long.toString(id).getBytes(StandardCharsets.US_ASCII));
            digest.update((byte) ':');
            digest.update(text.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) '\n');
            rows++;
        }

        String hex() {
            return HexFormat.of().formatHex(digest.digest());
        }
    }
}
