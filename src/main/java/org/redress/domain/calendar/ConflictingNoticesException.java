package org.redress.domain.calendar;

import java.util.List;

/**
 * Two years' notices disagree (the same year twice, or a date one makes a holiday and another a
 * working day). Carries the years involved so a loader can name the files they came from.
 */
public final class ConflictingNoticesException extends IllegalArgumentException {
    private final transient List<Integer> years;

    public ConflictingNoticesException(String message, List<Integer> years) {
        super(message);
        this.years = List.copyOf(years);
    }

    public List<Integer> years() {
        return years;
    }
}
