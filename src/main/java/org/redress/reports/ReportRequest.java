package org.redress.reports;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * What a report covers: the period (both days included), and optionally one scheme and one issuing
 * agency. Figures that describe the caseload now ignore the period and say so.
 */
public record ReportRequest(LocalDate from, LocalDate to, @Nullable String scheme, @Nullable String agency) {

    /** The longest period a report covers (a guard against a typo such as 0202-01-01). */
    public static final long MAX_DAYS = 20L * 366;

    public ReportRequest {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("the period ends (" + to + ") before it starts (" + from + ")");
        }
        if (ChronoUnit.DAYS.between(from, to) > MAX_DAYS) {
            throw new IllegalArgumentException("the period is longer than 20 years: " + from + " to " + to);
        }
        scheme = blankToNull(scheme);
        agency = blankToNull(agency);
    }

    /** The last twelve months up to and including {@code today}. */
    public static ReportRequest lastYear(LocalDate today) {
        return new ReportRequest(today.minusYears(1).plusDays(1), today, null, null);
    }

    public ReportRequest withPeriod(LocalDate newFrom, LocalDate newTo) {
        return new ReportRequest(newFrom, newTo, scheme, agency);
    }

    public ReportRequest withScheme(@Nullable String newScheme) {
        return new ReportRequest(from, to, newScheme, agency);
    }

    public ReportRequest withAgency(@Nullable String newAgency) {
        return new ReportRequest(from, to, scheme, newAgency);
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
