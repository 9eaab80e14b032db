package org.redress.letters.pdf;

import org.jspecify.annotations.Nullable;

import java.util.ArrayList;
import java.util.List;

/**
 * A table in the page flow: columns of fixed widths, a header row repeated at the top of every
 * page the table runs onto, rows whose cells wrap their text. A row that does not fit the rest of
 * the page moves to the next when little of the page would stay empty; otherwise (and always when
 * it is taller than a page) it is split between lines, so no page ends half empty. Tagged as a
 * {@code Table} of {@code TR} rows with {@code TH} and {@code TD} cells; the header repeated on
 * later pages is an artifact.
 */
public final class TableFlow {

    /** One paragraph inside a cell. */
    public record Para(String text, TextStyle style) {
    }

    private static final float PAD_X = 4f;
    private static final float PAD_Y = 3.5f;
    private static final float HEADER_GREY = 0.92f;
    private static final float RULE_GREY = 0.72f;
    /** A row moves to the next page only when it would leave less than this share of a page empty. */
    private static final float SPLIT_SHARE = 0.15f;

    private record CellLine(String text, TextStyle style) {
    }

    private final PageFlow flow;
    private final float[] widths;
    private final List<List<Para>> header;
    private final String field;

    public TableFlow(PageFlow flow, float[] fractions, List<List<Para>> header, String field) {
        this.flow = flow;
        float total = 0;
        for (float f : fractions) {
            total += f;
        }
        this.widths = new float[fractions.length];
        for (int i = 0; i < fractions.length; i++) {
            widths[i] = flow.width() * fractions[i] / total;
        }
        this.header = header;
        this.field = field;
    }

    /** The room the table needs to start on a page: its header and a few lines of the first row. */
    public float minimumStart() {
        return height(layout(header)) + 3 * TextStyle.regular(9).lineHeight();
    }

    /** Opens the table and draws the header; call once before the first row, and {@link #end()} after the last. */
    public void begin() {
        List<List<CellLine>> cells = layout(header);
        if (flow.remaining() < height(cells) + 3 * TextStyle.regular(9).lineHeight()) {
            flow.newPage();
        }
        flow.open("Table");
        drawHeader(cells, false);
    }

    public void end() {
        flow.close();
    }

    public void row(List<List<Para>> cells) {
        List<List<CellLine>> lines = layout(cells);
        float needed = height(lines);
        if (needed > flow.remaining()) {
            float headerHeight = height(layout(header));
            boolean fitsOnFreshPage = needed <= flow.pageBodyHeight() - headerHeight;
            float minimal = 2 * PAD_Y + 2 * TextStyle.regular(9).lineHeight();
            boolean worthSplitting = flow.remaining() >= Math.max(minimal, SPLIT_SHARE * flow.pageBodyHeight())
                    && needed - flow.remaining() >= minimal;
            if ((fitsOnFreshPage && !worthSplitting) || flow.remaining() < minimal) {
                flow.newPage();
                drawHeader(layout(header), true);
            }
        }
        while (height(lines) > flow.remaining()) {
            lines = drawPart(lines, flow.remaining(), "TD");
            if (lines.stream().allMatch(List::isEmpty)) {
                return;
            }
            flow.newPage();
            drawHeader(layout(header), true);
        }
        drawPart(lines, Float.MAX_VALUE, "TD");
    }

    private List<List<CellLine>> layout(List<List<Para>> cells) {
        List<List<CellLine>> out = new ArrayList<>(cells.size());
        for (int c = 0; c < widths.length; c++) {
            List<CellLine> lines = new ArrayList<>();
            if (c < cells.size()) {
                for (Para para : cells.get(c)) {
                    for (String line : flow.breaker().wrap(para.text(), para.style(), widths[c] - 2 * PAD_X)) {
                        lines.add(new CellLine(line, para.style()));
                    }
                }
            }
            out.add(lines);
        }
        return out;
    }

    private static float height(List<List<CellLine>> cells) {
        float max = 0;
        for (List<CellLine> cell : cells) {
            float h = 0;
            for (CellLine line : cell) {
                h += line.style().lineHeight();
            }
            max = Math.max(max, h);
        }
        return max + 2 * PAD_Y;
    }

    /** The header row; repeated on a later page it is an artifact (the table's header is tagged once). */
    private void drawHeader(List<List<CellLine>> cells, boolean repeated) {
        float h = height(cells);
        flow.fillRect(PageFlow.LEFT, flow.y() - h, flow.width(), h, HEADER_GREY);
        drawPart(cells, Float.MAX_VALUE, repeated ? null : "TH");
    }

    /**
     * Draws the lines of each cell that fit in {@code available} points and returns what is left
     * (empty cells when everything was drawn).
     */
    private List<List<CellLine>> drawPart(List<List<CellLine>> cells, float available, @Nullable String cellType) {
        float top = flow.y();
        if (cellType != null) {
            flow.open("TR");
        }
        float limit = available - 2 * PAD_Y;
        float used = 0;
        List<List<CellLine>> rest = new ArrayList<>(cells.size());
        float x = PageFlow.LEFT;
        for (int c = 0; c < widths.length; c++) {
            float lineTop = top - PAD_Y;
            float h = 0;
            List<CellLine> cell = cells.get(c);
            if (cellType != null) {
                flow.open(cellType);
            }
            int i = 0;
            for (; i < cell.size(); i++) {
                CellLine line = cell.get(i);
                if (h + line.style().lineHeight() > limit) {
                    break;
                }
                if (cellType == null) {
                    flow.drawArtifactText(line.text(), x + PAD_X, PageFlow.baseline(lineTop, line.style()), line.style());
                } else {
                    flow.drawText(line.text(), x + PAD_X, PageFlow.baseline(lineTop, line.style()), line.style(), field);
                }
                lineTop -= line.style().lineHeight();
                h += line.style().lineHeight();
            }
            if (cellType != null) {
                flow.close();
            }
            used = Math.max(used, h);
            rest.add(new ArrayList<>(cell.subList(i, cell.size())));
            x += widths[c];
        }
        float bottom = top - used - 2 * PAD_Y;
        flow.strokeLine(PageFlow.LEFT, bottom, PageFlow.RIGHT, bottom, 0.4f, RULE_GREY);
        flow.space(top - bottom);
        if (cellType != null) {
            flow.close();
        }
        return rest;
    }
}
