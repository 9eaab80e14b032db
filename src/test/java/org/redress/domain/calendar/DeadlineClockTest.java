package org.redress.domain.calendar;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * March 2026 has no holidays: Mon 2 Mar is a plain working day, weekends are 7–8, 14–15, 21–22, 28–29.
 * Without pauses, receipt Mon 2 Mar + 15 working days = Mon 23 Mar.
 */
class DeadlineClockTest {

    private final DeadlineClock clock = new DeadlineClock(OfficialYears.calendar());
    private static final LocalDate MON_2_MARCH = d("2026-03-02");

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    private static Pause pause(String from, String resumedOn) {
        return new Pause(d(from), d(resumedOn));
    }

    private static LocalDate dueDate(Deadline deadline) {
        assertThat(deadline).isInstanceOf(Deadline.Due.class);
        return ((Deadline.Due) deadline).date();
    }

    @Test
    void the_defaults_are_three_working_days_to_acknowledge_and_fifteen_to_decide() {
        assertThat(DeadlinePolicy.DEFAULT).isEqualTo(new DeadlinePolicy(3, 15));
        assertThat(dueDate(clock.deadline(MON_2_MARCH, DeadlinePolicy.DEFAULT.acknowledgeWithin(), List.of())))
                .isEqualTo(d("2026-03-05"));
        assertThat(dueDate(clock.deadline(MON_2_MARCH, DeadlinePolicy.DEFAULT.decideWithin(), List.of())))
                .isEqualTo(d("2026-03-23"));
    }

    @Test
    void without_pauses_the_deadline_is_the_nth_working_day_after_receipt() {
        assertThat(dueDate(clock.deadline(d("2026-02-13"), 15, List.of()))).isEqualTo(d("2026-03-12"));
    }

    @Test
    void working_days_from_the_pause_day_to_the_day_before_resumption_do_not_count() {
        // Tue 10 – Thu 12 March paused (3 working days); Fri 13, the day the material arrives, counts.
        Deadline deadline = clock.deadline(MON_2_MARCH, 15, List.of(pause("2026-03-10", "2026-03-13")));
        assertThat(dueDate(deadline)).isEqualTo(d("2026-03-26"));
    }

    @Test
    void a_one_day_pause_costs_one_working_day() {
        assertThat(dueDate(clock.deadline(MON_2_MARCH, 15, List.of(pause("2026-03-10", "2026-03-11")))))
                .isEqualTo(d("2026-03-24"));
    }

    @Test
    void a_pause_resumed_on_the_day_it_starts_costs_nothing() {
        assertThat(dueDate(clock.deadline(MON_2_MARCH, 15, List.of(pause("2026-03-10", "2026-03-10")))))
                .isEqualTo(d("2026-03-23"));
    }

    @Test
    void a_pause_over_a_weekend_only_costs_nothing() {
        assertThat(dueDate(clock.deadline(MON_2_MARCH, 15, List.of(pause("2026-03-07", "2026-03-09")))))
                .isEqualTo(d("2026-03-23"));
    }

    @Test
    void several_pauses_add_up() {
        // paused: 10, 11, 12 and 17, 18 March = 5 working days
        Deadline deadline = clock.deadline(MON_2_MARCH, 15, List.of(
                pause("2026-03-17", "2026-03-19"), pause("2026-03-10", "2026-03-13")));
        assertThat(dueDate(deadline)).isEqualTo(d("2026-03-30"));
    }

    @Test
    void a_pause_starting_on_the_day_of_receipt_only_costs_the_working_days_after_it() {
        // receipt day never counts anyway; Tue 3 March is lost
        assertThat(dueDate(clock.deadline(MON_2_MARCH, 3, List.of(pause("2026-03-02", "2026-03-04")))))
                .isEqualTo(d("2026-03-06"));
    }

    @Test
    void a_pause_across_the_spring_festival_only_costs_the_working_days_inside_it() {
        // receipt Mon 9 Feb; paused Thu 12 – Tue 24 Feb: loses 12, 13, Sat 14 (make-up) and 24
        Deadline deadline = clock.deadline(d("2026-02-09"), 5, List.of(pause("2026-02-12", "2026-02-25")));
        assertThat(dueDate(deadline)).isEqualTo(d("2026-02-27"));
    }

