package org.redress.domain.scheme;

/**
 * How appeals under a scheme are handled: deadlines in working days and the reversal size above
 * which a second officer must approve (DOMAIN.md, "Deadlines", "Four eyes").
 */
public record ReviewTerms(int acknowledgeWithinWorkingDays, int decideWithinWorkingDays,
                          int fourEyesReversalThresholdPoints, DeadlineTerms deadlines) {

    public static final int DEFAULT_ACKNOWLEDGE = 3;
    public static final int DEFAULT_DECIDE = 15;

    /** Terms with the default {@link DeadlineTerms}. */
    public ReviewTerms(int acknowledgeWithinWorkingDays, int decideWithinWorkingDays, int fourEyesReversalThresholdPoints) {
        this(acknowledgeWithinWorkingDays, decideWithinWorkingDays, fourEyesReversalThresholdPoints, DeadlineTerms.DEFAULT);
    }

    public ReviewTerms {
        java.util.Objects.requireNonNull(deadlines, "deadlines");
        if (acknowledgeWithinWorkingDays <= 0 || decideWithinWorkingDays <= 0) {
            throw new IllegalArgumentException("deadlines must be at least one working day");
        }
        if (acknowledgeWithinWorkingDays > decideWithinWorkingDays) {
            throw new IllegalArgumentException("acknowledgement cannot come after the decision deadline");
        }
        if (fourEyesReversalThresholdPoints < 0) {
            throw new IllegalArgumentException("the four-eyes threshold cannot be negative");
        }
    }

    public static ReviewTerms defaults(int fourEyesReversalThresholdPoints) {
        return new ReviewTerms(DEFAULT_ACKNOWLEDGE, DEFAULT_DECIDE, fourEyesReversalThresholdPoints);
    }

    /** Whether reversing a deduction of these points needs a second officer's approval. */
    public boolean reversalNeedsApproval(int points) {
        return Math.abs((long) points) > fourEyesReversalThresholdPoints;
    }
}
