package org.redress.letters;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

import java.io.IOException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Whether what follows a signed revision only adds validation data and time-stamps — the DSS of
 * PAdES B-LT and document time-stamps ({@code /DocTimeStamp}, invisible) — and nothing a reader sees:
 * the same pages with the same content streams and resources, no annotation but zero-area signature
 * widgets. Read structurally (both revisions opened, the objects the later updates rewrote found in
 * the cross-reference table), not by searching the bytes, since a rewritten page dictionary or a
 * time-stamp's field is legitimate. The verifier compares the visible text besides.
 */
final class LaterRevisions {

    private static final Set<COSName> CATALOG_MAY_CHANGE = Set.of(COSName.getPDFName("DSS"), COSName.ACRO_FORM,
            COSName.getPDFName("Extensions"));

    private LaterRevisions() {
    }

    static boolean addNothingVisible(byte[] file, int signedEnd) {
        try (PDDocument before = Loader.loadPDF(Arrays.copyOf(file, signedEnd)); PDDocument after = Loader.loadPDF(file)) {
            Set<COSObjectKey> rewritten = rewritten(after, signedEnd);
            if (before.getNumberOfPages() != after.getNumberOfPages()) {
                return false;
            }
            if (!sameExcept(before.getDocumentCatalog().getCOSObject(), after.getDocumentCatalog().getCOSObject(),
                    CATALOG_MAY_CHANGE)) {
                return false;
            }
            for (int i = 0; i < after.getNumberOfPages(); i++) {
                PDPage was = before.getPage(i);
                PDPage is = after.getPage(i);
                if (!sameExcept(was.getCOSObject(), is.getCOSObject(), Set.of(COSName.ANNOTS))
                        || touches(is.getCOSObject().getItem(COSName.CONTENTS), rewritten)
                        || touches(is.getCOSObject().getItem(COSName.RESOURCES), rewritten)
                        || !onlyInvisibleWidgetsAdded(was, is, rewritten)) {
                    return false;
                }
            }
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** The objects whose latest version lies after the signed revision. */
    private static Set<COSObjectKey> rewritten(PDDocument after, int signedEnd) {
        Map<COSObjectKey, Long> xref = after.getDocument().getXrefTable();
        Set<COSObjectKey> out = new HashSet<>();
        for (Map.Entry<COSObjectKey, Long> entry : xref.entrySet()) {
            long offset = entry.getValue();
            if (offset < 0) {
                // Kept in an object stream: rewritten when that stream was.
                Long stream = xref.get(new COSObjectKey(-offset, 0));
                offset = stream == null ? Long.MAX_VALUE : stream;
            }
            if (offset >= signedEnd) {
                out.add(entry.getKey());
            }
        }
        return out;
    }

    /** Same entries (indirect ones by reference, direct ones by value) but for {@code except}. */
    private static boolean sameExcept(COSDictionary was, COSDictionary is, Set<COSName> except) {
        Set<COSName> keys = new HashSet<>(was.keySet());
        keys.addAll(is.keySet());
        for (COSName key : keys) {
            if (!except.contains(key) && !same(was.getItem(key), is.getItem(key))) {
                return false;
            }
        }
        return true;
    }

    private static boolean same(COSBase was, COSBase is) {
        if (was == null || is == null) {
            return was == is;
        }
        if (was instanceof COSObject a && is instanceof COSObject b) {
            return a.getKey() != null && a.getKey().equals(b.getKey());
        }
        return !(was instanceof COSObject) && !(is instanceof COSObject) && was.toString().equals(is.toString());
    }

    private static boolean touches(COSBase item, Set<COSObjectKey> rewritten) {
        if (item instanceof COSObject reference) {
            return reference.getKey() == null || rewritten.contains(reference.getKey()) || touches(reference.getObject(), rewritten);
        }
        if (item instanceof COSArray array) {
            for (int i = 0; i < array.size(); i++) {
                if (touches(array.get(i), rewritten)) {
                    return true;
                }
            }
        }
        if (item instanceof COSDictionary dictionary && !(item instanceof org.apache.pdfbox.cos.COSStream)) {
            // Resources: the fonts, pictures and forms they name, one level down.
            for (COSName key : dictionary.keySet()) {
                COSBase value = dictionary.getItem(key);
                if (value instanceof COSObject reference && (reference.getKey() == null || rewritten.contains(reference.getKey()))) {
                    return true;
                }
                if (value instanceof COSDictionary inner) {
                    for (COSName name : inner.keySet()) {
                        if (inner.getItem(name) instanceof COSObject ref && (ref.getKey() == null
                                || rewritten.contains(ref.getKey()))) {
                            return true;
                        }
                    }
                }
            }
        }
        return false;
    }

    /** Annotations the page had are unchanged; any new one is a signature widget with no area. */
    private static boolean onlyInvisibleWidgetsAdded(PDPage was, PDPage is, Set<COSObjectKey> rewritten) throws IOException {
        Map<COSObjectKey, COSDictionary> before = new java.util.HashMap<>();
        COSArray had = was.getCOSObject().getCOSArray(COSName.ANNOTS);
        for (int i = 0; had != null && i < had.size(); i++) {
            if (had.get(i) instanceof COSObject reference && reference.getObject() instanceof COSDictionary annotation) {
                before.put(reference.getKey(), annotation);
            }
        }
        COSArray annotations = is.getCOSObject().getCOSArray(COSName.ANNOTS);
        for (int i = 0; annotations != null && i < annotations.size(); i++) {
            COSBase item = annotations.get(i);
            if (item instanceof COSObject reference && before.containsKey(reference.getKey())) {
                // One the signed revision had: rewritten only as it was (same appearance, same place).
                if (rewritten.contains(reference.getKey())
                        && !sameExcept(before.get(reference.getKey()), (COSDictionary) reference.getObject(), Set.of())) {
                    return false;
                }
                continue;
            }
            COSBase object = item instanceof COSObject reference ? reference.getObject() : item;
            if (!(object instanceof COSDictionary annotation) || !isSignatureWidget(annotation)) {
                return false;
            }
            COSArray rect = annotation.getCOSArray(COSName.RECT);
            if (rect != null) {
                PDRectangle area = new PDRectangle(rect);
                if (area.getWidth() > 0 && area.getHeight() > 0) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean isSignatureWidget(COSDictionary annotation) {
        COSName type = annotation.getCOSName(COSName.FT);
        if (type == null && annotation.getCOSDictionary(COSName.PARENT) != null) {
            type = annotation.getCOSDictionary(COSName.PARENT).getCOSName(COSName.FT);
        }
        return COSName.WIDGET.equals(annotation.getCOSName(COSName.SUBTYPE)) && COSName.SIG.equals(type);
    }
}
