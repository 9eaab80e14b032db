package org.redress.domain.ledger;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;

/**
 * One standing (not reversed) entry and what it contributes on the standing's date.
 *
 * @param points        the points it counts for, after any amendment
 * @param lastDayOfEffect last day its grade, rating, list and sanction effects last; null: open
 * @param amendedBy     the latest amendment applied to it, if any
 * @param removedBy     the list removal that ended its publication, if any
 * @param effectsActive whether its non-point effects are in force on the standing's date
 */
public record Contribution(long eventId, String ruleCode, LedgerEventKind kind, LocalDate imposedOn, int points,
                           @Nullable LocalDate lastDayOfEffect, @Nullable Long amendedBy,
                           @Nullable Long removedBy, boolean effectsActive) {
}
