package org.redress.domain.ledger;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;

/**
 * One point of a standing's timeline for charts: the standing at the end of {@code date}.
 *
 * @param value   the score; for lists the number of published entries; null for ratings
 * @param grade   band or rating code; null for lists
 * @param eventId the entry imposed that day (one point per entry), or null for the opening point
 *                and for days when an effect lapsed (publication ended, a grade drop expired)
 */
public record ScorePoint(LocalDate date, @Nullable Integer value, @Nullable String grade, @Nullable Long eventId) {
}
