package org.redress.domain.calendar;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * Reckons a case's deadline: N working days after the day of receipt, with the clock standing
 * still during {@link Pause}s.
 *
 * <p>Counting starts the day after receipt (as {@link WorkingDayCalendar#addWorkingDays}); a
 * working day counts unless a pause covers it (from its first day up to the day before
 * resumption). The deadline is the day the N-th counted working day is reached. If an open pause
 * begins before that day, the deadline is {@link Deadline.Suspended} with the days used and
 * remaining; a pause that begins after the deadline was reached changes nothing. N = 0 is due on
 * the day of receipt.
 */
public final class DeadlineClock {
    private final WorkingDayCalendar calendar;

    public DeadlineClock(WorkingDayCalendar calendar) {
        this.calendar = calendar;
    }

    /**
     * @param pauses in any order; they must start on or after the day of receipt, must not
     *               overlap, and only the last may be open
     * @throws IllegalArgumentException for a count out of range or inconsistent pauses
     */
    public Deadline deadline(LocalDate receivedOn, int workingDays, List<Pause> pauses) {
        WorkingDayCalendar.checkCount(workingDays);
        List<Pause> ordered = pauses.stream().sorted(Comparator.comparing(Pause::from)).toList();
        checkPauses(receivedOn, ordered);
        if (workingDays == 0) {
            return new Deadline.Due(receivedOn, List.of());
        }
        var tracker = new CoverageTracker(calendar::holidaysComputed);
        int used = 0;
        LocalDate date = receivedOn;
        while (true) {
            LocalDate current = date.plusDays(1);
            date = current;
            var pause = ordered.stream().filter(p -> p.covers(current)).findFirst();
            if (pause.isPresent()) {
                if (pause.get().isOpen()) {
                    return new Deadline.Suspended(pause.get().from(), used, workingDays - used, tracker.warnings());
                }
                continue;
            }
            CalendarDay day = calendar.day(current);
            tracker.examined(day);
            if (day.isWorkingDay() && ++used == workingDays) {
                return new Deadline.Due(current, tracker.warnings());
            }
        }
    }

    private static void checkPauses(LocalDate receivedOn, List<Pause> ordered) {
        Pause previous = null;
        for (Pause pause : ordered) {
            if (pause.from().isBefore(receivedOn)) {
                throw new IllegalArgumentException(pause + " starts before the day of receipt " + receivedOn);
            }
            if (previous != null && (previous.isOpen() || pause.from().isBefore(previous.resumedOn()))) {
                throw new IllegalArgumentException(pause + " overlaps " + previous);
            }
            previous = pause;
        }
    }
}
