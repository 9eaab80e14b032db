package org.redress.domain.calendar;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;

/**
 * One date on the calendar.
 *
 * @param holiday  the holiday period the date falls in, for {@link DayKind#PUBLIC_HOLIDAY}; else null
 * @param official true when the date's year has an official calendar; false means the kind is
 *                 an assumption (weekends off, every weekday worked) and must be shown as such
 */
public record CalendarDay(LocalDate date, DayKind kind, @Nullable PublicHoliday holiday, boolean official) {

    public boolean isWorkingDay() {
        return kind.isWorkingDay();
    }
}
