package org.redress.reports;

import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;
import org.redress.domain.scheme.LocalizedText;
import org.redress.intake.SafeCsv;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A report as one CSV table, one line per value, so every figure fits the same columns: what it is
 * about (the report's own lines first — office, period, audit head —, then each figure's definition,
 * its rows and its summary), in both languages, the value ("&lt;5" when suppressed), the share's
 * interval and the flags. Cells go through {@link SafeCsv}, as every CSV Redress writes: a cell a
 * spreadsheet would run as a formula stays text.
 */
public final class ReportCsv {

    public static final List<String> COLUMNS = List.of("report", "section", "figure", "row", "label_en", "label_zh",
            "measure", "value", "ci_low", "ci_high", "rag", "flag");

    private ReportCsv() {
    }

    public static String render(Report report) {
        StringBuilder out = new StringBuilder();
        try (CSVPrinter printer = SafeCsv.printer(out)) {
            SafeCsv.printRow(printer, COLUMNS);
            String name = report.name().id();
            List<LocalizedText> header = ReportHeader.of(report);
            for (int i = 0; i < header.size(); i++) {
                line(printer, name, "meta", "", Integer.toString(i + 1), header.get(i), "", "", null, null, "");
            }
            line(printer, name, "meta", "", "period_from", ReportWords.same(report.request().from().toString()), "", "",
                    null, null, "");
            line(printer, name, "meta", "", "period_to", ReportWords.same(report.request().to().toString()), "", "",
                    null, null, "");
            line(printer, name, "meta", "", "audit_head", ReportWords.same(report.auditHead() == null ? "—"
                    : report.auditHead()), "", "", null, null, "");
            for (Figure figure : report.figures()) {
                String f = figure.id().key();
                line(printer, name, "title", f, "", ReportWords.text(figure.id().titleKey()), "", "", null, null, "");
                line(printer, name, "definition", f, "", ReportWords.text(figure.id().definitionKey()), "", "", null,
                        null, "");
                for (LocalizedText note : figure.notes()) {
                    line(printer, name, "note", f, "", note, "", "", null, null, "");
                }
                for (Row row : figure.rows()) {
                    for (Measure m : figure.id().columns()) {
                        if (!row.values().containsKey(m) && !row.isSuppressed(m)) {
                            continue;
                        }
                        boolean rate = m == Measure.RATE;
                        Interval ci = rate && !row.isSuppressed(m) ? row.interval() : null;
                        line(printer, name, "row", f, row.key(), row.label(), m.name(),
                                raw(row.isSuppressed(m), row.value(m), m), ci, row.rag(),
                                rate && row.review() ? "policy_review" : "");
                    }
                }
                for (var e : figure.summary().entrySet()) {
                    Measure m = e.getKey();
                    boolean hidden = figure.suppressedSummary().contains(m);
                    Interval ci = m == Measure.RATE && !hidden ? figure.summaryInterval() : null;
                    line(printer, name, "summary", f, "", ReportWords.text(m.key()), m.name(), raw(hidden, e.getValue(), m),
                            ci, null, "");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** Values as data: plain numbers (shares 0..1), "<5" when suppressed. */
    private static String raw(boolean suppressed, @Nullable Double value, Measure measure) {
        if (suppressed) {
            return "<" + Suppression.THRESHOLD;
        }
        if (value == null) {
            return "";
        }
        return switch (measure.format()) {
            case PERCENT -> String.format(Locale.ROOT, "%.4f", value);
            case POINTS -> Math.rint(value) == value ? Long.toString(Math.round(value))
                    : String.format(Locale.ROOT, "%.2f", value);
            default -> Long.toString(Math.round(value));
        };
    }

    private static void line(CSVPrinter printer, String report, String section, String figure, String row,
                             LocalizedText label, String measure, String value, @Nullable Interval ci,
                             @Nullable Object rag, String flag) throws IOException {
        List<String> cells = new ArrayList<>(COLUMNS.size());
        cells.addAll(List.of(report, section, figure, row, label.en(), label.zh(), measure, value,
                ci == null ? "" : String.format(Locale.ROOT, "%.4f", ci.low()),
                ci == null ? "" : String.format(Locale.ROOT, "%.4f", ci.high()),
                rag == null ? "" : rag.toString(), flag));
        SafeCsv.printRow(printer, cells);
    }
}
