package org.redress.reports;

import org.redress.domain.scheme.LocalizedText;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A report as plain text in one language: what {@code redress report NAME} prints. */
public final class ReportText {

    private ReportText() {
    }

    public static String render(Report report, Locale language) {
        StringBuilder out = new StringBuilder();
        List<LocalizedText> header = ReportHeader.of(report);
        out.append("== ").append(ReportWords.in(language, report.name().titleKey())).append(" ==\n");
        for (LocalizedText line : header) {
            out.append(line.in(language)).append('\n');
        }
        for (Figure figure : report.figures()) {
            out.append('\n').append("-- ").append(ReportWords.in(language, figure.id().titleKey())).append(" --\n");
            out.append(ReportWords.in(language, figure.id().definitionKey())).append('\n');
            if (!figure.available()) {
                figure.notes().forEach(n -> out.append("  ").append(n.in(language)).append('\n'));
                continue;
            }
            table(out, figure, language);
            figure.notes().forEach(n -> out.append("  ").append(n.in(language)).append('\n'));
        }
        return out.toString();
    }

    private static void table(StringBuilder out, Figure figure, Locale language) {
        List<Measure> columns = figure.id().columns();
        boolean rates = figure.id().denominator() != null;
        List<String[]> lines = new ArrayList<>();
        String[] head = new String[columns.size() + (rates ? 3 : 1)];
        head[0] = "";
        for (int i = 0; i < columns.size(); i++) {
            head[i + 1] = ReportWords.in(language, columns.get(i).key());
        }
        if (rates) {
            head[columns.size() + 1] = ReportWords.in(language, "report.column.interval");
            head[columns.size() + 2] = "";
        }
        lines.add(head);
        for (Row row : figure.rows()) {
            String[] line = new String[head.length];
            line[0] = row.label().in(language);
            for (int i = 0; i < columns.size(); i++) {
                line[i + 1] = ReportFormat.value(row, columns.get(i), language);
            }
            if (rates) {
                line[columns.size() + 1] = ReportFormat.interval(row.interval(), row.isSuppressed(Measure.RATE));
                line[columns.size() + 2] = row.review() ? ReportWords.in(language, "report.flag.review") : "";
            }
            lines.add(line);
        }
        if (figure.rows().isEmpty()) {
            out.append("  ").append(ReportWords.in(language, "report.empty")).append('\n');
        } else {
            int[] widths = new int[head.length];
            for (String[] line : lines) {
                for (int i = 0; i < line.length; i++) {
                    widths[i] = Math.max(widths[i], ReportFormat.displayWidth(line[i]));
                }
            }
            for (String[] line : lines) {
                StringBuilder text = new StringBuilder("  ");
                for (int i = 0; i < line.length; i++) {
                    int pad = widths[i] - ReportFormat.displayWidth(line[i]);
                    if (i == 0 || i == line.length - 1 && rates) {
                        text.append(line[i]).append(" ".repeat(pad));
                    } else {
                        text.append(" ".repeat(pad)).append(line[i]);
                    }
                    text.append("  ");
                }
                out.append(text.toString().stripTrailing()).append('\n');
            }
        }
        LocalizedText summary = ReportHeader.summary(figure);
        if (!ReportHeader.isEmpty(summary)) {
            out.append("  ").append(summary.in(language)).append('\n');
        }
    }
}
