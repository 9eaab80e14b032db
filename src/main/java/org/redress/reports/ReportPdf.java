package org.redress.reports;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.redress.domain.scheme.LocalizedText;
import org.redress.letters.pdf.LineBreaker;
import org.redress.letters.pdf.MissingGlyphPolicy;
import org.redress.letters.pdf.PageFlow;
import org.redress.letters.pdf.PdfA;
import org.redress.letters.pdf.TableFlow;
import org.redress.letters.pdf.TableFlow.Para;
import org.redress.letters.pdf.TextStyle;
import org.redress.letters.pdf.TypeFaces;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;

/**
 * A report as a bilingual PDF/A-3u document on the letters' machinery (the shipped Noto Sans SC faces
 * embedded as subsets, line breaking, tables that repeat their header across pages, page numbers):
 * Chinese first with the English beneath, the office, period, filters, audit head and thresholds on
 * top, each figure with its definition, table and summary. The same report as CSV rides inside as an
 * associated file ({@code report.csv}), so the figures can be read back by a machine.
 */
public final class ReportPdf {

    /** The document's language: Chinese first, English beside it (each paragraph marks its own). */
    static final String PDF_LANG = "zh-CN";


    private static final TextStyle TITLE = TextStyle.bold(15f);
    private static final TextStyle HEADING = TextStyle.bold(11.5f);
    private static final TextStyle BODY = TextStyle.regular(9f);
    private static final TextStyle SMALL = TextStyle.regular(8f);
    private static final TextStyle CELL = TextStyle.regular(8.5f);
    private static final TextStyle CELL_BOLD = TextStyle.bold(8.5f);
    private static final TextStyle FLAG = new TextStyle(true, 8f, 0.72f, 0.11f, 0.11f);

    private ReportPdf() {
    }

    public static byte[] render(Report report) {
        TypeFaces faces = TypeFaces.load(MissingGlyphPolicy.MARK);
        LineBreaker breaker = new LineBreaker(faces);
        LocalizedText title = ReportWords.text(report.name().titleKey());
        String office = String.join(", ", report.scope().offices());
        try (PDDocument document = new PDDocument()) {
            PageFlow flow = new PageFlow(document, faces, breaker, office + " · " + title.zh() + " / " + title.en());
            flow.paragraph(ReportWords.in(ReportWords.CHINESE, "report.pdf.title", title.zh()), TITLE, 0, "title");
            flow.paragraph(ReportWords.in(ReportWords.ENGLISH, "report.pdf.title", title.en()), TITLE.sized(12f).muted(),
                    0, "title");
            flow.space(6f);
            for (LocalizedText line : ReportHeader.of(report)) {
                both(flow, line, BODY, "header");
            }
            for (Figure figure : report.figures()) {
                figure(flow, figure);
            }
            flow.finish(page -> new String[] {office + " · " + report.name().id() + " · "
                    + ReportWords.day(report.request().from()) + "–" + ReportWords.day(report.request().to()),
                    ReportWords.in(ReportWords.CHINESE, "report.page", page, flow.pageCount()) + " · "
                            + ReportWords.in(ReportWords.ENGLISH, "report.page", page, flow.pageCount())}, PDF_LANG);
            Calendar created = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
            created.setTimeInMillis(report.generatedAt().toEpochMilli());
            String author = report.scope().officeNames().isEmpty() ? office
                    : report.scope().officeNames().getFirst().zh();
            new PdfA().apply(document, new PdfA.Metadata(title.zh() + " / " + title.en(), author,
                    report.request().from() + " – " + report.request().to(), created, PDF_LANG),
                    new PdfA.Attachment("report.csv", "text/csv", "The report's figures as CSV",
                            ReportCsv.render(report).getBytes(StandardCharsets.UTF_8)));
            ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the report", e);
        }
    }

    private static void both(PageFlow flow, LocalizedText text, TextStyle style, String field) {
        flow.paragraph(text.zh(), style, 0, field);
        if (!text.en().equals(text.zh())) {
            flow.paragraph(text.en(), style.sized(style.size() - 0.5f).muted(), 0, field);
        }
    }

    private static void figure(PageFlow flow, Figure figure) {
        FigureId id = figure.id();
        flow.ensure(110f);
        flow.space(10f);
        both(flow, ReportWords.text(id.titleKey()), HEADING, "figure");
        flow.space(2f);
        both(flow, ReportWords.text(id.definitionKey()), SMALL, "definition");
        flow.space(4f);
        if (figure.available()) {
            table(flow, figure);
            LocalizedText summary = ReportHeader.summary(figure);
            if (!ReportHeader.isEmpty(summary)) {
                flow.space(3f);
                both(flow, summary, BODY, "summary");
            }
        }
        for (LocalizedText note : figure.notes()) {
            both(flow, note, SMALL, "note");
        }
    }

    private static void table(PageFlow flow, Figure figure) {
        List<Measure> columns = figure.id().columns();
        boolean rates = figure.id().denominator() != null;
        int n = 1 + columns.size() + (rates ? 2 : 0);
        float[] widths = new float[n];
        widths[0] = rates ? 3.4f : 4.2f;
        for (int i = 1; i < n; i++) {
            widths[i] = 1.1f;
        }
        if (rates) {
            widths[n - 2] = 1.5f;
            widths[n - 1] = 1.2f;
        }
        List<List<Para>> header = new ArrayList<>();
        header.add(List.of(new Para("", CELL_BOLD)));
        for (Measure m : columns) {
            header.add(label(ReportWords.text(m.key()), CELL_BOLD));
        }
        if (rates) {
            header.add(label(ReportWords.text("report.column.interval"), CELL_BOLD));
            header.add(label(ReportWords.text("report.column.flag"), CELL_BOLD));
        }
        if (figure.rows().isEmpty()) {
            flow.paragraph(ReportWords.in(ReportWords.CHINESE, "report.empty") + " · "
                    + ReportWords.in(ReportWords.ENGLISH, "report.empty"), BODY, 0, "table");
            return;
        }
        TableFlow table = new TableFlow(flow, widths, header, figure.id().key());
        table.begin();
        for (Row row : figure.rows()) {
            List<List<Para>> cells = new ArrayList<>();
            cells.add(label(row.label(), CELL));
            for (Measure m : columns) {
                cells.add(List.of(new Para(ReportFormat.value(row, m, ReportWords.ENGLISH), CELL)));
            }
            if (rates) {
                cells.add(List.of(new Para(ReportFormat.interval(row.interval(), row.isSuppressed(Measure.RATE)), CELL)));
                cells.add(row.review() ? label(ReportWords.text("report.flag.review"), FLAG) : List.of());
            }
            table.row(cells);
        }
    }

    private static List<Para> label(LocalizedText text, TextStyle style) {
        if (text.zh().equals(text.en())) {
            return List.of(new Para(text.zh(), style));
        }
        return List.of(new Para(text.zh(), style), new Para(text.en(), style.muted()));
    }
}
