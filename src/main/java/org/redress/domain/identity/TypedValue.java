package org.redress.domain.identity;

/**
 * A value as an officer typed it: surrounding whitespace stripped, read one code point at a time
 * so that positions in messages match what is on screen. Positions are 1-based.
 */
final class TypedValue {
    private final int[] codePoints;

    private TypedValue(int[] codePoints) {
        this.codePoints = codePoints;
    }

    static TypedValue of(String raw) {
        return new TypedValue(raw.strip().codePoints().toArray());
    }

    int length() {
        return codePoints.length;
    }

    int at(int position) {
        return codePoints[position - 1];
    }

    /** The code point at {@code position} with ASCII a–z raised to A–Z; anything else unchanged. */
    int upperAt(int position) {
        int c = at(position);
        return c >= 'a' && c <= 'z' ? c - ('a' - 'A') : c;
    }

    boolean isDigitAt(int position) {
        return isAsciiDigit(at(position));
    }

    int digitAt(int position) {
        return at(position) - '0';
    }

    /** Positions {@code from..to}, inclusive, with ASCII letters upper-cased. */
    String upperSlice(int from, int to) {
        var out = new StringBuilder(to - from + 1);
        for (int p = from; p <= to; p++) {
            out.appendCodePoint(upperAt(p));
        }
        return out.toString();
    }

    /**
     * The one stored form of an identifier: ASCII letters upper-cased (surrounding whitespace is
     * already gone), and a legacy 15-digit resident ID converted to its 18 characters. Every check
     * stores this, and every lookup by identifier uses it ({@link Identifiers#normalise}).
     */
    String normalised() {
        if (length() == 15 && firstNonDigit(1, 15) == 0) {
            return PersonIdValidator.toEighteen(upperSlice(1, 15));
        }
        return length() == 0 ? "" : upperSlice(1, length());
    }

    /** The first position in {@code from..to} that is not an ASCII digit, or 0 if all are. */
    int firstNonDigit(int from, int to) {
        for (int p = from; p <= to; p++) {
            if (!isDigitAt(p)) {
                return p;
            }
        }
        return 0;
    }

    static boolean isAsciiDigit(int c) {
        return c >= '0' && c <= '9';
    }

    /**
     * Quotes a character found in the input; characters that look like something else on screen
     * (full-width digits, invisible spaces) also get their code point, or the officer could not
     * see what is wrong.
     */
    static String quote(int codePoint) {
        String quoted = "'" + Character.toString(codePoint) + "'";
        boolean plainlyVisible = codePoint > 0x20 && codePoint < 0x7f;
        return plainlyVisible ? quoted : quoted + String.format(" (U+%04X)", codePoint);
    }
}
