package org.redress.domain.identity;

import org.jspecify.annotations.Nullable;
import org.redress.domain.identity.FormatProblem.AtPosition;
import org.redress.domain.identity.FormatProblem.WrongLength;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;

/**
 * Checks the identifiers of natural persons: resident IDs (GB 11643-1999), their legacy 15-digit
 * form, residence permits for Hong Kong, Macao and Taiwan residents, and foreigners' permanent
 * residence IDs (2023 format). All 18-character forms share one layout and checksum: positions
 * 1–6 an address code, 7–14 the birth date, 15–17 a sequence number (odd for men), 18 the check.
 * The address code's first two digits must name a mainland province ({@link ProvinceCodes}); a
 * foreigner's ID has a 9 first and the issuing province at 2–3. A birth date must be a real day,
 * not after today; one before 1900 is a warning (GB 11643's own example is born in 1880).
 */
public final class PersonIdValidator {

    /** {@code S mod 11} indexes this string to give the check character. */
    static final String CHECK_CHARACTERS = "10X98765432";
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    /** Birth dates before this year are implausible for a living person: a warning, not a format problem. */
    private static final int PLAUSIBLE_BIRTH_YEAR = 1900;
    private static final String PROVINCE_RULE =
            "expected the code of a mainland province, autonomous region or municipality (GB/T 2260), found ";
    private static final String ISSUING_PROVINCE_RULE =
            "expected the code of the mainland province that issued the card (GB/T 2260), found ";
    private static final String LENGTH_RULE = "a resident ID has 18 characters (or 15 in the legacy form)";

    private PersonIdValidator() {}

    /**
     * Checks {@code raw} as a person's identifier; never throws for any string.
     *
     * @param today birth dates after this day are format problems
     */
    public static IdentifierCheck check(String raw, LocalDate today) {
        var value = TypedValue.of(raw);
        return switch (value.length()) {
            case 18 -> checkEighteen(raw, value, today);
            case 15 -> checkLegacy(raw, value, today);
            default -> IdentifierCheck.format(raw, IdentifierKind.RESIDENT_ID,
                    new WrongLength(value.length(), LENGTH_RULE));
        };
    }

