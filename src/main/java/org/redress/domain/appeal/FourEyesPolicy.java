package org.redress.domain.appeal;

import org.jspecify.annotations.Nullable;
import org.redress.domain.access.Officer;
import org.redress.domain.access.Role;
import org.redress.domain.ledger.LedgerEvent;
import org.redress.domain.ledger.LedgerEventKind;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Four eyes (DOMAIN.md): approval is required for decisions restoring more points than the
 * scheme's threshold, for any list removal, for any decision against its drafter's own earlier
 * view, and for a random sample of the rest. The drafter is never the approver, whatever their
 * role; only a supervisor approves.
 *
 * <p>Points restored are summed over the decision's reversals and amendments per scheme, so that
 * splitting one large restoration across entries does not slip under the threshold; "above" is
 * strictly greater. The sample is drawn from a SHA-256 hash of the <em>case</em> id, so every
 * workstation and the hub agree on it, a re-check gives the same answer, and redrafting a decision
 * until it falls outside the sample is impossible.
 *
 * @param defaultPointsThreshold  threshold for schemes not listed
 * @param pointsThresholdByScheme per-scheme thresholds, by scheme code
 * @param sampleRate              share of other decisions sampled, 0 to 1 (e.g. 0.10)
 */
public record FourEyesPolicy(int defaultPointsThreshold, Map<String, Integer> pointsThresholdByScheme,
                             double sampleRate) {

    private static final long SAMPLE_SCALE = 1_000_000L;

    public FourEyesPolicy {
        if (defaultPointsThreshold < 0) {
            throw new IllegalArgumentException("thresholds must not be negative");
        }
        pointsThresholdByScheme = Map.copyOf(pointsThresholdByScheme);
        if (pointsThresholdByScheme.values().stream().anyMatch(t -> t < 0)) {
            throw new IllegalArgumentException("thresholds must not be negative");
        }
        if (!(sampleRate >= 0.0 && sampleRate <= 1.0)) {
            throw new IllegalArgumentException("sampleRate must be between 0 and 1");
        }
    }

    public int thresholdFor(String schemeCode) {
        return pointsThresholdByScheme.getOrDefault(schemeCode, defaultPointsThreshold);
    }

    /** Every reason the decision needs approval; empty when its drafter may decide alone. */
    public Set<ApprovalReason> reasonsForApproval(Decision decision, Map<Long, LedgerEvent> ledger) {
        Set<ApprovalReason> reasons = EnumSet.noneOf(ApprovalReason.class);
        Map<String, Integer> restored = pointsRestoredByScheme(decision, ledger);
        if (restored.entrySet().stream().anyMatch(e -> e.getValue() > thresholdFor(e.getKey()))) {
            reasons.add(ApprovalReason.RESTORES_POINTS_ABOVE_THRESHOLD);
        }
        if (removesListEntry(decision, ledger)) {
            reasons.add(ApprovalReason.LIST_REMOVAL);
        }
        if (decision.isAgainstOwnEarlierView()) {
            reasons.add(ApprovalReason.AGAINST_OWN_EARLIER_VIEW);
        }
        if (reasons.isEmpty() && isSampled(decision.caseId())) {
            reasons.add(ApprovalReason.RANDOM_SAMPLE);
        }
        return Collections.unmodifiableSet(reasons);
    }

    public boolean requiresApproval(Decision decision, Map<Long, LedgerEvent> ledger) {
        return !reasonsForApproval(decision, ledger).isEmpty();
    }

    /** Whether the case id falls in the sample; the same id always gives the same answer. */
    public boolean isSampled(String caseId) {
        byte[] digest = sha256(caseId.getBytes(StandardCharsets.UTF_8));
        long draw = Long.remainderUnsigned(ByteBuffer.wrap(digest).getLong(), SAMPLE_SCALE);
        return draw < Math.round(sampleRate * SAMPLE_SCALE);
    }

    /**
     * Why {@code approver} may not approve (or return) a draft by {@code drafterId}; empty if they
     * may. The drafter check comes first and no role is exempt from it.
     */
    public static Optional<Rejection> refusalToApprove(@Nullable String drafterId, Officer approver) {
        if (drafterId == null) {
            return Optional.of(Rejection.of(ReasonCode.DRAFTER_UNKNOWN));
        }
        if (drafterId.equals(approver.id())) {
            return Optional.of(Rejection.of(ReasonCode.DRAFTER_CANNOT_APPROVE));
        }
        if (approver.role() != Role.SUPERVISOR) {
            return Optional.of(Rejection.of(ReasonCode.ONLY_SUPERVISOR_APPROVES, roleInWords(approver.role())));
        }
        return Optional.empty();
    }

    /** Points given back to the subject by the decision, per scheme (reversals and lessened amendments). */
    public static Map<String, Integer> pointsRestoredByScheme(Decision decision, Map<Long, LedgerEvent> ledger) {
        Map<String, Integer> restored = new HashMap<>();
        for (DeductionOutcome outcome : decision.outcomes()) {
            LedgerEvent entry = ledger.get(outcome.ledgerEventId());
            if (entry == null) {
                continue;
            }
            Integer newPoints = outcome.newPoints();
            int back = switch (outcome.kind()) {
                case REVERSED -> Math.max(0, -entry.points());
                case AMENDED -> newPoints == null ? 0 : Math.max(0, newPoints - entry.points());
                default -> 0;
            };
            restored.merge(entry.schemeCode(), back, Integer::sum);
        }
        return restored;
    }

    private static boolean removesListEntry(Decision decision, Map<Long, LedgerEvent> ledger) {
        return decision.outcomes().stream().anyMatch(o -> {
            LedgerEvent entry = ledger.get(o.ledgerEventId());
            return o.kind() == OutcomeKind.REVERSED && entry != null && entry.kind() == LedgerEventKind.LIST_ENTRY;
        });
    }

    static String roleInWords(Role role) {
        return switch (role) {
            case OFFICER -> "an officer";
            case SUPERVISOR -> "a supervisor";
            case AUDITOR -> "an auditor";
            case ADMINISTRATOR -> "an administrator";
        };
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK provides SHA-256", e);
        }
    }
}
