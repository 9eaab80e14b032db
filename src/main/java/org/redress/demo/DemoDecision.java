package org.redress.demo;

import org.jspecify.annotations.Nullable;
import org.redress.domain.appeal.DeductionOutcome;

import java.time.Instant;
import java.util.List;

/**
 * A decision as the store keeps it: one row per draft, a redraft naming the draft it supersedes,
 * with its outcomes and the approvals (or returns) it received.
 *
 * @param english the same decision's reasons, legal basis and remedies in English (the Chinese are
 *                {@code reasons}, {@code legalBasis} and {@code remedies})
 * @param state {@value #DRAFT} while drafted or awaiting approval, {@value #FINAL} once decided,
 *              {@value #RETURNED} for a draft a supervisor sent back
 */
record DemoDecision(long id, long drafterId, Instant draftedAt, String reasons, String legalBasis,
                    List<String> remedies, DecisionWriter.Text english, @Nullable Long supersedesId, String state,
                    List<DeductionOutcome> outcomes, List<DemoApproval> approvals) {

    static final String DRAFT = "DRAFT";
    static final String FINAL = "FINAL";
    static final String RETURNED = "RETURNED";

    DemoDecision {
        remedies = List.copyOf(remedies);
        outcomes = List.copyOf(outcomes);
        approvals = List.copyOf(approvals);
    }
}