    /** The check character for the first 17 digits of an 18-character person's identifier. */
    public static char checkCharacter(CharSequence first17) {
        if (first17.length() != 17 || !first17.chars().allMatch(TypedValue::isAsciiDigit)) {
            throw new IllegalArgumentException("expected 17 digits, got " + first17.length() + " characters");
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK_CHARACTERS.charAt(sum % 11);
    }

    /**
     * Converts a legacy 15-digit resident ID to 18 characters: {@code 19} goes before the
     * two-digit year and the check character is appended. Surrounding whitespace is ignored.
     *
     * @throws IllegalArgumentException unless {@code legacy} is 15 digits
     */
    public static String toEighteen(String legacy) {
        String digits = legacy.strip();
        if (digits.length() != 15 || !digits.chars().allMatch(TypedValue::isAsciiDigit)) {
            throw new IllegalArgumentException("a legacy resident ID has 15 digits");
        }
        String first17 = digits.substring(0, 6) + "19" + digits.substring(6);
        return first17 + checkCharacter(first17);
    }

    private static IdentifierCheck checkEighteen(String raw, TypedValue value, LocalDate today) {
        IdentifierKind kind = kindOf(value);
        for (int p = 1; p <= 17; p++) {
            if (!value.isDigitAt(p)) {
                return IdentifierCheck.format(raw, kind,
                        AtPosition.at(p, "expected " + segmentOf(kind, p) + ", found " + TypedValue.quote(value.at(p))));
            }
        }
        int last = value.upperAt(18);
        if (!TypedValue.isAsciiDigit(last) && last != 'X') {
            return IdentifierCheck.format(raw, kind, AtPosition.at(18,
                    "expected a digit or X as the check character, found " + TypedValue.quote(value.at(18))));
        }
        FormatProblem prefix = prefixProblem(kind, value);
        if (prefix != null) {
            return IdentifierCheck.format(raw, kind, prefix);
        }
        String birth = value.upperSlice(7, 14);
        FormatProblem date = birthDateProblem(birth, 7, today);
        if (date != null) {
            return IdentifierCheck.format(raw, kind, date);
        }
        String normalized = value.normalised();
        char expected = checkCharacter(normalized.substring(0, 17));
        List<ChecksumMismatch> mismatches = expected == last
                ? List.of()
                : List.of(new ChecksumMismatch(ChecksumMismatch.Check.CHECK_CHARACTER, 18, expected, (char) last));
        List<IdentifierWarning> warnings = Integer.parseInt(birth.substring(0, 4)) < PLAUSIBLE_BIRTH_YEAR
                ? List.of(new IdentifierWarning(7, 14, birth + " is a birth date before " + PLAUSIBLE_BIRTH_YEAR
                        + ", unlikely for a living person; check it against the card"))
                : List.of();
        return IdentifierCheck.checked(raw, kind, normalized, mismatches, warnings);
    }

    private static IdentifierCheck checkLegacy(String raw, TypedValue value, LocalDate today) {
        IdentifierKind kind = IdentifierKind.LEGACY_RESIDENT_ID;
        if (startsWithLetters(value, 3)) {
            return IdentifierCheck.format(raw, kind, new AtPosition(1, 3,
                    "a 15-character number starting with three letters looks like a foreigner's permanent "
                            + "residence card of the 2004 format, which this check does not cover; "
                            + "a legacy resident ID has 15 digits"));
        }
        int bad = value.firstNonDigit(1, 15);
        if (bad != 0) {
            String segment = bad <= 6 ? "a digit of the address code"
                    : bad <= 12 ? "a digit of the birth date" : "a digit of the sequence number";
            return IdentifierCheck.format(raw, kind,
                    AtPosition.at(bad, "expected " + segment + ", found " + TypedValue.quote(value.at(bad))));
        }
        int first = value.at(1);
        if (first == '0' || first == '8' || first == '9') {
            return IdentifierCheck.format(raw, kind, AtPosition.at(1,
                    "a legacy resident ID's address code starts with a digit from 1 to 7, found '" + (char) first + "'"));
        }
        if (!ProvinceCodes.isMainland(value.upperSlice(1, 2))) {
            return IdentifierCheck.format(raw, kind, new AtPosition(1, 2, PROVINCE_RULE + value.upperSlice(1, 2)));
        }
        FormatProblem date = birthDateProblem("19" + value.upperSlice(7, 12), 7, today);
        if (date != null) {
            // Report the six digits the officer typed, not the 19 we put in front of them.
            return IdentifierCheck.format(raw, kind, new AtPosition(7, 12,
                    date.detail().replaceFirst("^19", "")));
        }
        return IdentifierCheck.valid(raw, kind, value.normalised());
    }

    /** Detects the kind of an 18-character person's identifier from its first two characters. */
    static IdentifierKind kindOf(TypedValue value) {
        int first = value.at(1);
        if (first == '9') {
            return IdentifierKind.FOREIGNER_PERMANENT_RESIDENCE;
        }
        int second = value.at(2);
        if (first == '8' && second >= '1' && second <= '3') {
            return IdentifierKind.RESIDENCE_PERMIT;
        }
        return IdentifierKind.RESIDENT_ID;
    }

    private static String segmentOf(IdentifierKind kind, int position) {
        if (position >= 15) {
            return "a digit of the sequence number";
        }
        if (position >= 7) {
            return "a digit of the birth date";
        }
        if (kind == IdentifierKind.FOREIGNER_PERMANENT_RESIDENCE) {
            return position <= 3 ? "a digit of the province code" : "a digit of the nationality code";
        }
        return "a digit of the address code";
    }

    private static @Nullable FormatProblem prefixProblem(IdentifierKind kind, TypedValue value) {
        int first = value.at(1);
        if (kind == IdentifierKind.RESIDENCE_PERMIT) {
            String address = value.upperSlice(1, 6);
            if (!address.endsWith("0000")) {
                return new AtPosition(1, 6, "a residence permit's address code is 810000 (Hong Kong), "
                        + "820000 (Macao) or 830000 (Taiwan), found " + address);
            }
        } else if (kind == IdentifierKind.RESIDENT_ID && first == '0') {
            return AtPosition.at(1, "an address code never starts with 0");
        } else if (kind == IdentifierKind.RESIDENT_ID && first == '8') {
            return new AtPosition(1, 2, "a number starting with 8 is a residence permit, which starts with "
                    + "81, 82 or 83, found " + value.upperSlice(1, 2));
        } else if (kind == IdentifierKind.RESIDENT_ID && !ProvinceCodes.isMainland(value.upperSlice(1, 2))) {
            return new AtPosition(1, 2, PROVINCE_RULE + value.upperSlice(1, 2));
        } else if (kind == IdentifierKind.FOREIGNER_PERMANENT_RESIDENCE && !ProvinceCodes.isMainland(value.upperSlice(2, 3))) {
            return new AtPosition(2, 3, ISSUING_PROVINCE_RULE + value.upperSlice(2, 3));
        }
        return null;
    }

    /**
     * A problem with eight digits {@code yyyyMMdd} read as a birth date, or null if it is a real
     * day not after today (an implausibly early one is the caller's warning).
     */
    private static @Nullable FormatProblem birthDateProblem(String yyyyMMdd, int position, LocalDate today) {
        int to = position + 7;
        LocalDate date;
        try {
            date = LocalDate.of(Integer.parseInt(yyyyMMdd.substring(0, 4)),
                    Integer.parseInt(yyyyMMdd.substring(4, 6)), Integer.parseInt(yyyyMMdd.substring(6, 8)));
        } catch (DateTimeException e) {
            return new AtPosition(position, to, yyyyMMdd + " is not a date");
        }
        if (date.isAfter(today)) {
            return new AtPosition(position, to, yyyyMMdd + " is a birth date in the future");
        }
        return null;
    }

    private static boolean startsWithLetters(TypedValue value, int count) {
        for (int p = 1; p <= count; p++) {
            int c = value.upperAt(p);
            if (c < 'A' || c > 'Z') {
                return false;
            }
        }
        return true;
    }
}
