package org.redress.domain.scheme;

import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;

/**
 * How long a list entry stays published: at least {@code minimum}, at most {@code maximum}, counted
 * from the day of listing (the last day of publication is listedOn + period − 1 day).
 */
public record PublicationPeriod(Period minimum, Period maximum) {

    /** Periods compare by length from a fixed day; declared first because the constants below use it. */
    private static final LocalDate REFERENCE = LocalDate.of(2000, 1, 1);

    /** Minor dishonesty: published for at most three months. */
    public static final PublicationPeriod MINOR = new PublicationPeriod(Period.ZERO, Period.ofMonths(3));
    /** General dishonesty: three months to one year. */
    public static final PublicationPeriod GENERAL = new PublicationPeriod(Period.ofMonths(3), Period.ofYears(1));
    /** Serious dishonesty: one to three years. */
    public static final PublicationPeriod SERIOUS = new PublicationPeriod(Period.ofYears(1), Period.ofYears(3));

    public PublicationPeriod {
        Objects.requireNonNull(minimum, "minimum");
        Objects.requireNonNull(maximum, "maximum");
        if (minimum.isNegative() || maximum.isNegative() || maximum.isZero()) {
            throw new IllegalArgumentException("publication periods must be positive: " + minimum + ".." + maximum);
        }
        if (REFERENCE.plus(minimum).isAfter(REFERENCE.plus(maximum))) {
            throw new IllegalArgumentException("minimum publication " + minimum + " exceeds maximum " + maximum);
        }
    }

    /** The last day of publication when published for the full maximum. */
    public LocalDate latestLastDay(LocalDate listedOn) {
        return listedOn.plus(maximum).minusDays(1);
    }

    /** The earliest last day of publication the minimum allows. */
    public LocalDate earliestLastDay(LocalDate listedOn) {
        return minimum.isZero() ? listedOn : listedOn.plus(minimum).minusDays(1);
    }

    /** Whether publishing from {@code listedOn} through {@code lastDay} respects both bounds. */
    public boolean allows(LocalDate listedOn, LocalDate lastDay) {
        return !lastDay.isBefore(earliestLastDay(listedOn)) && !lastDay.isAfter(latestLastDay(listedOn));
    }
}
