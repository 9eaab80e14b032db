package org.redress.letters.pdf;

/**
 * What happens to a character none of the letter's fonts can draw. It never vanishes silently:
 * either the letter is refused naming the character and the field, or the character is drawn as
 * a marked box showing its code point (like the "last resort" font) while the text layer keeps
 * the real character (ActualText), so copying or extracting the text still gives the name.
 */
public enum MissingGlyphPolicy {
    FAIL, MARK
}
