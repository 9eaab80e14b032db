package org.redress.letters.pdf;

import java.util.Locale;

/** A character in a letter that no shipped font can draw, named by code point and field. */
public final class MissingGlyphException extends RuntimeException {

    private final int codePoint;
    private final String field;

    public MissingGlyphException(int codePoint, String field, String fonts) {
        super("character " + codePointName(codePoint) + " in " + field + " has no glyph in the letter fonts ("
                + fonts + ")");
        this.codePoint = codePoint;
        this.field = field;
    }

    public int codePoint() {
        return codePoint;
    }

    public String field() {
        return field;
    }

    /** {@code U+20BB7}: at least four hex digits, upper case. */
    public static String codePointName(int codePoint) {
        return "U+" + String.format(Locale.ROOT, "%04X", codePoint);
    }
}
