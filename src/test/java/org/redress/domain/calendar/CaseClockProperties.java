package org.redress.domain.calendar;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.redress.domain.appeal.DeadlineRules;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The arithmetic of a case's clock (issue 19) on the official 2024–2026 calendar: an extension of k
 * working days lands where k more working days after the old deadline land; a request for information
 * stands the clock still exactly for the working days it covers, up to the reply or the day after a
 * lapsed reply-by.
 */
class CaseClockProperties {

    private static final WorkingDayCalendar CALENDAR = OfficialYears.calendar();
    private static final DeadlineClock CLOCK = new DeadlineClock(CALENDAR);
    private static final LocalDate FIRST = LocalDate.of(2024, 1, 1);

    private static LocalDate due(Deadline d) {
        return ((Deadline.Due) d).date();
    }

    @Property
    void an_extension_adds_its_working_days_after_the_old_deadline(
            @ForAll @IntRange(min = 0, max = 800) int offset, @ForAll @IntRange(min = 1, max = 30) int n,
            @ForAll @IntRange(min = 1, max = 20) int k) {
        LocalDate received = FIRST.plusDays(offset);
        LocalDate before = due(CLOCK.deadline(received, n, List.of()));
        LocalDate after = due(CLOCK.deadline(received, n + k, List.of()));
        assertThat(after).isEqualTo(CALENDAR.addWorkingDays(before, k).value());
        assertThat(CALENDAR.workingDaysBetween(before, after).value()).isEqualTo(k);
    }

    @Property
    void a_lapsed_request_stands_the_clock_still_for_the_working_days_up_to_its_reply_by(
            @ForAll @IntRange(min = 0, max = 800) int offset, @ForAll @IntRange(min = 2, max = 30) int n,
            @ForAll @IntRange(min = 0, max = 10) int askedAfter, @ForAll @IntRange(min = 1, max = 20) int replyDays) {
        LocalDate received = FIRST.plusDays(offset);
        LocalDate withoutPause = due(CLOCK.deadline(received, n, List.of()));
        LocalDate requested = received.plusDays(askedAfter);
        LocalDate replyBy = CALENDAR.addWorkingDays(requested, replyDays).value();
        Pause lapsed = new Pause(requested, DeadlineRules.resumesOn(replyBy));
        LocalDate withPause = due(CLOCK.deadline(received, n, List.of(lapsed)));
        if (requested.isAfter(withoutPause)) {
            // A request made after the deadline passed moves nothing.
            assertThat(withPause).isEqualTo(withoutPause);
            return;
        }
        // Working days counted between receipt and the new deadline, less those the pause covers, are n.
        int counted = CALENDAR.workingDaysBetween(received, withPause).value();
        int paused = 0;
        for (LocalDate d = requested; d.isBefore(lapsed.resumedOn()) && !d.isAfter(withPause); d = d.plusDays(1)) {
            if (CALENDAR.isWorkingDay(d) && d.isAfter(received)) {
                paused++;
            }
        }
        assertThat(counted - paused).isEqualTo(n);
        assertThat(withPause).isAfter(withoutPause);
        assertThat(withPause).isAfter(replyBy);
    }
}
