package org.redress.sync;

import java.time.Instant;
import java.util.List;

/**
 * A decision conflict as the supervisors' queue shows it: the case, and every competing decision
 * side by side (who drafted it, when, on which hub version, the reasons and outcomes).
 */
public record OpenConflict(String conflictId, String caseNo, long version, List<Competing> decisions, Instant openedAt) {

    public OpenConflict {
        decisions = List.copyOf(decisions);
    }

    /** One of the competing decisions. {@code outcomes} is a short summary in words. */
    public record Competing(String decisionId, String drafter, String draftedAt, long baseVersion, String reasons,
                            String outcomes) {
    }
}
