package org.redress.reports;

/**
 * What a column of a figure counts or states. A count of cases, entries, subjects or people is
 * {@link #personCount() a count that could point at a person}: exports suppress it below
 * {@link Suppression#THRESHOLD}, and with it what it was derived from.
 */
public enum Measure {
    CASES(Format.COUNT),
    ENTRIES(Format.COUNT),
    SUBJECTS(Format.COUNT),
    POINTS(Format.POINTS),
    DECIDED(Format.COUNT),
    OVERTURNED(Format.COUNT),
    RATE(Format.PERCENT),
    REPORTS(Format.COUNT),
    DIFFERING(Format.COUNT),
    MEAN_DIFFERENCE(Format.POINTS),
    LARGEST_DIFFERENCE(Format.POINTS),
    ASSIGNED(Format.COUNT),
    OVERDUE(Format.COUNT),
    RETURNED(Format.COUNT),
    ATTEMPTS(Format.COUNT),
    DECLARATIONS(Format.COUNT),
    MEDIAN_DAYS(Format.DAYS),
    P90_DAYS(Format.DAYS),
    SAMPLE_RATE_SET(Format.PERCENT),
    ELIGIBLE(Format.COUNT),
    APPROVED(Format.COUNT);

    /** How a value of the measure is written. */
    public enum Format { COUNT, PERCENT, DAYS, POINTS }

    private final Format format;

    Measure(Format format) {
        this.format = format;
    }

    public Format format() {
        return format;
    }

    /** A count of cases, entries, subjects, reports or people (suppressed in exports when small). */
    public boolean personCount() {
        return format == Format.COUNT;
    }

    /** The bundle key of the column's name: {@code report.measure.CASES}. */
    public String key() {
        return "report.measure." + name();
    }
}
