package org.redress.reports;

import org.jspecify.annotations.Nullable;
import org.redress.domain.scheme.LocalizedText;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * One row of a figure: a bar, a line's point or a table row. Values by measure (absent: not
 * applicable); a rate row carries its 95% interval; {@code review} marks a rule or agency whose
 * interval lies wholly above the office's threshold. Each value may drill down to its cases.
 * {@code suppressed} names the values an export hides (small cells).
 */
public record Row(String key, LocalizedText label, Map<Measure, Double> values, @Nullable Interval interval,
                  @Nullable Rag rag, boolean review, Map<Measure, Drill> drills, Set<Measure> suppressed) {

    public Row {
        values = Collections.unmodifiableMap(values.isEmpty() ? new EnumMap<>(Measure.class) : new EnumMap<>(values));
        drills = Collections.unmodifiableMap(drills.isEmpty() ? new EnumMap<>(Measure.class) : new EnumMap<>(drills));
        suppressed = Collections.unmodifiableSet(suppressed.isEmpty() ? EnumSet.noneOf(Measure.class)
                : EnumSet.copyOf(suppressed));
    }

    public static Row of(String key, LocalizedText label, Measure measure, double value, @Nullable Drill drill) {
        Map<Measure, Double> values = new EnumMap<>(Measure.class);
        values.put(measure, value);
        Map<Measure, Drill> drills = new EnumMap<>(Measure.class);
        if (drill != null) {
            drills.put(measure, drill);
        }
        return new Row(key, label, values, null, null, false, drills, Set.of());
    }

    public @Nullable Double value(Measure measure) {
        return values.get(measure);
    }

    /** The value as a whole number (counts), 0 when absent. */
    public long count(Measure measure) {
        Double v = values.get(measure);
        return v == null ? 0 : Math.round(v);
    }

    public @Nullable Drill drill(Measure measure) {
        return drills.get(measure);
    }

    public boolean isSuppressed(Measure measure) {
        return suppressed.contains(measure);
    }

    public Row withRag(@Nullable Rag newRag) {
        return new Row(key, label, values, interval, newRag, review, drills, suppressed);
    }

    public Row withSuppressed(Set<Measure> hidden) {
        return new Row(key, label, values, interval, rag, review, drills, hidden);
    }

    /** The row as an export carries it: no drills. */
    public Row withoutDrills() {
        return new Row(key, label, values, interval, rag, review, Map.of(), suppressed);
    }
}
