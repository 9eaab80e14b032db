package org.redress.reports;

import org.jspecify.annotations.Nullable;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Small-cell suppression for exports, as statistics offices publish: a count of cases, entries,
 * subjects, reports or people from 1 to 4 is not shown ("&lt;5"), nor anything computed from it — a
 * share whose count or whose complement is that small, points or differences summed over such a
 * cell, a median over fewer than five cases. Where one cell of a column that has a total is hidden,
 * the next smallest cell of that column is hidden too, so the total cannot give it away. Zero is
 * shown. Free-text figures are left out of exports, and no export carries drills.
 */
public final class Suppression {

    public static final int THRESHOLD = 5;

    private Suppression() {
    }

    public static boolean small(double value) {
        return value >= 1 && value < THRESHOLD;
    }

    public static Report apply(Report report) {
        List<Figure> figures = new ArrayList<>();
        for (Figure figure : report.figures()) {
            if (!figure.id().screenOnly()) {
                figures.add(figure.available() ? figure(figure) : figure);
            }
        }
        return report.withFigures(figures, true);
    }

    static Figure figure(Figure figure) {
        FigureId id = figure.id();
        List<Set<Measure>> hidden = new ArrayList<>();
        for (Row row : figure.rows()) {
            hidden.add(row(id, row.values()));
        }
        for (Measure m : Measure.values()) {
            if (!m.personCount() || !figure.summary().containsKey(m)) {
                continue;
            }
            List<Integer> suppressedRows = new ArrayList<>();
            for (int i = 0; i < hidden.size(); i++) {
                if (hidden.get(i).contains(m)) {
                    suppressedRows.add(i);
                }
            }
            if (suppressedRows.size() == 1) {
                int smallest = -1;
                for (int i = 0; i < hidden.size(); i++) {
                    Double v = figure.rows().get(i).value(m);
                    if (v != null && v > 0 && !hidden.get(i).contains(m)
                            && (smallest < 0 || v < figure.rows().get(smallest).value(m))) {
                        smallest = i;
                    }
                }
                if (smallest >= 0) {
                    hidden.get(smallest).add(m);
                    hidden.get(smallest).addAll(dependents(id, m));
                }
            }
        }
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < figure.rows().size(); i++) {
            rows.add(figure.rows().get(i).withoutDrills().withSuppressed(hidden.get(i)));
        }
        Set<Measure> summaryHidden = summary(id, figure.summary());
        if (id.denominator() == null && hidden.stream().anyMatch(h -> !h.isEmpty())) {
            // A share of the figure's own rows would give a hidden row away beside the shown ones.
            summaryHidden.add(Measure.RATE);
        }
        return figure.withRows(rows).withSuppressedSummary(summaryHidden);
    }

    /** What a row of this figure must hide. */
    static Set<Measure> row(FigureId id, Map<Measure, Double> values) {
        Set<Measure> hidden = EnumSet.noneOf(Measure.class);
        values.forEach((m, v) -> {
            if (m.personCount() && small(v)) {
                hidden.add(m);
                hidden.addAll(dependents(id, m));
            }
        });
        Measure denominator = id.denominator();
        Measure numerator = id.numerator();
        if (denominator != null && numerator != null) {
            double n = values.getOrDefault(denominator, 0.0);
            double k = values.getOrDefault(numerator, 0.0);
            if (hidden.contains(denominator) || small(n - k)) {
                hidden.add(numerator);
                hidden.addAll(dependents(id, numerator));
            }
        }
        return hidden;
    }

    /** Values computed from a count, hidden with it. */
    static Set<Measure> dependents(FigureId id, Measure count) {
        Set<Measure> out = EnumSet.noneOf(Measure.class);
        if (count == id.numerator() || count == id.denominator()) {
            out.add(Measure.RATE);
        }
        if (count == id.numerator() && id.denominator() == Measure.REPORTS) {
            out.add(Measure.MEAN_DIFFERENCE);
            out.add(Measure.LARGEST_DIFFERENCE);
        }
        if (count == Measure.ENTRIES) {
            out.add(Measure.POINTS);
        }
        return out;
    }

    static Set<Measure> summary(FigureId id, Map<Measure, Double> summary) {
        Set<Measure> hidden = row(id, summary);
        @Nullable Double cases = summary.get(Measure.CASES);
        if (cases != null && small(cases)) {
            hidden.add(Measure.MEDIAN_DAYS);
            hidden.add(Measure.P90_DAYS);
        }
        if (id.denominator() == null && summary.containsKey(Measure.RATE)) {
            // A share of the figure's rows (in time, approved): hidden when its parts are small.
            double n = id == FigureId.FOUR_EYES_SAMPLE ? summary.getOrDefault(Measure.ELIGIBLE, 0.0)
                    : summary.getOrDefault(Measure.CASES, 0.0);
            double k = id == FigureId.FOUR_EYES_SAMPLE ? summary.getOrDefault(Measure.APPROVED, 0.0) : -1;
            if (small(n) || (k >= 0 && (small(k) || small(n - k)))) {
                hidden.add(Measure.RATE);
            }
        }
        return hidden;
    }
}
