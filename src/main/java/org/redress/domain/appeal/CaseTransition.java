package org.redress.domain.appeal;

import java.util.Objects;

/** One legal move of the case state machine: in state {@code from}, {@code action} leads to {@code to}. */
public record CaseTransition(CaseStatus from, CaseAction action, CaseStatus to) {

    public CaseTransition {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(to, "to");
    }
}
