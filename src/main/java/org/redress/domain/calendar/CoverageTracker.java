package org.redress.domain.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntPredicate;

/** Collects, per year without a notice, the span of days a computation had to assume. */
final class CoverageTracker {
    private final Map<Integer, LocalDate[]> spans = new TreeMap<>();
    private final IntPredicate holidaysComputed;

    CoverageTracker(IntPredicate holidaysComputed) {
        this.holidaysComputed = holidaysComputed;
    }

    /** Notes that the computation looked at this day. */
    void examined(CalendarDay day) {
        if (day.official()) {
            return;
        }
        LocalDate date = day.date();
        LocalDate[] span = spans.computeIfAbsent(date.getYear(), y -> new LocalDate[] {date, date});
        if (date.isBefore(span[0])) {
            span[0] = date;
        }
        if (date.isAfter(span[1])) {
            span[1] = date;
        }
    }

    List<CoverageWarning> warnings() {
        var warnings = new ArrayList<CoverageWarning>(spans.size());
        spans.forEach((year, span) -> warnings.add(new CoverageWarning(year, span[0], span[1],
                holidaysComputed.test(year))));
        return List.copyOf(warnings);
    }
}
