package org.redress.casework;

import org.jspecify.annotations.Nullable;
import org.redress.domain.appeal.RecusalDeclaration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads of a case's records that the store has no repository for yet (attachments, recusal
 * declarations, the drafter of the current decision), kept to plain queries on a reader connection.
 */
final class CaseRecords {

    private final Connection connection;

    CaseRecords(Connection connection) {
        this.connection = connection;
    }

    List<AttachmentLine> attachments(long caseId, Map<Long, String> officerNames) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("""
                SELECT a.id, a.file_name, a.sha256, b.media_type, b.size, a.added_by, a.added_at, a.source, a.reason
                FROM attachment a JOIN evidence_blob b ON b.sha256 = a.sha256
                WHERE a.case_id = ? ORDER BY a.id""")) {
            ps.setLong(1, caseId);
            try (ResultSet rs = ps.executeQuery()) {
                List<AttachmentLine> lines = new ArrayList<>();
                while (rs.next()) {
                    long addedBy = rs.getLong(6);
                    String by = rs.wasNull() ? null : officerNames.getOrDefault(addedBy, "#" + addedBy);
                    lines.add(new AttachmentLine(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getLong(5), by, Instant.parse(rs.getString(7)), rs.getString(8), rs.getString(9)));
                }
                return lines;
            }
        }
    }

    /**
     * The officer's declarations touching this case: of a relation to its subject, to the case
     * itself, or to an agency that issued one of its disputed entries (each read as a relation to
     * its subject, which is what recusal weighs).
     */
    List<RecusalDeclaration> declarations(long officerId, long subjectId, long caseId) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("""
                SELECT relation, statement, declared_at FROM recusal_declaration
                WHERE officer_id = ? AND (subject_id = ? OR case_id = ? OR agency_code IN (
                    SELECT e.agency_code FROM case_deduction cd JOIN ledger_event e ON e.id = cd.ledger_event_id
                    WHERE cd.case_id = ?)) ORDER BY id""")) {
            ps.setLong(1, officerId);
            ps.setLong(2, subjectId);
            ps.setLong(3, caseId);
            ps.setLong(4, caseId);
            try (ResultSet rs = ps.executeQuery()) {
                List<RecusalDeclaration> declarations = new ArrayList<>();
                while (rs.next()) {
                    declarations.add(new RecusalDeclaration(Long.toString(officerId), Long.toString(subjectId),
                            rs.getString(1), Instant.parse(rs.getString(3)), rs.getString(2)));
                }
                return declarations;
            }
        }
    }

    /** Who drafted the case's latest decision; null when it has none. */
    @Nullable Long latestDrafter(long caseId) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT drafter_id FROM decision WHERE case_id = ? ORDER BY id DESC LIMIT 1")) {
            ps.setLong(1, caseId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : null;
            }
        }
    }

    /** The case's latest decision; null when it has none. */
    @Nullable Long latestDecision(long caseId) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT id FROM decision WHERE case_id = ? ORDER BY id DESC LIMIT 1")) {
            ps.setLong(1, caseId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : null;
            }
        }
    }

    /** The outcomes per deduction of each of the case's decisions, by decision id (for its history's words). */
    Map<Long, List<org.redress.domain.appeal.OutcomeKind>> decisionOutcomes(long caseId) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("""
                SELECT o.decision_id, o.outcome FROM decision_outcome o JOIN decision d ON d.id = o.decision_id
                WHERE d.case_id = ? ORDER BY o.decision_id, o.ledger_event_id""")) {
            ps.setLong(1, caseId);
            Map<Long, List<org.redress.domain.appeal.OutcomeKind>> outcomes = new HashMap<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    outcomes.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(org.redress.domain.appeal.OutcomeKind.valueOf(rs.getString(2)));
                }
            }
            return outcomes;
        }
    }

    /** Every officer's display name by id (a handful of rows). */
    Map<Long, String> officerNames() throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("SELECT id, display_name FROM officer");
             ResultSet rs = ps.executeQuery()) {
            Map<Long, String> names = new HashMap<>();
            while (rs.next()) {
                names.put(rs.getLong(1), rs.getString(2));
            }
            return names;
        }
    }
}
