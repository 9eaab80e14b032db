package org.redress.letters.pdf;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns {@code /Span /MC0 BDC} into {@code /Span <</ActualText <FEFF…>>> BDC} on a page.
 * PDFBox writes marked-content properties only as named resources, but text extractors (poppler's
 * pdftotext among them) honour ActualText only when the dictionary is inline. Runs only on pages
 * that carry a marked missing glyph, which are rare.
 */
final class ActualTextSpans {

    private static final Pattern NAMED_SPAN = Pattern.compile("/Span /([A-Za-z0-9]+) BDC");

    private ActualTextSpans() {
    }

    static void inline(PDPage page) {
        PDResources resources = page.getResources();
        COSBase contents = page.getCOSObject().getDictionaryObject(COSName.CONTENTS);
        List<COSStream> streams = new ArrayList<>();
        if (contents instanceof COSStream stream) {
            streams.add(stream);
        } else if (contents instanceof COSArray array) {
            for (COSBase item : array) {
                if (item instanceof COSStream stream) {
                    streams.add(stream);
                } else if (item != null && item.getCOSObject() instanceof COSStream stream) {
                    streams.add(stream);
                }
            }
        }
        try {
            for (COSStream stream : streams) {
                String text;
                try (InputStream in = stream.createInputStream()) {
                    text = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
                }
                Matcher m = NAMED_SPAN.matcher(text);
                StringBuilder out = new StringBuilder(text.length() + 64);
                boolean changed = false;
                while (m.find()) {
                    COSName name = COSName.getPDFName(m.group(1));
                    var properties = resources.getProperties(name);
                    String actual = properties == null ? null
                            : properties.getCOSObject().getString(COSName.ACTUAL_TEXT);
                    if (actual == null) {
                        m.appendReplacement(out, Matcher.quoteReplacement(m.group()));
                        continue;
                    }
                    String hex = HexFormat.of().formatHex(actual.getBytes(StandardCharsets.UTF_16BE)).toUpperCase();
                    m.appendReplacement(out, Matcher.quoteReplacement("/Span <</ActualText <FEFF" + hex + ">>> BDC"));
                    changed = true;
                }
                m.appendTail(out);
                if (changed) {
                    try (OutputStream o = stream.createOutputStream(COSName.FLATE_DECODE)) {
                        o.write(out.toString().getBytes(StandardCharsets.ISO_8859_1));
                    }
                }
            }
            COSDictionary resourceDictionary = resources.getCOSObject();
            resourceDictionary.removeItem(COSName.PROPERTIES);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
