package org.redress.ui.reports;

import org.redress.domain.scheme.LocalizedText;
import org.redress.reports.FigureId;
import org.redress.reports.Measure;
import org.redress.reports.Report;
import org.redress.reports.ReportRequest;
import org.redress.reports.ReportWords;
import org.redress.reports.Row;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a drill-down is, in both languages, for the queue's chip: the column, the row, the figure,
 * the period (or "as of" today for figures of the present) and the report's scheme and agency, e.g.
 * "Overturned · R-12 v2 · Overturn rate by rule and rule version · 2026-01-01 – 2026-03-31".
 */
final class DrillLabel {

    private DrillLabel() {
    }

    static LocalizedText of(Report report, FigureId figure, Row row, Measure measure) {
        return new LocalizedText(in(ReportWords.CHINESE, report, figure, row, measure),
                in(ReportWords.ENGLISH, report, figure, row, measure));
    }

    static String in(Locale l, Report report, FigureId figure, Row row, Measure measure) {
        List<String> parts = new ArrayList<>();
        parts.add(ReportWords.in(l, measure.key()));
        parts.add(row.label().in(l));
        parts.add(ReportWords.in(l, figure.titleKey()));
        ReportRequest r = report.request();
        parts.add(figure.basis() == FigureId.Basis.NOW
                ? ReportWords.in(l, "report.drill.now", ReportWords.day(report.today()))
                : ReportWords.in(l, "report.drill.period", ReportWords.day(r.from()), ReportWords.day(r.to())));
        if (r.scheme() != null) {
            parts.add(ReportWords.in(l, "report.drill.scheme", r.scheme()));
        }
        if (r.agency() != null) {
            parts.add(ReportWords.in(l, "report.drill.agency", r.agency()));
        }
        return String.join(" · ", parts);
    }
}
