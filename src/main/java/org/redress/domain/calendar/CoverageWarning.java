package org.redress.domain.calendar;

import java.time.LocalDate;

/**
 * A computation counted days in a year that has no official calendar, so it assumed weekends
 * off and every weekday worked for the days from {@code firstAssumed} to {@code lastAssumed}.
 * The fields are kept apart so screens and letters can phrase it in their own language;
 * {@link #message()} is the English wording for logs and the command line.
 */
public record CoverageWarning(int year, LocalDate firstAssumed, LocalDate lastAssumed) {

    public String message() {
        return "no official calendar for " + year + ": weekends only assumed for "
                + firstAssumed + " to " + lastAssumed;
    }
}
