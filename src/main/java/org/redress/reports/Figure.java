package org.redress.reports;

import org.jspecify.annotations.Nullable;
import org.redress.domain.scheme.LocalizedText;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One figure as computed: its rows, a summary (totals, median, the share in time) with the summary
 * share's interval, notes in both languages (what was not available, what is still being checked),
 * and the summary values an export hides. {@code available} is false where this side cannot compute
 * the figure at all (the hub holds no import refusals); the notes say why.
 */
public record Figure(FigureId id, List<Row> rows, Map<Measure, Double> summary, @Nullable Interval summaryInterval,
                     List<LocalizedText> notes, boolean available, Set<Measure> suppressedSummary) {

    public Figure {
        rows = List.copyOf(rows);
        summary = Collections.unmodifiableMap(summary.isEmpty() ? new EnumMap<>(Measure.class) : new EnumMap<>(summary));
        notes = List.copyOf(notes);
        suppressedSummary = Collections.unmodifiableSet(suppressedSummary.isEmpty() ? EnumSet.noneOf(Measure.class)
                : EnumSet.copyOf(suppressedSummary));
    }

    public static Figure of(FigureId id, List<Row> rows) {
        return new Figure(id, rows, Map.of(), null, List.of(), true, Set.of());
    }

    public static Figure unavailable(FigureId id, LocalizedText why) {
        return new Figure(id, List.of(), Map.of(), null, List.of(why), false, Set.of());
    }

    public Figure withSummary(Map<Measure, Double> newSummary, @Nullable Interval interval) {
        return new Figure(id, rows, newSummary, interval, notes, available, suppressedSummary);
    }

    public Figure withNote(LocalizedText note) {
        List<LocalizedText> more = new java.util.ArrayList<>(notes);
        more.add(note);
        return new Figure(id, rows, summary, summaryInterval, more, available, suppressedSummary);
    }

    public Figure withRows(List<Row> newRows) {
        return new Figure(id, newRows, summary, summaryInterval, notes, available, suppressedSummary);
    }

    public Figure withSuppressedSummary(Set<Measure> hidden) {
        return new Figure(id, rows, summary, summaryInterval, notes, available, hidden);
    }

    /** The sum of a count over the rows. */
    public long total(Measure measure) {
        return rows.stream().mapToLong(r -> r.count(measure)).sum();
    }
}
