package org.redress.store;

import org.jspecify.annotations.Nullable;
import org.redress.domain.ledger.LedgerEvent;

import java.time.Instant;
import java.util.Objects;

/**
 * A ledger entry as stored: the domain's {@link LedgerEvent} plus whose ledger it is and where it
 * came from. {@code event.id()} 0 on insert lets the store choose the id.
 *
 * @param imposedByOfficer the officer who imposed it, when one did (recusal checks need it)
 * @param decisionId       the decision that created it (reversals, amendments), else null
 * @param reportedScore    the score the agency reported after it, to flag manipulation
 * @param source           where it came from, e.g. a feed file name, {@code HUB}, {@code DEMO}
 */
public record LedgerEntryRow(long subjectId, LedgerEvent event, @Nullable Long imposedByOfficer,
                             @Nullable Long decisionId, @Nullable Integer reportedScore, String source,
                             Instant createdAt) {
    public LedgerEntryRow {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    public long id() {
        return event.id();
    }
}
