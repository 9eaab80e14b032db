package org.redress.domain.calendar;

import java.time.LocalDate;

/**
 * A computation counted days in a year that has no published notice, from {@code firstAssumed} to
 * {@code lastAssumed}. With {@code holidaysComputed} the statutory holidays of that year were taken
 * from the national holidays measures and the lunar calendar ({@link HolidayMeasures}), and only the
 * weekends worked in exchange (调休), which the notice alone fixes, are unknown; without it the year
 * counted weekends only. The fields are kept apart so screens and letters can phrase it in their
 * own language; {@link #message()} is the English wording for logs and the command line.
 */
public record CoverageWarning(int year, LocalDate firstAssumed, LocalDate lastAssumed, boolean holidaysComputed) {

    /** A year counted with weekends only (no lunar dates for it either). */
    public CoverageWarning(int year, LocalDate firstAssumed, LocalDate lastAssumed) {
        this(year, firstAssumed, lastAssumed, false);
    }

    public String message() {
        return holidaysComputed
                ? "no published holiday notice for " + year + ": statutory holidays computed from the national holidays "
                        + "measures, weekends worked in exchange not yet known, for " + firstAssumed + " to " + lastAssumed
                : "no official calendar for " + year + ": weekends only assumed for " + firstAssumed + " to "
                        + lastAssumed;
    }
}
