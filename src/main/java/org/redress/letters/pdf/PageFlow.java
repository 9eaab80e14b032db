package org.redress.letters.pdf;

import org.jspecify.annotations.Nullable;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.List;
import java.util.Set;
import java.util.Locale;
import java.util.function.IntFunction;

/**
 * Lays text down an A4 page from the top and starts a new page when the next block does not fit.
 * Holds the document's fonts (the worker's faces loaded as embedded subsets) and draws each
 * character with the face that has it. Page numbers are added once the number of pages is known
 * ({@link #finish}). Every line of text is tagged: it belongs to the structure element opened
 * with {@link #open} (a paragraph of its own otherwise); rules, fills, the running header and the
 * footer are artifacts. {@link #measure} lays a block out without drawing it, to learn its height;
 * {@link #holdBack} ends the current page early, to carry lines over with what follows. Not
 * thread-safe.
 */
public final class PageFlow {

    public static final PDRectangle PAGE = PDRectangle.A4;
    public static final float LEFT = 62f;
    public static final float RIGHT = PAGE.getWidth() - 62f;
    private static final float TOP = PAGE.getHeight() - 56f;
    private static final float BOTTOM = 72f;
    private static final float FOOTER_BASELINE = 40f;
    /** Ascent of Noto Sans SC (0.88 em) plus half the leading, from the top of a line box. */
    private static final float BASELINE_DROP = 0.88f + 0.25f;

    private static final COSName SPAN = COSName.getPDFName("Span");
    private static final String INVISIBLE_FILLER = "口";

    private final PDDocument document;
    private final TypeFaces faces;
    private final LineBreaker breaker;
    private final Map<Face, PDType0Font> fonts = new HashMap<>();
    private final List<PDPage> pages = new ArrayList<>();
    private final Set<PDPage> pagesWithMarks = new HashSet<>();
    private final String runningHeader;
    private final Tagging tagging = new Tagging();
    private @Nullable PDPageContentStream content;
    private float y;
    /** Extra bottom margin on the current page, set by {@link #holdBack}, cleared by a new page. */
    private float heldBack;
    private boolean measuring;
    private boolean artifact;

    public PageFlow(PDDocument document, TypeFaces faces, LineBreaker breaker, String runningHeader) {
        this.document = document;
        this.faces = faces;
        this.breaker = breaker;
        this.runningHeader = runningHeader;
        newPage();
    }

    public PDDocument document() {
        return document;
    }

    public TypeFaces faces() {
        return faces;
    }

    public LineBreaker breaker() {
        return breaker;
    }

    public float y() {
        return y;
    }

    public int pageCount() {
        return pages.size();
    }

    /** Space left on the page above the bottom margin. */
    public float remaining() {
        return y - BOTTOM - heldBack;
    }

    /** Lets content on the current page stop {@code points} above the bottom margin. */
    public void holdBack(float points) {
        heldBack = Math.max(0f, points);
    }

    /**
     * The height {@code block} takes when laid out from the top of an endless page: nothing is
     * drawn, no page is started, nothing is tagged.
     */
    public float measure(Runnable block) {
        if (measuring) {
            block.run();
            return 0f;
        }
        float savedY = y;
        float savedHold = heldBack;
        measuring = true;
        y = 1_000_000f;
        heldBack = 0f;
        try {
            block.run();
            return 1_000_000f - y;
        } finally {
            measuring = false;
            y = savedY;
            heldBack = savedHold;
        }
    }

    public boolean measuring() {
        return measuring;
    }

    /** Opens a structure element ("P", "H1", "Table", …); {@code lang} when it differs from the document's. */
    public void open(String type, @Nullable String lang) {
        if (!measuring) {
            tagging.open(type, lang);
        }
    }

    public void open(String type) {
        open(type, null);
    }

    public void close() {
        if (!measuring) {
            tagging.close();
        }
    }

    /** Height of a page's writing area below the running header. */
    public float pageBodyHeight() {
        return TOP - 14f - BOTTOM;
    }

    public float width() {
        return RIGHT - LEFT;
    }

    public void space(float points) {
        y -= points;
    }

    /** Starts a new page unless {@code height} still fits on this one. */
    public void ensure(float height) {
        if (!measuring && y - height < BOTTOM + heldBack) {
            newPage();
        }
    }

