package org.redress.domain.appeal;

/** Why a decision must go to a supervisor before it takes effect. Names are stable (UI bundles key on them). */
public enum ApprovalReason {
    /** Points restored by reversals and amendments exceed the scheme's threshold. */
    RESTORES_POINTS_ABOVE_THRESHOLD,
    /** The decision removes a list entry. */
    LIST_REMOVAL,
    /** The drafter decides otherwise than they themselves recorded earlier. */
    AGAINST_OWN_EARLIER_VIEW,
    /** Drawn in the reproducible random sample of decisions needing no approval otherwise. */
    RANDOM_SAMPLE
}
