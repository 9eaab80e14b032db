package org.redress.reports;

import org.jspecify.annotations.Nullable;
import org.redress.domain.appeal.FourEyesPolicy;
import org.redress.domain.calendar.WorkingDayCalendar;
import org.redress.domain.scheme.Catalog;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns one side's grouped counts ({@link ReportSource}) into a report's figures: the same working-day
 * arithmetic, buckets, percentiles, intervals, flags and drills whichever database the counts came
 * from. Both the workstation and the hub build their reports here.
 */
public final class ReportBuilder {

    private final Catalog catalog;
    private final WorkingDayCalendar calendar;

    public ReportBuilder(Catalog catalog, WorkingDayCalendar calendar) {
        this.catalog = catalog;
        this.calendar = calendar;
    }

    public Report build(ReportName name, ReportSource source, Slice slice, Scope scope, Thresholds thresholds,
                        FourEyesPolicy policy, @Nullable String auditHead, Instant generatedAt) {
        return new Report(name, slice.request(), scope, slice.today(), generatedAt, thresholds, auditHead,
                figures(name, source, slice, thresholds, policy), false);
    }

    public List<Figure> figures(ReportName name, ReportSource source, Slice slice, Thresholds thresholds,
                                FourEyesPolicy policy) {
        List<Figure> figures = switch (name) {
            case CASELOAD -> new CaseloadFigures(source, slice, new WorkingDayLine(calendar, slice.today())).all();
            case OUTCOMES -> new OutcomeFigures(source, slice, catalog, thresholds).outcomes();
            case DISCREPANCIES -> new OutcomeFigures(source, slice, catalog, thresholds).discrepancies();
            case PEOPLE -> new PeopleFigures(source, slice, policy).all();
        };
        List<Figure> out = new ArrayList<>(figures.size());
        for (Figure f : figures) {
            out.add(source.unavailable().contains(f.id()) && f.available()
                    ? Figure.unavailable(f.id(), ReportWords.text("report.unavailable." + f.id().key())) : f);
        }
        return out;
    }
}
