package org.redress.letters.pdf;

import org.jspecify.annotations.Nullable;

import java.util.List;

/**
 * A worker's fonts: Noto Sans SC Regular and Bold, parsed once and loaded into every document the
 * worker writes. Each style falls back to the other face for a character its own face lacks;
 * what neither face has is handled by the {@link MissingGlyphPolicy}. Not thread-safe: one per worker.
 */
public final class TypeFaces {

    /** Width of the box drawn for a character no face has, in 1/1000 em. */
    static final float MISSING_ADVANCE = 1000f;

    private final Face regular;
    private final Face bold;
    private final Face regularFull;
    private final Face boldFull;
    private final List<Face> regularChain;
    private final List<Face> boldChain;
    private final MissingGlyphPolicy policy;

    private TypeFaces(MissingGlyphPolicy policy) {
        this.regular = Face.parse("Noto Sans SC Regular (common)", FontFiles::regularCommon);
        this.bold = Face.parse("Noto Sans SC Bold (common)", FontFiles::boldCommon);
        this.regularFull = Face.parse("Noto Sans SC Regular", FontFiles::regular);
        this.boldFull = Face.parse("Noto Sans SC Bold", FontFiles::bold);
        this.regularChain = List.of(regular, regularFull, boldFull);
        this.boldChain = List.of(bold, boldFull, regularFull);
        this.policy = policy;
    }

    /**
     * The shipped fonts for one worker: the common cuts are parsed now, the full faces on first
     * use (a rare character). Do it once per worker thread.
     */
    public static TypeFaces load(MissingGlyphPolicy policy) {
        return new TypeFaces(policy);
    }

    public MissingGlyphPolicy policy() {
        return policy;
    }

    Face regular() {
        return regular;
    }

    /**
     * The regular face that has every character of {@code text} (the common subset, or the whole
     * font for a rarer one), embedded and subset in {@code document}: for drawing outside the page
     * flow (the visible signature block, issue 16).
     */
    public org.apache.pdfbox.pdmodel.font.PDType0Font regularInto(org.apache.pdfbox.pdmodel.PDDocument document,
                                                                  String text) {
        Face chosen = regular;
        for (Face face : regularChain) {
            if (text.codePoints().allMatch(cp -> cp < 0x20 || face.covers(cp))) {
                chosen = face;
                break;
            }
        }
        return chosen.loadInto(document);
    }

    /** Names of the faces, for messages about a character none of them has. */
    String names() {
        return regularFull.name() + ", " + boldFull.name();
    }

    /** The face that draws the code point in this style, or null when none can. */
    @Nullable Face faceFor(int codePoint, boolean boldStyle) {
        for (Face face : boldStyle ? boldChain : regularChain) {
            if (face.covers(codePoint)) {
                return face;
            }
        }
        return null;
    }

    /** Advance of the code point in this style, in 1/1000 em (a missing one takes its box). */
    float advance(int codePoint, boolean boldStyle) {
        Face face = faceFor(codePoint, boldStyle);
        return face == null ? MISSING_ADVANCE : face.advance(codePoint);
    }

    /** Width of {@code text} in points. */
    public float width(String text, TextStyle style) {
        float total = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            total += advance(cp, style.bold());
            i += Character.charCount(cp);
        }
        return total * style.size() / 1000f;
    }

    /** Throws when the policy is FAIL and a character of {@code text} has no glyph. */
    public void check(String text, String field) {
        if (policy != MissingGlyphPolicy.FAIL) {
            return;
        }
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (!Character.isWhitespace(cp) && faceFor(cp, false) == null) {
                throw new MissingGlyphException(cp, field, names());
            }
            i += Character.charCount(cp);
        }
    }
}
