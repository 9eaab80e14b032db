package org.redress.casework;

import org.redress.domain.appeal.ApprovalReason;

import java.util.Set;

/**
 * Whether a draft needs a supervisor's approval and why, with the office's numbers the reasons
 * refer to (the case scheme's points threshold and the share of decisions sampled).
 */
public record ApprovalNeed(Set<ApprovalReason> reasons, int threshold, double sampleRate) {

    public static final ApprovalNeed NO_DRAFT = new ApprovalNeed(Set.of(), 0, 0);

    public ApprovalNeed {
        reasons = Set.copyOf(reasons);
    }

    public boolean needed() {
        return !reasons.isEmpty();
    }
}
