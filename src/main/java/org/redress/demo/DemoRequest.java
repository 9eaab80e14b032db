package org.redress.demo;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What demo to make: how many cases, from which seed, as of which day. The same three give the
 * same workspace content.
 */
public record DemoRequest(long cases, long seed, LocalDate today) {

    public static final long DEFAULT_CASES = 5_000;
    public static final long DEFAULT_SEED = 20261127L;
    /** Case numbers allow 999,999 a year per series; two series and a margin cap the demo. */
    public static final long MAX_CASES = 1_900_000;

    public DemoRequest {
        Objects.requireNonNull(today, "today");
        if (cases < 1 || cases > MAX_CASES) {
            throw new IllegalArgumentException("the demo makes 1 to " + MAX_CASES + " cases, not " + cases);
        }
    }
}
