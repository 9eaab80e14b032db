package org.redress.demo;

import org.jspecify.annotations.Nullable;
import org.redress.domain.appeal.CaseStatus;

import java.time.Instant;
import java.util.Objects;

/**
 * One line of a case's history: its receipt ({@value #RECEIVED}), or an action of the case state
 * machine (by {@link org.redress.domain.appeal.CaseAction} name) with the move it made.
 *
 * @param actorId null when the system acted (receipt from the hub or an import)
 */
record DemoCaseEvent(long id, Instant at, @Nullable Long actorId, String action, @Nullable CaseStatus from,
                     @Nullable CaseStatus to, @Nullable String detail) {

    static final String RECEIVED = "RECEIVED";

    DemoCaseEvent {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(action, "action");
    }
}
