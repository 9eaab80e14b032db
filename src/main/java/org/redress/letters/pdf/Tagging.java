package org.redress.letters.pdf;

import org.jspecify.annotations.Nullable;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBoolean;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The logical structure of a tagged letter: a {@code Document} element holding headings,
 * paragraphs, tables and the QR figure, each owning the marked-content sequences (MCIDs) of its
 * text on the pages; a parent tree that maps every MCID back to its element; {@code /MarkInfo}
 * and the document's {@code /Lang}. Elements in another language than the document's carry their
 * own {@code /Lang}. Built from plain COS objects (a letter has a few hundred). Not thread-safe.
 */
final class Tagging {

    /** Element types that own text directly; text drawn under any other element gets a paragraph of its own. */
    private static final Set<String> LEAVES = Set.of("P", "H1", "H2", "H3", "Lbl", "LBody", "TH", "TD", "Figure",
            "Caption", "Span", "Note");
    private static final COSName MCR = COSName.getPDFName("MCR");

    private static final class Node {
        final String type;
        final COSName name;
        final COSDictionary dict = new COSDictionary();
        final COSArray kids = new COSArray();
        @Nullable PDPage page;

        Node(String type, @Nullable Node parent, COSDictionary parentDict, @Nullable String lang) {
            this.type = type;
            this.name = COSName.getPDFName(type);
            // /Type /StructElem is optional; left out, as a letter has a few hundred elements.
            dict.setItem(COSName.S, name);
            dict.setItem(COSName.P, parentDict);
            dict.setItem(COSName.K, kids);
            kids.setDirect(true);
            if (lang != null) {
                dict.setItem(COSName.LANG, new COSString(lang));
            }
            if (parent != null) {
                parent.kids.add(dict);
            }
        }
    }

    /** The structure type and MCID that a marked-content sequence on a page opens with. */
    record Mark(COSName type, int mcid) {
    }

    private final COSDictionary root = new COSDictionary();
    private final Node document;
    private final Deque<Node> open = new ArrayDeque<>();
    private final Map<PDPage, COSArray> parents = new LinkedHashMap<>();

    Tagging() {
        root.setItem(COSName.TYPE, COSName.STRUCT_TREE_ROOT);
        document = new Node("Document", null, root, null);
        COSArray rootKids = new COSArray();
        rootKids.add(document.dict);
        rootKids.setDirect(true);
        root.setItem(COSName.K, rootKids);
        open.push(document);
    }

    /** Opens an element under the innermost open one; text drawn until {@link #close()} belongs to it. */
    void open(String type, @Nullable String lang) {
        Node parent = open.peek();
        open.push(new Node(type, parent, parent.dict, lang));
    }

    void close() {
        if (open.size() > 1) {
            open.pop();
        }
    }

    /** The innermost open element's type. */
    String current() {
        return open.peek().type;
    }

    /** A new MCID on {@code page} for text of the innermost leaf (a paragraph is opened for loose text). */
    Mark mark(PDPage page) {
        Node owner = open.peek();
        if (!LEAVES.contains(owner.type)) {
            owner = new Node("P", owner, owner.dict, null);
        }
        return mark(page, owner);
    }

    /** A new MCID on {@code page} for a figure with its alternative text. */
    Mark figure(PDPage page, String alt) {
        Node parent = open.peek();
        Node figure = new Node("Figure", parent, parent.dict, null);
        figure.dict.setItem(COSName.ALT, new COSString(alt));
        return mark(page, figure);
    }

    private Mark mark(PDPage page, Node owner) {
        COSArray elements = parents.computeIfAbsent(page, p -> new COSArray());
        int mcid = elements.size();
        elements.add(owner.dict);
        if (owner.page == null) {
            owner.page = page;
            owner.dict.setItem(COSName.PG, page.getCOSObject());
        }
        if (owner.page == page) {
            owner.kids.add(COSInteger.get(mcid));
        } else {
            COSDictionary reference = new COSDictionary();
            reference.setDirect(true);
            reference.setItem(COSName.TYPE, MCR);
            reference.setItem(COSName.PG, page.getCOSObject());
            reference.setInt(COSName.MCID, mcid);
            owner.kids.add(reference);
        }
        return new Mark(owner.name, mcid);
    }

    /** Writes the structure tree, the parent tree, /MarkInfo and /Lang into the document. */
    void finish(PDDocument document, String lang) {
        COSArray numbers = new COSArray();
        int key = 0;
        for (Map.Entry<PDPage, COSArray> entry : parents.entrySet()) {
            entry.getKey().setStructParents(key);
            numbers.add(COSInteger.get(key));
            numbers.add(entry.getValue());
            key++;
        }
        COSDictionary parentTree = new COSDictionary();
        parentTree.setItem(COSName.NUMS, numbers);
        root.setItem(COSName.PARENT_TREE, parentTree);
        root.setInt(COSName.PARENT_TREE_NEXT_KEY, key);
        COSDictionary catalog = document.getDocumentCatalog().getCOSObject();
        catalog.setItem(COSName.STRUCT_TREE_ROOT, root);
        COSDictionary markInfo = new COSDictionary();
        markInfo.setDirect(true);
        markInfo.setItem(COSName.getPDFName("Marked"), COSBoolean.TRUE);
        catalog.setItem(COSName.MARK_INFO, markInfo);
        catalog.setItem(COSName.LANG, new COSString(lang));
    }
}
