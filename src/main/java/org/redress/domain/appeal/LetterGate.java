package org.redress.domain.appeal;

import org.redress.domain.access.Role;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * When a decision letter may be issued for a case: once it has a ruling a letter can state —
 * decided (the state machine's ISSUE_LETTER), or already past it (a letter issued again
 * supersedes the one in force; a closed, withdrawn or not-admissible case keeps its letter
 * issuable). Letters are clerical: any officer or supervisor issues them, never an auditor or an
 * administrator. The workstation's letter desk and the hub's {@code letter.issue} both ask this.
 */
public final class LetterGate {

    /** The statuses in which a case has a ruling a letter can state. */
    public static final Set<CaseStatus> STATES = Collections.unmodifiableSet(EnumSet.of(CaseStatus.DECIDED,
            CaseStatus.LETTER_ISSUED, CaseStatus.CLOSED, CaseStatus.NOT_ADMISSIBLE, CaseStatus.WITHDRAWN));

    private LetterGate() {
    }

    /** Why {@code role} may not issue a letter for a case in {@code status}; empty if they may. */
    public static Optional<Rejection> refusal(CaseStatus status, Role role) {
        if (role == Role.AUDITOR) {
            return Optional.of(Rejection.of(ReasonCode.AUDITOR_READ_ONLY));
        }
        if (role == Role.ADMINISTRATOR) {
            return Optional.of(Rejection.of(ReasonCode.ADMINISTRATOR_NOT_CASEWORKER));
        }
        if (STATES.contains(status)) {
            return Optional.empty();
        }
        // An open case: the state machine's own refusal of ISSUE_LETTER (NOT_DECIDED, in words).
        return CaseStateMachine.check(status, CaseAction.ISSUE_LETTER, false, null).refusal();
    }
}