    @Test
    void an_open_pause_suspends_the_deadline_and_says_how_much_is_left() {
        Deadline deadline = clock.deadline(MON_2_MARCH, 15, List.of(new Pause(d("2026-03-10"), null)));
        assertThat(deadline).isEqualTo(new Deadline.Suspended(d("2026-03-10"), 5, 10, List.of()));
    }

    @Test
    void an_open_pause_after_earlier_closed_ones_counts_what_was_used_before_it() {
        Deadline deadline = clock.deadline(MON_2_MARCH, 15, List.of(
                pause("2026-03-10", "2026-03-13"), new Pause(d("2026-03-17"), null)));
        // counted: 3, 4, 5, 6, 9, 13, 16
        assertThat(deadline).isEqualTo(new Deadline.Suspended(d("2026-03-17"), 7, 8, List.of()));
    }

    @Test
    void an_open_pause_starting_on_the_deadline_day_suspends_it_with_one_day_left() {
        Deadline deadline = clock.deadline(MON_2_MARCH, 3, List.of(new Pause(d("2026-03-05"), null)));
        assertThat(deadline).isEqualTo(new Deadline.Suspended(d("2026-03-05"), 2, 1, List.of()));
    }

    @Test
    void a_pause_starting_after_the_deadline_passed_does_not_revive_it() {
        assertThat(dueDate(clock.deadline(MON_2_MARCH, 3, List.of(new Pause(d("2026-03-09"), null)))))
                .isEqualTo(d("2026-03-05"));
        assertThat(dueDate(clock.deadline(MON_2_MARCH, 3, List.of(pause("2026-03-06", "2026-03-20")))))
                .isEqualTo(d("2026-03-05"));
    }

    @Test
    void zero_working_days_is_due_on_the_day_of_receipt() {
        assertThat(dueDate(clock.deadline(MON_2_MARCH, 0, List.of()))).isEqualTo(MON_2_MARCH);
    }

    @Test
    void a_deadline_reaching_into_a_year_without_data_carries_the_warning() {
        Deadline deadline = clock.deadline(d("2026-12-30"), 3, List.of());
        assertThat(dueDate(deadline)).isEqualTo(d("2027-01-04"));
        assertThat(deadline.warnings()).extracting(CoverageWarning::year).containsExactly(2027);
    }

    @Test
    void a_suspended_deadline_carries_the_warning_for_the_days_it_counted() {
        Deadline deadline = clock.deadline(d("2026-12-30"), 15, List.of(new Pause(d("2027-01-05"), null)));
        assertThat(deadline).isInstanceOf(Deadline.Suspended.class);
        assertThat(deadline.warnings()).containsExactly(new CoverageWarning(2027, d("2027-01-01"), d("2027-01-04")));
    }

    @Test
    void inconsistent_pauses_are_refused() {
        assertThatThrownBy(() -> pause("2026-03-10", "2026-03-09"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("before");
        assertThatThrownBy(() -> clock.deadline(MON_2_MARCH, 15, List.of(pause("2026-02-27", "2026-03-04"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("before the day of receipt");
        assertThatThrownBy(() -> clock.deadline(MON_2_MARCH, 15, List.of(
                pause("2026-03-10", "2026-03-13"), pause("2026-03-12", "2026-03-16"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("overlaps");
        assertThatThrownBy(() -> clock.deadline(MON_2_MARCH, 15, List.of(
                new Pause(d("2026-03-10"), null), pause("2026-03-17", "2026-03-18"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("overlaps");
        assertThatThrownBy(() -> clock.deadline(MON_2_MARCH, -1, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void back_to_back_pauses_do_not_overlap() {
        // the first resumes on the 13th and the second starts on the 13th: the 13th is paused by the second
        Deadline deadline = clock.deadline(MON_2_MARCH, 15, List.of(
                pause("2026-03-10", "2026-03-13"), pause("2026-03-13", "2026-03-16")));
        assertThat(dueDate(deadline)).isEqualTo(d("2026-03-27"));
    }
}
