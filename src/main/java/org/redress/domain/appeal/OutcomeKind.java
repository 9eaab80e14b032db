package org.redress.domain.appeal;

/** What a decision does to one disputed deduction, or to the case as a whole. */
public enum OutcomeKind {
    UPHELD, REVERSED, AMENDED, NOT_ADMISSIBLE, WITHDRAWN, REFERRED_BACK
}
