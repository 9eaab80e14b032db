package org.redress.reports;

import org.redress.domain.calendar.WorkingDayCalendar;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Working days between days, as {@link WorkingDayCalendar#workingDaysBetween} counts them, answered
 * from a running count over the days seen (a report asks it for tens of thousands of pairs). Years
 * without official data count weekends only, as the calendar does.
 */
final class WorkingDayLine {

    private final WorkingDayCalendar calendar;
    private LocalDate start;
    /** ordinal[i]: working days in [start, start + i]. */
    private int[] ordinal = new int[0];

    WorkingDayLine(WorkingDayCalendar calendar, LocalDate around) {
        this.calendar = calendar;
        this.start = around;
        extend(around.minusDays(1), around.plusDays(1));
    }

    /** Working days in (from, to] when {@code to} is later, minus those in [to, from) when earlier, 0 when equal. */
    int between(LocalDate from, LocalDate to) {
        LocalDate early = from.isBefore(to) ? from : to;
        LocalDate late = from.isBefore(to) ? to : from;
        extend(early.minusDays(1), late);
        if (!to.isBefore(from)) {
            return at(to) - at(from);
        }
        return -(at(from.minusDays(1)) - at(to.minusDays(1)));
    }

    private int at(LocalDate day) {
        return ordinal[(int) ChronoUnit.DAYS.between(start, day)];
    }

    private void extend(LocalDate a, LocalDate b) {
        LocalDate lo = a.isBefore(b) ? a : b;
        LocalDate hi = a.isBefore(b) ? b : a;
        LocalDate end = start.plusDays(ordinal.length - 1L);
        if (ordinal.length > 0 && !lo.isBefore(start) && !hi.isAfter(end)) {
            return;
        }
        LocalDate newStart = ordinal.length == 0 || lo.isBefore(start) ? lo.minusDays(30) : start;
        LocalDate newEnd = ordinal.length == 0 || hi.isAfter(end) ? hi.plusDays(30) : end;
        int[] fresh = new int[(int) ChronoUnit.DAYS.between(newStart, newEnd) + 1];
        int count = 0;
        LocalDate day = newStart;
        for (int i = 0; i < fresh.length; i++, day = day.plusDays(1)) {
            if (calendar.isWorkingDay(day)) {
                count++;
            }
            fresh[i] = count;
        }
        start = newStart;
        ordinal = fresh;
    }
}
