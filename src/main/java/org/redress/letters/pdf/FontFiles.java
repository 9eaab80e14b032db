package org.redress.letters.pdf;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.util.TreeSet;

/**
 * The font files shipped in {@code resources/fonts} (Noto Sans SC, SIL OFL 1.1), read from the
 * classpath once per JVM, and a "common" cut of each: the same face reduced to GB 2312 (the 6,763
 * everyday hanzi and its symbols), Latin and the usual punctuation, about a quarter of the glyphs.
 * PDFBox does work per document in proportion to the glyphs of the face it embeds from (a width
 * table and a CID-to-GID map over every glyph), so letters draw from the common cut and fall back
 * to the full face only for rarer characters. The bytes are shared; each worker parses its own copy.
 */
final class FontFiles {

    static final String REGULAR = "fonts/NotoSansSC-Regular.ttf";
    static final String BOLD = "fonts/NotoSansSC-Bold.ttf";

    private FontFiles() {
    }

    private static final class Regular {
        static final byte[] BYTES = read(REGULAR);
        static final byte[] COMMON = common(BYTES);
    }

    private static final class Bold {
        static final byte[] BYTES = read(BOLD);
        static final byte[] COMMON = common(BYTES);
    }

    static byte[] regular() {
        return Regular.BYTES;
    }

    static byte[] bold() {
        return Bold.BYTES;
    }

    static byte[] regularCommon() {
        return Regular.COMMON;
    }

    static byte[] boldCommon() {
        return Bold.COMMON;
    }

    private static byte[] read(String resource) {
        try (InputStream in = FontFiles.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("font " + resource + " is missing from the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read font " + resource, e);
        }
    }

    private static byte[] common(byte[] full) {
        try {
            TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(full));
            TTFSubsetter subsetter = new TTFSubsetter(font);
            subsetter.addAll(commonCodePoints());
            ByteArrayOutputStream out = new ByteArrayOutputStream(3 << 20);
            subsetter.writeToStream(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot cut the common glyphs out of a letter font", e);
        }
    }

    /** GB 2312 (every valid two-byte code), Latin, general and CJK punctuation, arrows, shapes, full-width forms. */
    static TreeSet<Integer> commonCodePoints() {
        TreeSet<Integer> points = new TreeSet<>();
        addRange(points, 0x20, 0x7E);
        addRange(points, 0xA0, 0x17F);
        addRange(points, 0x2000, 0x206F);
        addRange(points, 0x2100, 0x21FF);
        addRange(points, 0x2460, 0x24FF);
        addRange(points, 0x2500, 0x25FF);
        addRange(points, 0x3000, 0x303F);
        addRange(points, 0xFF00, 0xFFEF);
        CharsetDecoder gb2312 = Charset.forName("GB2312").newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        byte[] pair = new byte[2];
        for (int hi = 0xA1; hi <= 0xF7; hi++) {
            for (int lo = 0xA1; lo <= 0xFE; lo++) {
                pair[0] = (byte) hi;
                pair[1] = (byte) lo;
                try {
                    String s = gb2312.decode(ByteBuffer.wrap(pair)).toString();
                    s.codePoints().forEach(points::add);
                } catch (java.nio.charset.CharacterCodingException e) {
                    // not a character of GB 2312
                }
            }
        }
        return points;
    }

    private static void addRange(TreeSet<Integer> points, int from, int to) {
        for (int cp = from; cp <= to; cp++) {
            points.add(cp);
        }
    }
}
