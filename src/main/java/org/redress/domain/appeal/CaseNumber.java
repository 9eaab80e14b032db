package org.redress.domain.appeal;

import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The number an applicant quotes: office prefix, year of receipt, six-digit sequence, as in
 * {@code RD-2026-000123}. The office prefix is 2–8 capital letters, so each office can keep its own.
 */
public record CaseNumber(String office, int year, int sequence) implements Comparable<CaseNumber> {

    public static final int MAX_SEQUENCE = 999_999;
    private static final Pattern OFFICE = Pattern.compile("[A-Z]{2,8}");
    private static final Pattern FORM = Pattern.compile("([A-Z]{2,8})-(\\d{4})-(\\d{6})");
    private static final Comparator<CaseNumber> ORDER = Comparator.comparingInt(CaseNumber::year)
            .thenComparing(CaseNumber::office).thenComparingInt(CaseNumber::sequence);

    public CaseNumber {
        Objects.requireNonNull(office, "office");
        if (!OFFICE.matcher(office).matches()) {
            throw new IllegalArgumentException("office prefix must be 2 to 8 capital letters A-Z");
        }
        if (year < 1900 || year > 9999) {
            throw new IllegalArgumentException("year must have four digits, from 1900");
        }
        if (sequence < 1 || sequence > MAX_SEQUENCE) {
            throw new IllegalArgumentException("sequence must be 1 to " + MAX_SEQUENCE);
        }
    }

    /** Parses {@code RD-2026-000123}; throws with the reason in words when the text is not one. */
    public static CaseNumber parse(String text) {
        return tryParse(text).orElseThrow(() -> new IllegalArgumentException(problemWith(text).orElseThrow().reason()));
    }

    public static Optional<CaseNumber> tryParse(String text) {
        Matcher m = FORM.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        int year = Integer.parseInt(m.group(2));
        int sequence = Integer.parseInt(m.group(3));
        if (year < 1900 || sequence < 1) {
            return Optional.empty();
        }
        return Optional.of(new CaseNumber(m.group(1), year, sequence));
    }

    /** Empty when {@code text} is a well-formed case number, else why not. */
    public static Optional<Rejection> problemWith(String text) {
        return tryParse(text).isPresent()
                ? Optional.empty()
                : Optional.of(Rejection.of(ReasonCode.CASE_NUMBER_MALFORMED, text));
    }

    /** Orders by year, office, then sequence, which is the order numbers were given out per office. */
    @Override
    public int compareTo(CaseNumber other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return "%s-%04d-%06d".formatted(office, year, sequence);
    }
}
