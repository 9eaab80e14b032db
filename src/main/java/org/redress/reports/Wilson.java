package org.redress.reports;

/**
 * The Wilson score interval of a binomial share: unlike the plain ±1.96·√(p(1−p)/n) it stays inside
 * 0..1, is not zero-width at 0 or n, and is honest about a handful of cases (2 of 3 overturned reads
 * 21%–94%, not 67%).
 */
public final class Wilson {

    /** The two-sided 95% normal quantile. */
    static final double Z = 1.959963984540054;

    private Wilson() {
    }

    /** The 95% interval of {@code k} successes in {@code n} (n at least 1). */
    public static Interval interval(long k, long n) {
        if (n <= 0 || k < 0 || k > n) {
            throw new IllegalArgumentException("need 0 <= k <= n and n > 0, not k=" + k + ", n=" + n);
        }
        double p = (double) k / n;
        double z2 = Z * Z;
        double denominator = 1 + z2 / n;
        double centre = (p + z2 / (2.0 * n)) / denominator;
        double half = Z * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n)) / denominator;
        double low = k == 0 ? 0 : Math.max(0, centre - half);
        double high = k == n ? 1 : Math.min(1, centre + half);
        return new Interval(low, high);
    }
}