    public void newPage() {
        if (measuring) {
            return;
        }
        heldBack = 0f;
        closeContent();
        PDPage page = new PDPage(PAGE);
        document.addPage(page);
        pages.add(page);
        try {
            content = new PDPageContentStream(document, page, PDPageContentStream.AppendMode.OVERWRITE, true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        y = TOP;
        if (pages.size() > 1 && !runningHeader.isEmpty()) {
            TextStyle small = TextStyle.regular(7.5f).muted();
            artifact = true;
            drawText(runningHeader, RIGHT - faces.width(runningHeader, small), TOP - 7.5f, small, "running header");
            artifact = false;
            rule(TOP - 11f, 0.4f, 0.75f);
            y = TOP - 14f - 6f;
        }
    }

    /** Wraps and draws a paragraph at the left margin (indented by {@code indent}), tagged as one P. */
    public void paragraph(String text, TextStyle style, float indent, String field) {
        paragraph(text, style, indent, field, null);
    }

    /** A paragraph in {@code lang} when it differs from the document's language. */
    public void paragraph(String text, TextStyle style, float indent, String field, @Nullable String lang) {
        open("P", lang);
        for (String line : breaker.wrap(text, style, RIGHT - LEFT - indent)) {
            line(line, LEFT + indent, style, field);
        }
        close();
    }

    /** Draws one line at {@code x} below the cursor, starting a new page if it does not fit. */
    public void line(String text, float x, TextStyle style, String field) {
        ensure(style.lineHeight());
        drawText(text, x, baseline(y, style), style, field);
        y -= style.lineHeight();
    }

    /** The baseline of a line whose box starts at {@code top}. */
    public static float baseline(float top, TextStyle style) {
        return top - style.size() * BASELINE_DROP;
    }

    /** A horizontal rule across the writing width at height {@code atY} (an artifact). */
    public void rule(float atY, float thickness, float grey) {
        strokeLine(LEFT, atY, RIGHT, atY, thickness, grey);
    }

    /** A filled rectangle, such as a table header's background (an artifact). */
    public void fillRect(float x, float yBottom, float w, float h, float grey) {
        if (measuring) {
            return;
        }
        try {
            content.beginMarkedContent(COSName.ARTIFACT);
            content.setNonStrokingColor(grey, grey, grey);
            content.addRect(x, yBottom, w, h);
            content.fill();
            content.endMarkedContent();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A line (an artifact). */
    public void strokeLine(float x1, float y1, float x2, float y2, float thickness, float grey) {
        if (measuring) {
            return;
        }
        try {
            content.beginMarkedContent(COSName.ARTIFACT);
            content.setStrokingColor(grey, grey, grey);
            content.setLineWidth(thickness);
            content.moveTo(x1, y1);
            content.lineTo(x2, y2);
            content.stroke();
            content.endMarkedContent();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A figure drawn by {@code drawing} on the current page, tagged with its alternative text. */
    public void figure(String alt, java.util.function.Consumer<PDPageContentStream> drawing) {
        if (measuring) {
            return;
        }
        try {
            Tagging.Mark mark = tagging.figure(pages.getLast(), alt);
            content.beginMarkedContent(mark.type(), mark.mcid());
            drawing.accept(content);
            content.endMarkedContent();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Draws {@code text} on one line with its left end at {@code x}, each character in the face that
     * has it; a character no face has is refused or marked according to the policy.
     */
    public void drawText(String text, float x, float baseline, TextStyle style, String field) {
        if (measuring || text.isEmpty()) {
            return;
        }
        try {
            if (artifact) {
                content.beginMarkedContent(COSName.ARTIFACT);
            } else {
                Tagging.Mark mark = tagging.mark(pages.getLast());
                content.beginMarkedContent(mark.type(), mark.mcid());
            }
            float cursor = x;
            int runStart = 0;
            @Nullable Face runFace = null;
            for (int i = 0; i < text.length(); ) {
                int cp = text.codePointAt(i);
                Face face = faces.faceFor(cp, style.bold());
                if (face != runFace || face == null) {
                    cursor = show(text, runStart, i, runFace, cursor, baseline, style);
                    runStart = i;
                    runFace = face;
                }
                if (face == null) {
                    cursor = markMissing(cp, cursor, baseline, style, field);
                    runStart = i + Character.charCount(cp);
                }
                i += Character.charCount(cp);
            }
            show(text, runStart, text.length(), runFace, cursor, baseline, style);
            content.endMarkedContent();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Text that is not content, such as a table header repeated on a later page. */
    public void drawArtifactText(String text, float x, float baseline, TextStyle style) {
        boolean was = artifact;
        artifact = true;
        drawText(text, x, baseline, style, "artifact");
        artifact = was;
    }

    private float show(String text, int from, int to, @Nullable Face face, float x, float baseline, TextStyle style)
            throws IOException {
        if (face == null || from >= to) {
            return x;
        }
        String run = text.substring(from, to);
        content.beginText();
        content.setFont(font(face), style.size());
        content.setNonStrokingColor(style.red(), style.green(), style.blue());
        content.newLineAtOffset(x, baseline);
        content.showText(run);
        content.endText();
        float advance = 0;
        for (int i = 0; i < run.length(); ) {
            int cp = run.codePointAt(i);
            advance += face.advance(cp);
            i += Character.charCount(cp);
        }
        return x + advance * style.size() / 1000f;
    }

    /**
     * A box the width of an ideograph with the code point's hex digits inside, wrapped in a span
     * whose ActualText is the character itself, so extracted text still reads right.
     */
    private float markMissing(int cp, float x, float baseline, TextStyle style, String field) throws IOException {
        if (faces.policy() == MissingGlyphPolicy.FAIL) {
            throw new MissingGlyphException(cp, field, faces.names());
        }
        float size = style.size();
        float w = TypeFaces.MISSING_ADVANCE * size / 1000f;
        COSDictionary span = new COSDictionary();
        span.setItem(COSName.ACTUAL_TEXT, new COSString(new String(Character.toChars(cp))));
        content.beginMarkedContent(SPAN, PDPropertyList.create(span));
        pagesWithMarks.add(pages.getLast());
        content.setStrokingColor(style.red(), style.green(), style.blue());
        content.setLineWidth(size * 0.05f);
        content.addRect(x + size * 0.06f, baseline - size * 0.12f, w - size * 0.12f, size * 0.98f);
        content.stroke();
        String hex = Integer.toHexString(cp).toUpperCase(Locale.ROOT);
        TextStyle digits = new TextStyle(false, size * (hex.length() > 4 ? 0.3f : 0.36f), style.red(), style.green(),
                style.blue());
        float digitsWidth = faces.width(hex, digits);
        content.beginText();
        content.setFont(font(faces.regular()), digits.size());
        content.setNonStrokingColor(style.red(), style.green(), style.blue());
        content.newLineAtOffset(x + (w - digitsWidth) / 2f, baseline + size * 0.25f);
        content.showText(hex);
        // Last, an invisible full-size ideograph over the box: extractors place the ActualText by
        // the span's glyphs and the font size in force when it closes, so it lines up with its line.
        content.setFont(font(faces.regular()), size);
        content.setRenderingMode(RenderingMode.NEITHER);
        content.newLineAtOffset(x - (x + (w - digitsWidth) / 2f), baseline - (baseline + size * 0.25f));
        content.showText(INVISIBLE_FILLER);
        content.setRenderingMode(RenderingMode.FILL);
        content.endText();
        content.endMarkedContent();
        return x + w;
    }

    /** The face loaded into this document, on first use (a face no text needs is not embedded). */
    private PDType0Font font(Face face) {
        return fonts.computeIfAbsent(face, f -> f.loadInto(document));
    }

    /**
     * Ends the last page, writes "page X of Y" (in the words {@code footer} gives) on every page and
     * the structure tree with the document's language ({@code zh-CN}, {@code en}).
     */
    public void finish(IntFunction<String[]> footer, String lang) {
        closeContent();
        tagging.finish(document, lang);
        artifact = true;
        for (PDPage page : pagesWithMarks) {
            ActualTextSpans.inline(page);
        }
        int total = pages.size();
        TextStyle small = TextStyle.regular(7.5f).muted();
        for (int i = 0; i < total; i++) {
            try (PDPageContentStream footerContent = new PDPageContentStream(document, pages.get(i),
                    PDPageContentStream.AppendMode.APPEND, true)) {
                content = footerContent;
                String[] parts = footer.apply(i + 1);
                if (parts.length > 0 && !parts[0].isEmpty()) {
                    drawText(parts[0], LEFT, FOOTER_BASELINE, small, "footer");
                }
                if (parts.length > 1) {
                    drawText(parts[1], RIGHT - faces.width(parts[1], small), FOOTER_BASELINE, small, "footer");
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        content = null;
        artifact = false;
    }

    private void closeContent() {
        if (content != null) {
            try {
                content.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            content = null;
        }
    }
}
