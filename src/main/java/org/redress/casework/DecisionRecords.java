package org.redress.casework;

import org.jspecify.annotations.Nullable;
import org.redress.domain.appeal.DeductionOutcome;
import org.redress.letters.DecisionText;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
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

    /**
     * Inserts a draft with its text in each language written; the decision row keeps the primary
     * text (the Chinese when written) for readers that know one. The remedies, as the outcomes name
     * them, go with the primary text.
     */
    long insertDraft(long caseId, long drafterId, Instant at, DecisionWording wording,
                     List<DeductionOutcome> outcomes, @Nullable Long supersedes) throws SQLException {
        DecisionWording.Text primary = wording.primary();
        long id = insertDraft(caseId, drafterId, at, primary.reasons(), primary.legalBasis(), outcomes, supersedes);
        String remedies = remedies(outcomes);
        for (DecisionText.Language language : wording.languages()) {
            DecisionWording.Text text = wording.in(language);
            insertText(id, language, text.reasons(), text.legalBasis(), text == primary ? remedies : "", at, drafterId);
        }
        return id;
    }

    /** Adds a decision's text in one language (a draft's, or a translation written later); append-only. */
    void insertText(long decisionId, DecisionText.Language language, String reasons, String legalBasis,
                    String remedies, Instant at, long officerId) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("""
                INSERT INTO decision_text (decision_id, language, reasons, legal_basis, remedies, written_at, written_by)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")) {
            ps.setLong(1, decisionId);
            ps.setString(2, language.code());
            ps.setString(3, reasons);
            ps.setString(4, legalBasis);
            ps.setString(5, remedies);
            ps.setString(6, at.toString());
            ps.setLong(7, officerId);
            ps.executeUpdate();
        }
    }

    /** The languages a decision has its text in: its decision_text rows, else the language its one text was typed in. */
    Set<DecisionText.Language> languages(long decisionId) throws SQLException {
        Set<DecisionText.Language> out = EnumSet.noneOf(DecisionText.Language.class);
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT language FROM decision_text WHERE decision_id = ?")) {
            ps.setLong(1, decisionId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(DecisionText.Language.of(rs.getString(1)));
                }
            }
        }
        if (out.isEmpty()) {
            try (PreparedStatement ps = connection.prepareStatement("SELECT reasons FROM decision WHERE id = ?")) {
                ps.setLong(1, decisionId);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        out.add(DecisionText.detect(rs.getString(1)));
                    }
                }
            }
        }
        return out;
    }

    private static String remedies(List<DeductionOutcome> outcomes) {
        return outcomes.stream().map(DeductionOutcome::remedy).filter(r -> !r.isBlank())
                .collect(Collectors.joining("\n"));
    }

    long insertDraft(long caseId, long drafterId, Instant at, String reasons, String legalBasis,
                     List<DeductionOutcome> outcomes, @Nullable Long supersedes) throws SQLException {
        String remedies = remedies(outcomes);
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

    /** The raw row of a decision as stored, with its outcomes and the approver of it (if any). */
    record Stored(long id, long drafterId, java.time.Instant draftedAt, String reasons, String legalBasis,
                  List<DeductionOutcome> outcomes, @Nullable Long approverId, java.util.Map<String, String[]> texts) {
    }

    /** The case's latest decision (the draft in hand, or the decision that stands), if it has one. */
    java.util.Optional<Stored> latest(long caseId) throws SQLException {
        long id;
        long drafter;
        java.time.Instant at;
        String reasons;
        String basis;
        try (PreparedStatement ps = connection.prepareStatement("""
                SELECT id, drafter_id, drafted_at, reasons, legal_basis FROM decision
                WHERE case_id = ? ORDER BY id DESC LIMIT 1""")) {
            ps.setLong(1, caseId);
            try (var rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return java.util.Optional.empty();
                }
                id = rs.getLong(1);
                drafter = rs.getLong(2);
                at = java.time.Instant.parse(rs.getString(3));
                reasons = rs.getString(4);
                basis = rs.getString(5);
            }
        }
        List<DeductionOutcome> outcomes = new java.util.ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement("""
                SELECT ledger_event_id, outcome, new_points, new_publication_until FROM decision_outcome
                WHERE decision_id = ? ORDER BY ledger_event_id""")) {
            ps.setLong(1, id);
            try (var rs = ps.executeQuery()) {
                while (rs.next()) {
                    Integer points = rs.getObject(3) == null ? null : rs.getInt(3);
                    String until = rs.getString(4);
                    outcomes.add(new DeductionOutcome(rs.getLong(1),
                            org.redress.domain.appeal.OutcomeKind.valueOf(rs.getString(2)), points,
                            until == null ? null : java.time.LocalDate.parse(until), ""));
                }
            }
        }
        Long approver = null;
        try (PreparedStatement ps = connection.prepareStatement("""
                SELECT approver_id FROM approval WHERE decision_id = ? AND verdict = 'APPROVED' ORDER BY id DESC LIMIT 1""")) {
            ps.setLong(1, id);
            try (var rs = ps.executeQuery()) {
                if (rs.next()) {
                    approver = rs.getLong(1);
                }
            }
        }
        // The text in the reader's language where the decision has one: a Chinese screen reads the Chinese text.
        java.util.Map<String, String[]> texts = new java.util.HashMap<>();
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT language, reasons, legal_basis FROM decision_text WHERE decision_id = ?")) {
            ps.setLong(1, id);
            try (var rs = ps.executeQuery()) {
                while (rs.next()) {
                    texts.put(rs.getString(1), new String[] {rs.getString(2), rs.getString(3)});
                }
            }
        }
        return java.util.Optional.of(new Stored(id, drafter, at, reasons, basis, outcomes, approver, texts));
    }

    private long lastId() throws SQLException {
        try (var statement = connection.createStatement(); var rs = statement.executeQuery("SELECT last_insert_rowid()")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
