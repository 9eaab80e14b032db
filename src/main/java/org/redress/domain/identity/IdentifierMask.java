package org.redress.domain.identity;

/**
 * Masks identifiers for letters, exports and logs, where they are personal data. An 18-character
 * identifier keeps its first 6 and last 4 characters ({@code 110105********002X}); a legacy
 * 15-digit ID keeps its first 6 and last 3, so that no digit of the birth date shows. Anything
 * else keeps at most its last 2 characters: odd input never reveals more than a real identifier.
 */
public final class IdentifierMask {

    private static final int SHORTEST_WITH_VISIBLE_TAIL = 6;

    private IdentifierMask() {}

    public static String apply(String identifier) {
        var value = TypedValue.of(identifier);
        int length = value.length();
        if (length == 18 && isAlphanumeric(value)) {
            return value.upperSlice(1, 6) + "*".repeat(8) + value.upperSlice(15, 18);
        }
        if (length == 15 && value.firstNonDigit(1, 15) == 0) {
            return value.upperSlice(1, 6) + "*".repeat(6) + value.upperSlice(13, 15);
        }
        if (length < SHORTEST_WITH_VISIBLE_TAIL) {
            return "*".repeat(length);
        }
        var tail = new StringBuilder();
        tail.appendCodePoint(value.at(length - 1)).appendCodePoint(value.at(length));
        return "*".repeat(length - 2) + tail;
    }

    private static boolean isAlphanumeric(TypedValue value) {
        for (int p = 1; p <= value.length(); p++) {
            int c = value.upperAt(p);
            if (!TypedValue.isAsciiDigit(c) && (c < 'A' || c > 'Z')) {
                return false;
            }
        }
        return true;
    }
}
