package org.redress.reports;

import org.redress.domain.scheme.LocalizedText;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The lines every rendering opens with, and each figure's summary line, in both languages. */
public final class ReportHeader {

    /** Times in reports are the office's (China Standard Time, as the calendar). */
    static final ZoneId OFFICE_ZONE = ZoneId.of("Asia/Shanghai");

    private ReportHeader() {
    }

    public static List<LocalizedText> of(Report report) {
        List<LocalizedText> lines = new ArrayList<>();
        Scope scope = report.scope();
        String offices = String.join(", ", scope.offices());
        lines.add(both(l -> ReportWords.in(l, "report.header.office",
                String.join("; ", scope.officeNames().stream().map(n -> n.in(l)).toList()), offices)));
        if (scope.ownCaseload()) {
            lines.add(ReportWords.text("report.header.own", scope.officerName()));
        }
        ReportRequest r = report.request();
        lines.add(ReportWords.text("report.header.period", ReportWords.day(r.from()), ReportWords.day(r.to()),
                ReportWords.day(report.today())));
        lines.add(both(l -> ReportWords.in(l, "report.header.filters",
                r.scheme() == null ? ReportWords.in(l, "report.header.all") : r.scheme(),
                r.agency() == null ? ReportWords.in(l, "report.header.all") : r.agency())));
        String made = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").format(report.generatedAt().atZone(OFFICE_ZONE));
        lines.add(ReportWords.text("report.header.generated", made,
                report.auditHead() == null ? "—" : report.auditHead()));
        lines.add(ReportWords.text("report.header.thresholds", OutcomeFigures.percent(report.thresholds().policyReview()),
                OutcomeFigures.percent(report.thresholds().discrepancy())));
        if (report.suppressed()) {
            lines.add(ReportWords.text("report.header.suppressed", Suppression.THRESHOLD));
        }
        return lines;
    }

    /** The figure's totals, shares and percentiles in words; empty text when it has none worth a line. */
    public static LocalizedText summary(Figure figure) {
        return both(l -> summary(figure, l));
    }

    private static String summary(Figure figure, Locale l) {
        List<String> parts = new ArrayList<>();
        var s = figure.summary();
        FigureId id = figure.id();
        for (Measure m : List.of(Measure.CASES, Measure.DECIDED, Measure.OVERTURNED, Measure.ENTRIES, Measure.SUBJECTS,
                Measure.POINTS, Measure.REPORTS, Measure.DIFFERING, Measure.ASSIGNED, Measure.OVERDUE, Measure.RETURNED,
                Measure.ATTEMPTS, Measure.DECLARATIONS, Measure.SAMPLE_RATE_SET, Measure.ELIGIBLE, Measure.APPROVED,
                Measure.MEDIAN_DAYS, Measure.P90_DAYS)) {
            if (s.containsKey(m)) {
                parts.add(ReportWords.in(l, m.key()) + " " + ReportFormat.summary(figure, m, l));
            }
        }
        if (s.containsKey(Measure.RATE)) {
            String key = id.denominator() != null ? "report.summary.rate" : "report.summary.share." + id.key();
            boolean hidden = figure.suppressedSummary().contains(Measure.RATE);
            parts.add(ReportWords.in(l, key, ReportFormat.summary(figure, Measure.RATE, l),
                    ReportFormat.interval(figure.summaryInterval(), hidden)));
        }
        if (parts.isEmpty()) {
            return "";
        }
        return ReportWords.in(l, "report.summary.prefix") + " " + String.join(" · ", parts);
    }

    private static LocalizedText both(java.util.function.Function<Locale, String> text) {
        String zh = text.apply(ReportWords.CHINESE);
        String en = text.apply(ReportWords.ENGLISH);
        return zh.isEmpty() || en.isEmpty() ? new LocalizedText("—", "—") : new LocalizedText(zh, en);
    }

    static boolean isEmpty(LocalizedText text) {
        return text.en().equals("—");
    }
}
