package org.redress.ui.reports;

import org.redress.domain.access.Officer;
import org.redress.reports.Figure;
import org.redress.reports.FigureId;
import org.redress.reports.Measure;
import org.redress.reports.Report;
import org.redress.reports.ReportRequest;
import org.redress.reports.ReportService;
import org.redress.reports.Row;
import org.redress.store.CaseSet;
import org.redress.ui.queue.DrillDown;

import java.util.Optional;

/** A drill-down made without the screen: the first row of a figure that has cases (screenshots). */
public final class DrillDowns {

    private DrillDowns() {
    }

    /** The Reports screen's default period (the last year); empty when no row of the figure has cases. */
    public static Optional<DrillDown> first(ReportService service, Officer officer, FigureId figure) {
        ReportRequest request = new ReportRequest(service.today().minusYears(1).plusDays(1), service.today(), null, null);
        Report report = service.report(officer, figure.report(), request);
        Figure shown = report.figure(figure).orElseThrow();
        for (Row row : shown.rows()) {
            Measure m = Drillable.measure(figure, row);
            if (m != null) {
                return Optional.of(new DrillDown(DrillLabel.of(report, figure, row, m),
                        CaseSet.of(service.cases(officer, report, row.drill(m)))));
            }
        }
        return Optional.empty();
    }
}
