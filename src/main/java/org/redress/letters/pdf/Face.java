package org.redress.letters.pdf;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * One parsed TrueType face with its cmap and cached advance widths (in 1/1000 em). Parsed once
 * per worker and loaded into each document as an embedded subset; not thread-safe.
 */
final class Face {

    private final String name;
    private final TrueTypeFont font;
    private final CmapLookup cmap;
    private final float scale;
    private final float[] bmpWidths = new float[0x10000];
    private final Map<Integer, Float> otherWidths = new HashMap<>();

    private Face(String name, TrueTypeFont font) throws IOException {
        this.name = name;
        this.font = font;
        this.cmap = font.getUnicodeCmapLookup();
        this.scale = 1000f / font.getUnitsPerEm();
        Arrays.fill(bmpWidths, Float.NaN);
    }

    static Face parse(String name, byte[] bytes) {
        try {
            TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(bytes));
            // The GSUB step in PDFBox's showText runs a regex-based Latin ligature pass on every
            // string; the letters' text (Chinese, Latin, digits) needs no substitution, so it is off.
            font.setEnableGsub(false);
            return new Face(name, font);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot parse font " + name, e);
        }
    }

    String name() {
        return name;
    }

    /** Whether the face has a glyph for the code point. */
    boolean covers(int codePoint) {
        return cmap.getGlyphId(codePoint) != 0;
    }

    /** Advance width in 1/1000 em; 0 for a code point the face lacks. */
    float advance(int codePoint) {
        if (codePoint < 0x10000) {
            float w = bmpWidths[codePoint];
            if (Float.isNaN(w)) {
                w = measure(codePoint);
                bmpWidths[codePoint] = w;
            }
            return w;
        }
        return otherWidths.computeIfAbsent(codePoint, this::measure);
    }

    private float measure(int codePoint) {
        int gid = cmap.getGlyphId(codePoint);
        if (gid == 0) {
            return 0f;
        }
        try {
            return font.getAdvanceWidth(gid) * scale;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the width of a glyph in " + name, e);
        }
    }

    /** The face as an embedded, subset Type 0 font of {@code document}. */
    PDType0Font loadInto(PDDocument document) {
        try {
            return PDType0Font.load(document, font, true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot embed font " + name, e);
        }
    }
}
