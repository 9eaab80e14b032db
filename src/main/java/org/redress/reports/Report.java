package org.redress.reports;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A report as computed for one request and scope: its figures, the day "now" means, when it was
 * made, the thresholds it flagged by, the audit head of the data it was made from (so a copy sent
 * to an oversight body names the exact state of the record) and whether small cells were suppressed.
 */
public record Report(ReportName name, ReportRequest request, Scope scope, LocalDate today, Instant generatedAt,
                     Thresholds thresholds, @Nullable String auditHead, List<Figure> figures, boolean suppressed) {

    public Report {
        figures = List.copyOf(figures);
    }

    public Optional<Figure> figure(FigureId id) {
        return figures.stream().filter(f -> f.id() == id).findFirst();
    }

    public Report withFigures(List<Figure> newFigures, boolean nowSuppressed) {
        return new Report(name, request, scope, today, generatedAt, thresholds, auditHead, newFigures, nowSuppressed);
    }
}
