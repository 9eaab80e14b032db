package org.redress.domain.identity;

/**
 * One check character that does not match the characters before it.
 *
 * @param check    which check failed
 * @param position 1-based position of the check character in the identifier
 * @param expected the character the check computes
 * @param found    the character the identifier has
 */
public record ChecksumMismatch(Check check, int position, char expected, char found) {

    /** The two checks an identifier can carry. */
    public enum Check {
        /** The final character: GB 11643 for persons, GB 32100 for organisations. */
        CHECK_CHARACTER,
        /** The 9th character of the organisation code inside a USCC (position 17), GB 11714. */
        ORGANISATION_CODE_CHECK
    }

    public ChecksumMismatch {
        if (expected == found) {
            throw new IllegalArgumentException("not a mismatch: " + expected);
        }
    }

    public String describe() {
        String what = check == Check.CHECK_CHARACTER
                ? "the check character"
                : "the organisation code's check character";
        return "position " + position + ": " + what + " should be '" + expected + "', found '" + found + "'";
    }
}
