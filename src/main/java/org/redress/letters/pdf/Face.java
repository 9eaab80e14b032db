package org.redress.letters.pdf;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.jspecify.annotations.Nullable;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * One TrueType face, parsed on first use, with its cmap and cached advance widths (in 1/1000 em).
 * Parsed once per worker and loaded into each document as an embedded subset; not thread-safe.
 */
final class Face {

    private final String name;
    private final Supplier<byte[]> bytes;
    private @Nullable TrueTypeFont font;
    private @Nullable CmapLookup cmap;
    private float scale;
    private final float[] bmpWidths = new float[0x10000];
    private final Map<Integer, Float> otherWidths = new HashMap<>();

    private Face(String name, Supplier<byte[]> bytes) {
        this.name = name;
        this.bytes = bytes;
        Arrays.fill(bmpWidths, Float.NaN);
    }

    static Face parse(String name, Supplier<byte[]> bytes) {
        return new Face(name, bytes);
    }

    String name() {
        return name;
    }

    private TrueTypeFont font() {
        TrueTypeFont parsed = font;
        if (parsed == null) {
            try {
                parsed = new TTFParser().parse(new RandomAccessReadBuffer(bytes.get()));
                // The GSUB step in PDFBox's showText runs a regex-based Latin ligature pass on every
                // string; the letters' text (Chinese, Latin, digits) needs no substitution, so it is off.
                parsed.setEnableGsub(false);
                cmap = parsed.getUnicodeCmapLookup();
                scale = 1000f / parsed.getUnitsPerEm();
                font = parsed;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot parse font " + name, e);
            }
        }
        return parsed;
    }

    private CmapLookup cmap() {
        font();
        return cmap;
    }

    /** Whether the face has a glyph for the code point. */
    boolean covers(int codePoint) {
        return cmap().getGlyphId(codePoint) != 0;
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
        int gid = cmap().getGlyphId(codePoint);
        if (gid == 0) {
            return 0f;
        }
        try {
            return font().getAdvanceWidth(gid) * scale;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the width of a glyph in " + name, e);
        }
    }

    /** The face as an embedded, subset Type 0 font of {@code document}. */
    PDType0Font loadInto(PDDocument document) {
        try {
            return PDType0Font.load(document, font(), true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot embed font " + name, e);
        }
    }
}
