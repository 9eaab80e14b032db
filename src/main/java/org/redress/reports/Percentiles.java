package org.redress.reports;

import java.util.Map;
import java.util.NavigableMap;

/** Percentiles of whole numbers of days from their counts, by the nearest-rank method. */
final class Percentiles {

    private Percentiles() {
    }

    /**
     * The smallest value whose cumulative count reaches {@code ceil(q · n)}: the median of 1, 2, 3, 4
     * is 2 and its 90th percentile 4. Exact from a histogram, as statistics offices publish them.
     */
    static int nearestRank(NavigableMap<Integer, Long> histogram, double q) {
        long n = histogram.values().stream().mapToLong(Long::longValue).sum();
        if (n == 0) {
            throw new IllegalArgumentException("no values");
        }
        long rank = Math.max(1, (long) Math.ceil(q * n - 1e-9));
        long seen = 0;
        for (Map.Entry<Integer, Long> e : histogram.entrySet()) {
            seen += e.getValue();
            if (seen >= rank) {
                return e.getKey();
            }
        }
        return histogram.lastKey();
    }
}
