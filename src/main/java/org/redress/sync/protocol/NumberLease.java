package org.redress.sync.protocol;

/**
 * A block of an office-wide number series leased to one workstation: numbers {@code first} to
 * {@code last} (inclusive) of series ({@code kind}, {@code prefix}, {@code year}). The hub records
 * the lease and never hands those numbers to anyone else; the workstation uses them one by one.
 * {@code kind} is {@link #CASE} ({@code RD-2026-000123}) or {@link #LETTER} ({@code RD-L-2026-000123}).
 */
public record NumberLease(String kind, String prefix, int year, long first, long last) {

    public static final String CASE = "CASE";
    public static final String LETTER = "LETTER";

    public NumberLease {
        if (first < 1 || last < first) {
            throw new IllegalArgumentException("a lease runs from a first number to a last one, not " + first + ".." + last);
        }
    }

    public long size() {
        return last - first + 1;
    }
}
