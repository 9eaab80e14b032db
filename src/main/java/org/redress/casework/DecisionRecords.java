package org.redress.casework;

import org.jspecify.annotations.Nullable;
import org.redress.domain.appeal.DeductionOutcome;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes decisions and approvals, which the store has no repository for yet. Both tables are
 * append-only: a redraft is a new decision naming the one it supersedes.
 */
final class DecisionRecords {

    static final String DRAFT = "DRAFT";

    private final Connection connection;

    DecisionRecords(Connection connection) {
        this.connection = connection;
    }

    long insertDraft(long caseId, long drafterId, Instant at, String reasons, String legalBasis,
                     List<DeductionOutcome> outcomes, @Nullable Long supersedes) throws SQLException {
        String remedies = outcomes.stream().map(DeductionOutcome::remedy).filter(r -> !r.isBlank())
                .collect(Collectors.joining("\n"));
        try (PreparedStatement ps = connection.prepareStatement("""
                INSERT INTO decision (case_id, drafter_id, drafted_at, reasons, legal_basis, remedies, supersedes_id, state)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")) {
            ps.setLong(1, caseId);
            ps.setLong(2, drafterId);
            ps.setString(3, at.toString());
            ps.setString(4, reasons);
            ps.setString(5, legalBasis);
            ps.setString(6, remedies);
            ps.setObject(7, supersedes);
            ps.setString(8, DRAFT);
            ps.executeUpdate();
        }
        long id = lastId();
        try (PreparedStatement ps = connection.prepareStatement("""
                INSERT INTO decision_outcome (decision_id, ledger_event_id, outcome, new_points, new_publication_until)
                VALUES (?, ?, ?, ?, ?)""")) {
            for (DeductionOutcome o : outcomes) {
                ps.setLong(1, id);
                ps.setLong(2, o.ledgerEventId());
                ps.setString(3, o.kind().name());
                ps.setObject(4, o.newPoints());
                ps.setString(5, o.newPublicationUntil() == null ? null : o.newPublicationUntil().toString());
                ps.executeUpdate();
            }
        }
        return id;
    }

    void insertApproval(long decisionId, long approverId, Instant at, String verdict, String comment)
            throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(
                "INSERT INTO approval (decision_id, approver_id, at, verdict, comment) VALUES (?, ?, ?, ?, ?)")) {
            ps.setLong(1, decisionId);
            ps.setLong(2, approverId);
            ps.setString(3, at.toString());
            ps.setString(4, verdict);
            ps.setString(5, comment);
            ps.executeUpdate();
        }
    }

    private long lastId() throws SQLException {
        try (var statement = connection.createStatement(); var rs = statement.executeQuery("SELECT last_insert_rowid()")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
