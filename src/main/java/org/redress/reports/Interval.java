package org.redress.reports;

/** A 95% confidence interval of a share, both ends between 0 and 1. */
public record Interval(double low, double high) {

    public Interval {
        if (!(low >= 0 && high <= 1 && low <= high)) {
            throw new IllegalArgumentException("an interval runs from 0 to 1, low to high: " + low + ".." + high);
        }
    }

    /** Whether the whole interval lies above {@code threshold} (the rule-review signal). */
    public boolean whollyAbove(double threshold) {
        return low > threshold;
    }
}
