package org.redress.casework;

import org.jspecify.annotations.Nullable;
import org.redress.domain.calendar.WorkingDayCalendar;

import java.time.LocalDate;

/** Working days from today to a deadline, on the official calendar. */
final class WorkingDays {

    private WorkingDays() {
    }

    /** Positive: days left; 0: due today; negative: overdue; null: no deadline runs. */
    static @Nullable Integer left(WorkingDayCalendar calendar, LocalDate today, @Nullable LocalDate deadline) {
        return deadline == null ? null : calendar.workingDaysBetween(today, deadline).value();
    }
}
