package org.redress.letters.templates;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The cases that end without a decision — found not admissible or withdrawn — and the notice each
 * one gets instead of a decision letter, so {@code letters export} issues it rather than saying the
 * case "has no decision" (or, in a batch, passing it over without a word).
 */
public final class ClosingNotices {

    private static final String CLOSED = """
            SELECT k.case_no, k.status FROM appeal_case k
            WHERE k.status IN ('NOT_ADMISSIBLE', 'WITHDRAWN') AND NOT EXISTS (SELECT 1 FROM decision d WHERE d.case_id = k.id)""";

    private final Connection c;

    public ClosingNotices(Connection connection) {
        this.c = connection;
    }

    /** The notice a case gets instead of a decision letter; empty when it has a decision or is not closed so. */
    public Optional<NoticeKind> kindFor(String caseNo) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(CLOSED + " AND k.case_no = ?")) {
            ps.setString(1, caseNo);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(kind(rs.getString(2))) : Optional.empty();
            }
        }
    }

    /** Such cases closed on or after {@code since} (UTC day), with their kind of notice, by case number. */
    public Map<String, NoticeKind> closedSince(LocalDate since) throws SQLException {
        Map<String, NoticeKind> out = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement(CLOSED + " AND (SELECT max(e.at) FROM case_event e"
                + " WHERE e.case_id = k.id AND e.to_status = k.status) >= ? ORDER BY k.case_no")) {
            ps.setString(1, since + "T00:00:00");
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1), kind(rs.getString(2)));
                }
            }
        }
        return out;
    }

    /** The case numbers among {@code caseNumbers} that already have a notice of their closing kind, with its reference. */
    public Map<String, String> alreadySent(List<String> caseNumbers) throws SQLException {
        Map<String, String> out = new LinkedHashMap<>();
        for (String caseNo : caseNumbers) {
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT n.reference_no FROM notice_letter n JOIN appeal_case k ON k.id = n.case_id
                    WHERE k.case_no = ? AND n.kind = CASE k.status WHEN 'WITHDRAWN' THEN 'WITHDRAWAL' ELSE 'NOT_ADMISSIBLE' END
                    ORDER BY n.id DESC LIMIT 1""")) {
                ps.setString(1, caseNo);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        out.put(caseNo, rs.getString(1));
                    }
                }
            }
        }
        return out;
    }

    private static NoticeKind kind(String status) {
        return status.equals("WITHDRAWN") ? NoticeKind.WITHDRAWAL : NoticeKind.NOT_ADMISSIBLE;
    }

    /** Splits case numbers into those that end in a notice (with its kind) and the rest. */
    public Map<String, NoticeKind> among(List<String> caseNumbers) throws SQLException {
        Map<String, NoticeKind> out = new LinkedHashMap<>();
        for (String caseNo : caseNumbers) {
            kindFor(caseNo).ifPresent(k -> out.put(caseNo, k));
        }
        return out;
    }

    static List<String> keys(Map<String, ?> map) {
        return new ArrayList<>(map.keySet());
    }
}
