package org.redress.casework;

import org.redress.domain.access.Officer;
import org.redress.domain.access.Permission;
import org.redress.domain.appeal.DeductionOutcome;
import org.redress.domain.appeal.OutcomeKind;
import org.redress.security.Authorization;
import org.redress.store.Database;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Decision work an officer has not saved as a draft yet, kept on this workstation as they type (the
 * table {@code unsaved_decision}, owned here): after a crash, a closed window or a sign-out the
 * decision screen offers it back. Each officer sees only their own.
 */
public final class UnsavedDecisions {

    /** What the officer had typed on a case's decision screen, and when it was last kept. */
    public record UnsavedDecision(long caseId, Instant savedAt, List<DeductionOutcome> outcomes,
                                  DecisionWording wording) {
        public UnsavedDecision {
            outcomes = List.copyOf(outcomes);
        }
    }

    private final Database database;
    private final Clock clock;

    public UnsavedDecisions(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** Keeps the work in the background (the last call wins); completes once it is on disk. */
    public CompletableFuture<Void> keep(Officer officer, long caseId, List<DeductionOutcome> outcomes,
                                        DecisionWording wording) {
        Authorization.require(officer, Permission.READ_CASES);
        long officerId = Officers.storeId(officer);
        String encoded = encode(outcomes);
        String at = clock.instant().toString();
        return database.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    INSERT INTO unsaved_decision (case_id, officer_id, saved_at, outcomes, reasons_zh, legal_basis_zh,
                                                  reasons_en, legal_basis_en)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                    ON CONFLICT (case_id, officer_id) DO UPDATE SET saved_at = excluded.saved_at,
                        outcomes = excluded.outcomes, reasons_zh = excluded.reasons_zh,
                        legal_basis_zh = excluded.legal_basis_zh, reasons_en = excluded.reasons_en,
                        legal_basis_en = excluded.legal_basis_en""")) {
                ps.setLong(1, caseId);
                ps.setLong(2, officerId);
                ps.setString(3, at);
                ps.setString(4, encoded);
                ps.setString(5, wording.zh() == null ? "" : wording.zh().reasons());
                ps.setString(6, wording.zh() == null ? "" : wording.zh().legalBasis());
                ps.setString(7, wording.en() == null ? "" : wording.en().reasons());
                ps.setString(8, wording.en() == null ? "" : wording.en().legalBasis());
                ps.executeUpdate();
            }
            return null;
        });
    }

    /** The officer's unsaved work on the case, if any. */
    public Optional<UnsavedDecision> find(Officer officer, long caseId) {
        Authorization.require(officer, Permission.READ_CASES);
        long officerId = Officers.storeId(officer);
        return database.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT saved_at, outcomes, reasons_zh, legal_basis_zh, reasons_en, legal_basis_en FROM unsaved_decision
                    WHERE case_id = ? AND officer_id = ?""")) {
                ps.setLong(1, caseId);
                ps.setLong(2, officerId);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    return Optional.of(new UnsavedDecision(caseId, Instant.parse(rs.getString(1)),
                            decode(rs.getString(2)), wording(rs.getString(3), rs.getString(4), rs.getString(5),
                            rs.getString(6))));
                }
            }
        });
    }

    /** Forgets the officer's unsaved work on the case (saved as a draft, or discarded); waits for the disk. */
    public void forget(Officer officer, long caseId) {
        Authorization.require(officer, Permission.READ_CASES);
        long officerId = Officers.storeId(officer);
        database.writeAndWait(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "DELETE FROM unsaved_decision WHERE case_id = ? AND officer_id = ?")) {
                ps.setLong(1, caseId);
                ps.setLong(2, officerId);
                ps.executeUpdate();
            }
            return null;
        });
    }

    private static DecisionWording wording(String reasonsZh, String basisZh, String reasonsEn, String basisEn) {
        DecisionWording.Text zh = reasonsZh.isEmpty() && basisZh.isEmpty() ? null : new DecisionWording.Text(reasonsZh, basisZh);
        DecisionWording.Text en = reasonsEn.isEmpty() && basisEn.isEmpty() ? null : new DecisionWording.Text(reasonsEn, basisEn);
        return new DecisionWording(zh, en);
    }

    static String encode(List<DeductionOutcome> outcomes) {
        StringBuilder text = new StringBuilder();
        for (DeductionOutcome o : outcomes) {
            text.append(o.ledgerEventId()).append('\t').append(o.kind().name());
            if (o.newPoints() != null) {
                text.append('\t').append(o.newPoints());
            }
            text.append('\n');
        }
        return text.toString();
    }

    static List<DeductionOutcome> decode(String text) {
        List<DeductionOutcome> outcomes = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            String[] parts = line.split("\t");
            outcomes.add(new DeductionOutcome(Long.parseLong(parts[0]), OutcomeKind.valueOf(parts[1]),
                    parts.length > 2 ? Integer.valueOf(parts[2]) : null, null, ""));
        }
        return outcomes;
    }
}
