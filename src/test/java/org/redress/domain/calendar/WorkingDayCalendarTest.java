package org.redress.domain.calendar;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WorkingDayCalendarTest {

    private final WorkingDayCalendar calendar = OfficialYears.calendar();

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @Nested
    class WhichDaysAreWorked {
        @ParameterizedTest(name = "{0} is {1}")
        @CsvSource({
                "2026-02-13, WORKING_DAY",          // Friday before Spring Festival
                "2026-02-14, MAKE_UP_WORKING_DAY",  // Saturday worked (调休)
                "2026-02-15, PUBLIC_HOLIDAY",       // Sunday inside the holiday period
                "2026-02-23, PUBLIC_HOLIDAY",       // Monday, last day of the holiday
                "2026-02-24, WORKING_DAY",
                "2026-02-28, MAKE_UP_WORKING_DAY",
                "2026-03-01, WEEKEND",
                "2026-01-04, MAKE_UP_WORKING_DAY",  // Sunday after New Year
                "2026-09-20, MAKE_UP_WORKING_DAY",
                "2026-10-10, MAKE_UP_WORKING_DAY",
                "2026-10-08, WORKING_DAY",
                "2024-02-09, WORKING_DAY",          // 2024 除夕 was only "encouraged" off, not a holiday
                "2025-01-28, PUBLIC_HOLIDAY",       // 2025 除夕: a holiday under the revised rules
                "2025-10-08, PUBLIC_HOLIDAY"        // 8-day National Day + Mid-Autumn
        })
        void official_days_have_the_kind_the_notice_gives_them(LocalDate date, DayKind kind) {
            CalendarDay day = calendar.day(date);
            assertThat(day.kind()).isEqualTo(kind);
            assertThat(day.official()).isTrue();
            assertThat(calendar.isWorkingDay(date)).isEqualTo(kind.isWorkingDay());
        }

        @Test
        void a_holiday_day_names_its_holiday() {
            assertThat(calendar.day(d("2026-02-18")).holiday())
                    .extracting(PublicHoliday::nameEn).isEqualTo("Spring Festival");
            assertThat(calendar.day(d("2026-02-24")).holiday()).isNull();
        }

        @Test
        void a_year_without_data_assumes_weekends_only_and_says_so() {
            CalendarDay saturday = calendar.day(d("2027-01-02"));
            CalendarDay friday = calendar.day(d("2027-01-01"));
            assertThat(saturday.kind()).isEqualTo(DayKind.WEEKEND);
            assertThat(friday.kind()).isEqualTo(DayKind.WORKING_DAY);
            assertThat(friday.official()).isFalse();
            assertThat(calendar.covers(d("2027-01-01"))).isFalse();
            assertThat(calendar.coveredYears()).containsExactly(2024, 2025, 2026);
        }

        @Test
        void the_notice_behind_a_year_is_available_for_letters() {
            assertThat(calendar.year(2025)).get()
                    .extracting(y -> y.source().documentNumber()).isEqualTo("国办发明电〔2024〕12号");
            assertThat(calendar.year(2027)).isEmpty();
        }
    }

    @Nested
    class AddingWorkingDays {
        @ParameterizedTest(name = "receipt {0} + {1} working days = {2}")
        @CsvSource({
                // Spring Festival 2026: Sat 14 Feb worked, 15–23 Feb off, Sat 28 Feb worked
                "2026-02-13, 1, 2026-02-14",
                "2026-02-13, 2, 2026-02-24",
                "2026-02-13, 3, 2026-02-25",
                "2026-02-13, 15, 2026-03-12",
                "2026-02-14, 1, 2026-02-24",   // receipt on a make-up day: that day is not counted
                "2026-02-15, 1, 2026-02-24",   // receipt on a holiday
                "2026-02-24, 4, 2026-02-28",   // 4th working day is the make-up Saturday
                "2026-02-24, 5, 2026-03-02",
                // Mid-Autumn and National Day 2026: Sun 20 Sep worked, 25–27 Sep off, 1–7 Oct off, Sat 10 Oct worked
                "2026-09-18, 1, 2026-09-20",
                "2026-09-18, 2, 2026-09-21",
                "2026-09-24, 1, 2026-09-28",
                "2026-09-29, 3, 2026-10-09",
                "2026-09-30, 1, 2026-10-08",
                "2026-09-30, 3, 2026-10-10",
                "2026-09-30, 4, 2026-10-12",
                // year boundaries
                "2025-12-31, 1, 2026-01-04",   // 1–3 Jan off, Sun 4 Jan worked
                "2025-12-30, 2, 2026-01-04",
                "2025-12-30, 3, 2026-01-05",
                "2024-12-31, 1, 2025-01-02",
                // weekend receipt
                "2026-03-07, 1, 2026-03-09",   // Saturday receipt, Monday is day 1
                // 2025 and 2024 spring festivals
                "2025-01-24, 1, 2025-01-26",
                "2025-01-24, 3, 2025-02-05",
                "2024-02-08, 1, 2024-02-09",
                "2024-02-08, 2, 2024-02-18"
        })
        void counts_only_working_days_after_the_day_of_receipt(LocalDate receipt, int n, LocalDate expected) {
            WorkingDayResult<LocalDate> result = calendar.addWorkingDays(receipt, n);
            assertThat(result.value()).isEqualTo(expected);
            assertThat(result.warnings()).isEmpty();
            assertThat(result.isOfficial()).isTrue();
        }

        @Test
        void zero_working_days_is_the_day_of_receipt_itself_even_on_a_holiday() {
            assertThat(calendar.addWorkingDays(d("2026-02-16"), 0).value()).isEqualTo(d("2026-02-16"));
        }

        @Test
        void a_negative_count_is_refused() {
            assertThatThrownBy(() -> calendar.addWorkingDays(d("2026-02-16"), -1))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-1");
        }

        @Test
        void crossing_into_a_year_without_data_warns_with_the_assumed_dates() {
            // Wed 30 Dec 2026 + 3: Thu 31 Dec (official), then Fri 1 Jan and Mon 4 Jan 2027 (assumed)
            WorkingDayResult<LocalDate> result = calendar.addWorkingDays(d("2026-12-30"), 3);
            assertThat(result.value()).isEqualTo(d("2027-01-04"));
            assertThat(result.isOfficial()).isFalse();
            assertThat(result.warnings()).containsExactly(
                    new CoverageWarning(2027, d("2027-01-01"), d("2027-01-04")));
            assertThat(result.warnings().getFirst().message())
                    .isEqualTo("no official calendar for 2027: weekends only assumed for 2027-01-01 to 2027-01-04");
        }

        @Test
        void the_day_of_receipt_in_a_year_without_data_does_not_warn_because_it_never_counts() {
            WorkingDayResult<LocalDate> result = calendar.addWorkingDays(d("2023-12-31"), 1);
            assertThat(result.value()).isEqualTo(d("2024-01-02"));
            assertThat(result.warnings()).isEmpty();
        }

        @Test
        void a_calendar_with_no_years_still_computes_and_warns_for_each_year_touched() {
            var empty = new WorkingDayCalendar(List.of());
            WorkingDayResult<LocalDate> result = empty.addWorkingDays(d("2030-12-30"), 5);
            assertThat(result.value()).isEqualTo(d("2031-01-06"));
            assertThat(result.warnings()).extracting(CoverageWarning::year).containsExactly(2030, 2031);
        }
    }

    @Nested
    class CountingWorkingDaysBetween {
        @ParameterizedTest(name = "from {0} to {1} = {2}")
        @CsvSource({
                "2026-02-13, 2026-02-13, 0",
                "2026-02-13, 2026-02-14, 1",
                "2026-02-13, 2026-02-24, 2",
                "2026-02-13, 2026-03-12, 15",
                "2026-02-15, 2026-02-23, 0",   // all holiday
                // backwards: the working days in [to, from), negated
                "2026-02-24, 2026-02-13, -2",  // Fri 13 and Sat 14 (make-up)
                "2026-03-02, 2026-02-27, -2",  // Fri 27 and Sat 28 (make-up)
                "2026-03-14, 2026-03-13, -1",  // Saturday after a Friday deadline: overdue by one
                "2026-03-16, 2026-03-13, -1",  // Monday after a Friday deadline
                "2026-03-17, 2026-03-13, -2"
        })
        void counts_the_working_days_after_from_up_to_and_including_to(LocalDate from, LocalDate to, int expected) {
            WorkingDayResult<Integer> result = calendar.workingDaysBetween(from, to);
            assertThat(result.value()).isEqualTo(expected);
            assertThat(result.warnings()).isEmpty();
        }

        @Test
        void counting_into_a_year_without_data_warns() {
            WorkingDayResult<Integer> result = calendar.workingDaysBetween(d("2026-12-31"), d("2027-01-08"));
            assertThat(result.value()).isEqualTo(6);
            assertThat(result.warnings()).containsExactly(
                    new CoverageWarning(2027, d("2027-01-01"), d("2027-01-08")));
        }

        @Test
        void counting_back_into_a_year_without_data_warns() {
            WorkingDayResult<Integer> result = calendar.workingDaysBetween(d("2024-01-03"), d("2023-12-29"));
            // [Fri 29 Dec 2023, Wed 3 Jan 2024): Fri 29 (assumed), Tue 2 Jan (official); 1 Jan is a holiday
            assertThat(result.value()).isEqualTo(-2);
            assertThat(result.warnings()).containsExactly(
                    new CoverageWarning(2023, d("2023-12-29"), d("2023-12-31")));
        }
    }

    @Nested
    class Consistency {
        @Test
        void two_calendars_for_one_year_are_refused() {
            assertThatThrownBy(() -> new WorkingDayCalendar(
                    List.of(OfficialYears.year2026(), OfficialYears.year2026())))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2026");
        }

        @Test
        void a_date_made_a_holiday_by_one_notice_and_a_working_day_by_another_is_refused() {
            // The 2027 notice may reach back into late December 2026 (as the 2019 notice did for 2018).
            var year2027 = new HolidayYear(2027,
                    List.of(OfficialYears.holiday("元旦", "New Year's Day", "2026-12-31", "2027-01-01")),
                    OfficialYears.dates(),
                    OfficialYears.notice(2027, "test", "2026-11-01"));
            var year2026 = new HolidayYear(2026, List.of(), OfficialYears.dates("2026-12-27"),
                    OfficialYears.notice(2026, "test", "2025-11-01"));
            var clash = new HolidayYear(2027,
                    List.of(OfficialYears.holiday("元旦", "New Year's Day", "2026-12-27", "2027-01-01")),
                    OfficialYears.dates(), OfficialYears.notice(2027, "test", "2026-11-01"));

            assertThat(new WorkingDayCalendar(List.of(year2026, year2027)).day(d("2026-12-31")).kind())
                    .isEqualTo(DayKind.PUBLIC_HOLIDAY);
            assertThatThrownBy(() -> new WorkingDayCalendar(List.of(year2026, clash)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("2026-12-27");
        }
    }
}
