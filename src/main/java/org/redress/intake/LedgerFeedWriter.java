package org.redress.intake;

import org.jspecify.annotations.Nullable;
import org.redress.domain.appeal.ReDeductionGuard;
import org.redress.domain.appeal.ReImpositionAuthorisation;
import org.redress.domain.appeal.ReversedDeduction;
import org.redress.domain.ledger.LedgerEvent;
import org.redress.domain.ledger.LedgerEventKind;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes validated ledger records inside the import's transaction, after the checks that need the
 * workspace: a reference already imported (unchanged, or changed — refused), a reference twice in
 * one file, a correction whose target is unknown or another subject's, and the re-deduction guard.
 */
final class LedgerFeedWriter implements AutoCloseable {
    enum Outcome { IMPORTED, UNCHANGED, REFUSED }

    private record Existing(long id, long subjectId, @Nullable String hash, String kind) {}

    private final SubjectResolver subjects;
    private final PreparedStatement byReference;
    private final PreparedStatement insert;
    private final ReDeductionGuard guard;
    private final String source;
    private final String now;
    private final long firstNewId;
    private long lastId;

    LedgerFeedWriter(Connection connection, SubjectResolver subjects, String source, String now) throws SQLException {
        this.subjects = subjects;
        this.source = source;
        this.now = now;
        byReference = connection.prepareStatement(
                "SELECT id, subject_id, feed_hash, kind FROM ledger_event WHERE agency_code = ? AND reference = ?");
        insert = connection.prepareStatement("""
                INSERT INTO ledger_event (id, subject_id, scheme_code, rule_code, kind, points, agency_code, imposed_on,
                    reference, target_id, publication_until, imposed_by_officer, decision_id, reported_score, source,
                    created_at, feed_hash)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, NULL, ?, ?, ?, ?)
                ON CONFLICT (agency_code, reference) DO NOTHING""");
        lastId = IntakeSql.maxId(connection, "ledger_event");
        firstNewId = lastId + 1;
        guard = loadGuard(connection);
    }

    /** Reversals recorded in the workspace, for the re-deduction guard. */
    private static ReDeductionGuard loadGuard(Connection connection) throws SQLException {
        List<ReversedDeduction> reversed = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement("""
                SELECT t.id, t.subject_id, t.scheme_code, t.rule_code, t.kind, t.points, t.agency_code, t.imposed_on,
                       t.reference, r.decision_id, r.reference
                FROM ledger_event r JOIN ledger_event t ON t.id = r.target_id
                WHERE r.kind IN ('REVERSAL', 'LIST_REMOVAL') AND t.kind IN ('DEDUCTION', 'LIST_ENTRY')""");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                LedgerEvent target = new LedgerEvent(rs.getLong(1), rs.getString(3), rs.getString(4),
                        LedgerEventKind.valueOf(rs.getString(5)), rs.getInt(6), rs.getString(7),
                        LocalDate.parse(rs.getString(8)), rs.getString(9), null, null);
                long decision = rs.getLong(10);
                String decisionId = rs.wasNull() ? "correction " + rs.getString(11) : String.valueOf(decision);
                reversed.add(new ReversedDeduction(String.valueOf(rs.getLong(2)), target, decisionId));
            }
        }
        // Re-imposition needs a decision that authorises it; the workspace records none yet.
        return new ReDeductionGuard(reversed, List.<ReImpositionAuthorisation>of());
    }

    Outcome write(IncomingLedgerEntry e, FieldCheckSink out) throws SQLException {
        Long subjectId = subjects.find(e.subject().identifier());
        Long targetId = null;
        if (e.correctsAnother()) {
            Existing target = find(e.agency(), e.targetReference());
            if (target == null) {
                out.error("target_reference", "no entry " + e.targetReference() + " of agency " + e.agency()
                        + " in the workspace or earlier in this file");
                return Outcome.REFUSED;
            }
            if (subjectId == null || target.subjectId() != subjectId) {
                out.error("target_reference", "entry " + e.targetReference() + " belongs to another subject");
                return Outcome.REFUSED;
            }
            targetId = target.id();
        }
        if (subjectId != null) {
            var refusal = guard.check(String.valueOf(subjectId), asEvent(e, 0, targetId), e.decisionRef());
            if (refusal.isPresent() && find(e.agency(), e.reference()) == null) {
                out.error(null, refusal.get().reason());
                return Outcome.REFUSED;
            }
        }
        long subject = subjects.findOrCreate(e.subject());
        long id = lastId + 1;
        bindInsert(e, id, subject, targetId);
        // Most rows are new: try the insert and look the reference up only when it is taken.
        if (insert.executeUpdate() == 1) {
            lastId = id;
            return Outcome.IMPORTED;
        }
        return alreadyThere(e, out);
    }

    private Outcome alreadyThere(IncomingLedgerEntry e, FieldCheckSink out) throws SQLException {
        Existing existing = find(e.agency(), e.reference());
        if (existing == null) {
            throw new IllegalStateException("ledger insert ignored but no entry holds its reference");
        }
        if (existing.id() >= firstNewId) {
            out.error("reference", "reference " + e.reference() + " of agency " + e.agency()
                    + " appears twice in this file");
            return Outcome.REFUSED;
        }
        if (e.contentHash().equals(existing.hash())) {
            return Outcome.UNCHANGED;
        }
        out.error("reference", "reference " + e.reference() + " of agency " + e.agency()
                + " was imported before with different content; send a correction (REVERSAL or AMENDMENT) instead of changing it");
        return Outcome.REFUSED;
    }

    private void bindInsert(IncomingLedgerEntry e, long id, long subject, @Nullable Long targetId) throws SQLException {
        insert.setLong(1, id);
        insert.setLong(2, subject);
        insert.setString(3, e.schemeCode());
        insert.setString(4, e.ruleCode());
        insert.setString(5, e.kind().name());
        insert.setInt(6, e.points());
        insert.setString(7, e.agency());
        insert.setString(8, e.imposedOn().toString());
        insert.setString(9, e.reference());
        if (targetId == null) {
            insert.setNull(10, java.sql.Types.INTEGER);
        } else {
            insert.setLong(10, targetId);
        }
        insert.setString(11, e.publicationUntil() == null ? null : e.publicationUntil().toString());
        if (e.reportedScore() == null) {
            insert.setNull(12, java.sql.Types.INTEGER);
        } else {
            insert.setInt(12, e.reportedScore());
        }
        insert.setString(13, source);
        insert.setString(14, now);
        insert.setString(15, e.contentHash());
    }

    private static LedgerEvent asEvent(IncomingLedgerEntry e, long id, @Nullable Long targetId) {
        return new LedgerEvent(id, e.schemeCode(), e.ruleCode(), e.kind(), e.points(), e.agency(), e.imposedOn(),
                e.reference(), targetId, e.publicationUntil());
    }

    private @Nullable Existing find(String agency, @Nullable String reference) throws SQLException {
        if (reference == null) {
            return null;
        }
        byReference.setString(1, agency);
        byReference.setString(2, reference);
        try (ResultSet rs = byReference.executeQuery()) {
            return rs.next() ? new Existing(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4)) : null;
        }
    }

    @Override
    public void close() throws SQLException {
        try (byReference; insert) {
            lastId = 0;
        }
    }
}
