package org.redress.domain.appeal;

/** The states of an appeal case (DOMAIN.md, "States"). */
public enum CaseStatus {
    RECEIVED, ASSIGNED, IN_REVIEW, AWAITING_INFORMATION, DECISION_DRAFTED, AWAITING_APPROVAL,
    DECIDED, LETTER_ISSUED, CLOSED, WITHDRAWN, NOT_ADMISSIBLE;

    /** Open cases are the ones whose deadline still matters. */
    public boolean isOpen() {
        return switch (this) {
            case DECIDED, LETTER_ISSUED, CLOSED, WITHDRAWN, NOT_ADMISSIBLE -> false;
            default -> true;
        };
    }

    public boolean isTerminal() {
        return this == CLOSED || this == WITHDRAWN || this == NOT_ADMISSIBLE;
    }
}
