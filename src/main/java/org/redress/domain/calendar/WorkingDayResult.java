package org.redress.domain.calendar;

import java.util.List;
import java.util.Objects;

/**
 * A value computed on the calendar together with the warnings that qualify it. An empty warning
 * list means every day the computation counted is covered by an official notice.
 */
public record WorkingDayResult<T>(T value, List<CoverageWarning> warnings) {

    public WorkingDayResult {
        Objects.requireNonNull(value, "value");
        warnings = List.copyOf(warnings);
    }

    /** True when no assumption went into the value. */
    public boolean isOfficial() {
        return warnings.isEmpty();
    }
}
