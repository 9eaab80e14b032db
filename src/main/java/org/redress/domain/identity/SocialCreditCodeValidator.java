package org.redress.domain.identity;

import org.redress.domain.identity.ChecksumMismatch.Check;
import org.redress.domain.identity.FormatProblem.AtPosition;
import org.redress.domain.identity.FormatProblem.WrongLength;

import java.util.ArrayList;
import java.util.List;

/**
 * Checks Unified Social Credit Codes (GB 32100-2015): position 1 the registration authority,
 * 2 the category, 3–8 the division code (its first two digits a mainland province's, or 100000 for a
 * national registration), 9–17 the organisation code (GB 11714, with its own check at 17), 18 the
 * check character over the first 17.
 */
public final class SocialCreditCodeValidator {

    /** The code's alphabet; a character's value is its index. I, O, S, V and Z are never used. */
    public static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    private static final int[] ORGANISATION_WEIGHTS = {3, 7, 9, 10, 5, 8, 4, 2};
    private static final String NEVER_USED = "IOSVZ";
    /** The division code of organisations registered at the national level. */
    private static final String NATIONAL = "100000";
    private static final String DIVISION_RULE = "expected the code of a mainland province, autonomous region or "
            + "municipality (GB/T 2260), or 100000 for a national registration, found ";

    private SocialCreditCodeValidator() {}

    /** Checks {@code raw} as a USCC; lower-case letters are accepted as upper case. Never throws. */
    public static IdentifierCheck check(String raw) {
        var value = TypedValue.of(raw);
        IdentifierKind kind = IdentifierKind.SOCIAL_CREDIT_CODE;
        if (value.length() != 18) {
            return IdentifierCheck.format(raw, kind,
                    new WrongLength(value.length(), "a Unified Social Credit Code has 18 characters"));
        }
        for (int p = 1; p <= 18; p++) {
            int c = value.upperAt(p);
            if (ALPHABET.indexOf(c) < 0) {
                return IdentifierCheck.format(raw, kind, AtPosition.at(p, alphabetProblem(value.at(p), c)));
            }
        }
        int bad = value.firstNonDigit(3, 8);
        if (bad != 0) {
            return IdentifierCheck.format(raw, kind, AtPosition.at(bad,
                    "expected a digit of the division code, found " + TypedValue.quote(value.at(bad))));
        }
        String division = value.upperSlice(3, 8);
        if (!ProvinceCodes.isMainland(division.substring(0, 2)) && !NATIONAL.equals(division)) {
            boolean national = division.startsWith("10");
            return IdentifierCheck.format(raw, kind, new AtPosition(3, national ? 8 : 4, DIVISION_RULE
                    + (national ? division : division.substring(0, 2))));
        }
        String normalized = value.normalised();
        var mismatches = new ArrayList<ChecksumMismatch>(2);
        char organisationCheck = organisationCodeCheck(normalized.substring(8, 16));
        if (normalized.charAt(16) != organisationCheck) {
            mismatches.add(new ChecksumMismatch(Check.ORGANISATION_CODE_CHECK, 17,
                    organisationCheck, normalized.charAt(16)));
        }
        char check = checkCharacter(normalized.substring(0, 17));
        if (normalized.charAt(17) != check) {
            mismatches.add(new ChecksumMismatch(Check.CHECK_CHARACTER, 18, check, normalized.charAt(17)));
        }
        return IdentifierCheck.checked(raw, kind, normalized, List.copyOf(mismatches), List.of());
    }

    /** The check character (position 18) for the first 17 characters of a USCC, upper case. */
    public static char checkCharacter(CharSequence first17) {
        if (first17.length() != 17) {
            throw new IllegalArgumentException("expected 17 characters, got " + first17.length());
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int value = ALPHABET.indexOf(first17.charAt(i));
            if (value < 0) {
                throw new IllegalArgumentException("not in the USCC alphabet at position " + (i + 1));
            }
            sum += value * WEIGHTS[i];
        }
        return ALPHABET.charAt((31 - sum % 31) % 31);
    }

    /**
     * The check character of an organisation code (GB 11714) for its 8-character body: digits
     * keep their value, letters count A=10 … Z=35 (the full Latin alphabet, not the USCC's);
     * {@code C = 11 − (Σ mod 11)}, with 10 written X and 11 written 0.
     */
    public static char organisationCodeCheck(CharSequence body8) {
        if (body8.length() != 8) {
            throw new IllegalArgumentException("expected 8 characters, got " + body8.length());
        }
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            char c = body8.charAt(i);
            int value;
            if (c >= '0' && c <= '9') {
                value = c - '0';
            } else if (c >= 'A' && c <= 'Z') {
                value = c - 'A' + 10;
            } else {
                throw new IllegalArgumentException("not a digit or capital letter at position " + (i + 1));
            }
            sum += value * ORGANISATION_WEIGHTS[i];
        }
        int check = 11 - sum % 11;
        return check == 10 ? 'X' : check == 11 ? '0' : (char) ('0' + check);
    }

    private static String alphabetProblem(int asTyped, int upper) {
        if (NEVER_USED.indexOf(upper) >= 0) {
            String lookalike = upper == 'O' ? "; did you mean '0'?" : upper == 'I' ? "; did you mean '1'?" : "";
            return TypedValue.quote(asTyped) + " is not used in a Unified Social Credit Code "
                    + "(I, O, S, V and Z never are)" + lookalike;
        }
        return "expected a digit or a capital letter other than I, O, S, V, Z, found " + TypedValue.quote(asTyped);
    }
}
