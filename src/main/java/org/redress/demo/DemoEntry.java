package org.redress.demo;

import org.jspecify.annotations.Nullable;
import org.redress.domain.ledger.LedgerEvent;

import java.time.Instant;
import java.util.Objects;

/**
 * A ledger entry with what the store keeps beside the domain's event.
 *
 * @param imposedByOfficer the desk officer who imposed it in an earlier post at the agency, if any
 * @param decisionId       the decision that ordered it (corrections by the office), else null
 * @param reportedScore    the score the agency reported after it, where it reported one
 * @param createdAt        when it reached the workspace
 */
record DemoEntry(long subjectId, LedgerEvent event, @Nullable Long imposedByOfficer, @Nullable Long decisionId,
                 @Nullable Integer reportedScore, Instant createdAt) {

    DemoEntry {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    long id() {
        return event.id();
    }
}
