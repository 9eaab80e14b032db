package org.redress.domain.calendar;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class WorkingDayCalendarProperties {

    private static final WorkingDayCalendar CALENDAR = OfficialYears.calendar();
    private static final DeadlineClock CLOCK = new DeadlineClock(CALENDAR);
    private static final LocalDate FIRST_COVERED = LocalDate.of(2024, 1, 1);

    // Receipts up to mid-2026 plus at most 100 working days stay inside the covered years.
    private static LocalDate coveredReceipt(int offset) {
        return FIRST_COVERED.plusDays(offset);
    }

    @Property
    void the_result_is_a_working_day_when_the_calendar_covers_it(
            @ForAll @IntRange(min = -1, max = 910) int offset, @ForAll @IntRange(min = 1, max = 100) int n) {
        WorkingDayResult<LocalDate> result = CALENDAR.addWorkingDays(coveredReceipt(offset), n);
        assertThat(result.warnings()).isEmpty();
        assertThat(CALENDAR.isWorkingDay(result.value())).isTrue();
        assertThat(result.value()).isAfter(coveredReceipt(offset));
    }

    @Property
    void more_working_days_always_give_a_later_date(
            @ForAll @IntRange(min = 0, max = 910) int offset, @ForAll @IntRange(min = 0, max = 100) int n) {
        LocalDate receipt = coveredReceipt(offset);
        assertThat(CALENDAR.addWorkingDays(receipt, n + 1).value())
                .isAfter(CALENDAR.addWorkingDays(receipt, n).value());
    }

    @Property
    void counting_the_working_days_to_the_result_gives_back_n(
            @ForAll @IntRange(min = -400, max = 1500) int offset, @ForAll @IntRange(min = 0, max = 300) int n) {
        LocalDate receipt = coveredReceipt(offset);   // also reaches into years without data
        WorkingDayResult<LocalDate> deadline = CALENDAR.addWorkingDays(receipt, n);
        WorkingDayResult<Integer> between = CALENDAR.workingDaysBetween(receipt, deadline.value());
        assertThat(between.value()).isEqualTo(n);
        assertThat(between.warnings()).isEqualTo(deadline.warnings());
    }

    @Property
    void adding_the_count_between_two_dates_reaches_the_later_one_when_it_is_worked(
            @ForAll @IntRange(min = 0, max = 1000) int offset, @ForAll @IntRange(min = 0, max = 200) int span) {
        LocalDate from = coveredReceipt(offset);
        LocalDate to = from.plusDays(span);
        int count = CALENDAR.workingDaysBetween(from, to).value();
        if (CALENDAR.isWorkingDay(to) && span > 0) {
            assertThat(CALENDAR.addWorkingDays(from, count).value()).isEqualTo(to);
        } else {
            assertThat(CALENDAR.addWorkingDays(from, count).value()).isBeforeOrEqualTo(to);
        }
    }

    @Property
    void counting_backwards_counts_the_working_days_from_to_up_to_but_excluding_from(
            @ForAll @IntRange(min = 0, max = 1000) int offset, @ForAll @IntRange(min = 0, max = 200) int span) {
        LocalDate to = coveredReceipt(offset);
        LocalDate from = to.plusDays(span);
        long expected = to.datesUntil(from).filter(CALENDAR::isWorkingDay).count();
        assertThat(CALENDAR.workingDaysBetween(from, to).value()).isEqualTo((int) -expected);
    }

    @Property
    void any_day_counted_in_a_year_without_data_is_reported(
            @ForAll @IntRange(min = 2027, max = 2099) int year, @ForAll @IntRange(min = 0, max = 364) int dayOfYear,
            @ForAll @IntRange(min = 1, max = 30) int n) {
        LocalDate receipt = LocalDate.ofYearDay(year, 1).plusDays(dayOfYear);
        WorkingDayResult<LocalDate> result = CALENDAR.addWorkingDays(receipt, n);
        assertThat(result.isOfficial()).isFalse();
        assertThat(result.warnings()).extracting(CoverageWarning::year)
                .contains(result.value().getYear())
                .allSatisfy(y -> assertThat(CALENDAR.covers(y)).isFalse());
    }

    @Property
    void a_closed_pause_never_brings_the_deadline_earlier_and_the_deadline_counts_exactly_n_unpaused_days(
            @ForAll @IntRange(min = 0, max = 800) int offset, @ForAll @IntRange(min = 1, max = 30) int n,
            @ForAll @IntRange(min = 0, max = 40) int pauseStartsAfter, @ForAll @IntRange(min = 0, max = 30) int pauseLength) {
        LocalDate receipt = coveredReceipt(offset);
        Pause pause = new Pause(receipt.plusDays(pauseStartsAfter), receipt.plusDays(pauseStartsAfter + pauseLength));
        LocalDate plain = ((Deadline.Due) CLOCK.deadline(receipt, n, List.of())).date();
        LocalDate paused = ((Deadline.Due) CLOCK.deadline(receipt, n, List.of(pause))).date();

        assertThat(paused).isAfterOrEqualTo(plain);
        assertThat(CALENDAR.isWorkingDay(paused)).isTrue();
        assertThat(pause.covers(paused)).isFalse();
        long counted = receipt.plusDays(1).datesUntil(paused.plusDays(1))
                .filter(CALENDAR::isWorkingDay).filter(day -> !pause.covers(day)).count();
        assertThat(counted).isEqualTo(n);
    }

    private static final WorkingDayCalendar REAL = org.redress.catalog.CalendarCatalog.fromClasspath();

    /** Receipts from 2024 to the end of 2035: notices, then years with computed holidays only. */
    private static LocalDate anyReceipt(int offset) {
        return FIRST_COVERED.plusDays(offset);
    }

    @Property
    void n_working_days_later_is_always_a_working_day_and_never_earlier_than_n_calendar_days(
            @ForAll @IntRange(min = 0, max = 4380) int offset, @ForAll @IntRange(min = 1, max = 60) int n) {
        LocalDate receipt = anyReceipt(offset);
        WorkingDayResult<LocalDate> due = REAL.addWorkingDays(receipt, n);
        assertThat(REAL.isWorkingDay(due.value())).isTrue();
        assertThat(due.value()).isAfterOrEqualTo(receipt.plusDays(n));
        assertThat(REAL.workingDaysBetween(receipt, due.value()).value()).isEqualTo(n);
    }

    @Property
    void a_statutory_day_is_never_a_working_day_in_a_year_without_its_notice(
            @ForAll @IntRange(min = 2027, max = 2100) int year) {
        var lunar = REAL.lunar().year(year).orElseThrow();
        HolidayMeasures.inForce(year).orElseThrow().statutoryDays(lunar).values().forEach(days -> days.forEach(
                day -> assertThat(REAL.isWorkingDay(day)).as("%s", day).isFalse()));
    }

    @Property
    void every_warning_over_a_computed_year_says_the_holidays_were_computed(
            @ForAll @IntRange(min = 1000, max = 4380) int offset, @ForAll @IntRange(min = 1, max = 60) int n) {
        WorkingDayResult<LocalDate> due = REAL.addWorkingDays(anyReceipt(offset), n);
        assertThat(due.warnings()).allSatisfy(w -> {
            assertThat(w.year()).isGreaterThanOrEqualTo(2027);
            assertThat(w.holidaysComputed()).isTrue();
        });
        assertThat(due.isOfficial()).isEqualTo(due.value().getYear() <= 2026);
    }
}
