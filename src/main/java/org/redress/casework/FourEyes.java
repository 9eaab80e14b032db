package org.redress.casework;

import org.jspecify.annotations.Nullable;
import org.redress.domain.appeal.ApprovalReason;
import org.redress.domain.appeal.Decision;
import org.redress.domain.appeal.DeductionOutcome;
import org.redress.domain.appeal.EarlierView;
import org.redress.domain.appeal.FourEyesPolicy;
import org.redress.domain.appeal.OutcomeKind;
import org.redress.domain.ledger.LedgerEvent;
import org.redress.domain.scheme.Catalog;
import org.redress.domain.scheme.Scheme;
import org.redress.store.CaseRow;
import org.redress.store.LedgerRepository;
import org.redress.store.SettingsRepository;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The office's four-eyes rule as the workstation applies it: each scheme's threshold from the
 * catalog (overridable per workspace with {@code four_eyes.threshold.<SCHEME>}), the sample rate
 * from the workspace's {@code four_eyes.sample_rate}. Asked of the latest draft on a case, it says
 * whether its drafter may decide alone or a supervisor must approve, and why.
 */
public final class FourEyes {

    public static final String SAMPLE_RATE = "four_eyes.sample_rate";
    public static final String THRESHOLD_PREFIX = "four_eyes.threshold.";
    static final double DEFAULT_SAMPLE_RATE = 0.10;
    static final int DEFAULT_THRESHOLD = 50;

    private FourEyes() {
    }

    /** The policy the workspace's settings and the catalog give. */
    public static FourEyesPolicy policy(Catalog catalog, Map<String, String> settings) {
        Map<String, Integer> thresholds = new HashMap<>();
        for (Scheme scheme : catalog.schemes()) {
            thresholds.put(scheme.code(), scheme.terms().fourEyesReversalThresholdPoints());
        }
        settings.forEach((key, value) -> {
            if (key.startsWith(THRESHOLD_PREFIX)) {
                thresholds.put(key.substring(THRESHOLD_PREFIX.length()), parse(value, DEFAULT_THRESHOLD));
            }
        });
        double rate = DEFAULT_SAMPLE_RATE;
        try {
            rate = Math.clamp(Double.parseDouble(settings.getOrDefault(SAMPLE_RATE, "")), 0.0, 1.0);
        } catch (NumberFormatException e) {
            // An unreadable rate keeps the default: a typo must not switch the sample off.
        }
        return new FourEyesPolicy(DEFAULT_THRESHOLD, thresholds, rate);
    }

    static FourEyesPolicy policy(Connection c, Catalog catalog) throws SQLException {
        return policy(catalog, new SettingsRepository(c).all());
    }

    private static int parse(String value, int fallback) {
        try {
            return Math.max(0, Integer.parseInt(value.strip()));
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    /** The subject's ledger under the case's scheme, by entry id, for weighing a draft. */
    static Map<Long, LedgerEvent> ledger(Connection c, CaseRow row) throws SQLException {
        Map<Long, LedgerEvent> ledger = new HashMap<>();
        new LedgerRepository(c).bySubject(row.subjectId(), row.schemeCode()).forEach(e -> ledger.put(e.id(), e.event()));
        return ledger;
    }

    /**
     * Why the case's latest draft needs approval; empty when its drafter may decide alone, or when
     * there is no draft.
     */
    static ApprovalNeed latestDraft(Connection c, CaseRow row, Catalog catalog) throws SQLException {
        List<StoredDecision> decisions = decisions(c, row.id());
        if (decisions.isEmpty()) {
            return ApprovalNeed.NO_DRAFT;
        }
        StoredDecision latest = decisions.getLast();
        StoredDecision earlier = decisions.size() > 1 ? decisions.get(decisions.size() - 2) : null;
        FourEyesPolicy policy = policy(c, catalog);
        return need(policy, row, policy.reasonsForApproval(latest.toDecision(sampleKey(c, row), earlier), ledger(c, row)));
    }

    private static ApprovalNeed need(FourEyesPolicy policy, CaseRow row, Set<ApprovalReason> reasons) {
        return new ApprovalNeed(reasons, policy.thresholdFor(row.schemeCode()), policy.sampleRate());
    }

    /** A draft not yet saved, weighed against the case's previous draft (an earlier view). */
    static ApprovalNeed draft(Connection c, CaseRow row, Catalog catalog, String drafterId,
                              List<DeductionOutcome> outcomes) throws SQLException {
        List<StoredDecision> decisions = decisions(c, row.id());
        StoredDecision earlier = decisions.isEmpty() ? null : decisions.getLast();
        StoredDecision draft = new StoredDecision(-1, drafterId, Instant.EPOCH, outcomes);
        FourEyesPolicy policy = policy(c, catalog);
        return need(policy, row, policy.reasonsForApproval(draft.toDecision(sampleKey(c, row), earlier), ledger(c, row)));
    }

    /**
     * What the four-eyes sample is drawn from: the case's global id, which the hub holds too, so the
     * hub's re-check of a decision taken here without approval comes to the same answer.
     */
    static String sampleKey(Connection c, CaseRow row) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT case_uuid FROM appeal_case WHERE id = ?")) {
            ps.setLong(1, row.id());
            try (ResultSet rs = ps.executeQuery()) {
                String uuid = rs.next() ? rs.getString(1) : null;
                return uuid == null ? Long.toString(row.id()) : uuid;
            }
        }
    }

    record StoredDecision(long id, String drafterId, Instant draftedAt, List<DeductionOutcome> outcomes) {

        Decision toDecision(String caseId, @Nullable StoredDecision earlier) {
            EarlierView view = earlier == null ? null : new EarlierView(earlier.drafterId(), earlier.draftedAt(),
                    earlier.outcomes().stream().collect(Collectors.toMap(DeductionOutcome::ledgerEventId,
                            DeductionOutcome::kind, (a, b) -> b, LinkedHashMap::new)));
            return new Decision("decision-" + id, caseId, drafterId, draftedAt, outcomes, "-", "-",
                    List.of(), view, null);
        }
    }

    /** The case's decisions, oldest first, with their outcomes. */
    static List<StoredDecision> decisions(Connection c, long caseId) throws SQLException {
        Map<Long, StoredDecision> byId = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT id, drafter_id, drafted_at FROM decision WHERE case_id = ? ORDER BY id")) {
            ps.setLong(1, caseId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    byId.put(rs.getLong(1), new StoredDecision(rs.getLong(1), Long.toString(rs.getLong(2)),
                            Instant.parse(rs.getString(3)), new ArrayList<>()));
                }
            }
        }
        if (byId.isEmpty()) {
            return List.of();
        }
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT o.decision_id, o.ledger_event_id, o.outcome, o.new_points, o.new_publication_until
                FROM decision_outcome o JOIN decision d ON d.id = o.decision_id
                WHERE d.case_id = ? ORDER BY o.decision_id, o.ledger_event_id""")) {
            ps.setLong(1, caseId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Integer points = rs.getObject(4) == null ? null : rs.getInt(4);
                    String until = rs.getString(5);
                    byId.get(rs.getLong(1)).outcomes().add(new DeductionOutcome(rs.getLong(2),
                            OutcomeKind.valueOf(rs.getString(3)), points, until == null ? null : LocalDate.parse(until), ""));
                }
            }
        }
        return List.copyOf(byId.values());
    }
}
