package org.redress.domain.ledger;

import org.jspecify.annotations.Nullable;
import org.redress.domain.scheme.Rule;

import java.time.LocalDate;

/**
 * A deduction, addition or list entry that still stands on a date, with its corrections applied:
 * the rule version in force when it was imposed, its points after amendment, the last day of its
 * non-point effects, and the removal that ended its publication if any.
 */
record ResolvedEntry(LedgerEvent entry, Rule rule, int points, @Nullable LocalDate lastDay,
                     @Nullable Long amendedBy, @Nullable Long removedBy) {

    long id() {
        return entry.id();
    }

    boolean effectsActiveOn(LocalDate date) {
        return removedBy == null && (lastDay == null || !date.isAfter(lastDay));
    }

    Contribution contribution(LocalDate date) {
        return new Contribution(entry.id(), entry.ruleCode(), entry.kind(), entry.imposedOn(), points,
                lastDay, amendedBy, removedBy, effectsActiveOn(date));
    }
}
