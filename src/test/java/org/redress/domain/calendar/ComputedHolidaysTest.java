package org.redress.domain.calendar;

import org.junit.jupiter.api.Test;
import org.redress.catalog.CalendarCatalog;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A year without its notice on the real calendar (the shipped notices and lunar dates): 2027 keeps
 * its statutory holidays, and everything counted over it says the weekends worked in exchange are
 * not yet known.
 */
class ComputedHolidaysTest {

    private static final WorkingDayCalendar CALENDAR = CalendarCatalog.fromClasspath();

    private static LocalDate d(String text) {
        return LocalDate.parse(text);
    }

    @Test
    void new_year_2027_is_not_a_working_day() {
        CalendarDay day = CALENDAR.day(d("2027-01-01"));
        assertThat(day.isWorkingDay()).isFalse();
        assertThat(day.kind()).isEqualTo(DayKind.PUBLIC_HOLIDAY);
        assertThat(day.official()).isFalse();
        assertThat(day.holiday().nameEn()).isEqualTo("New Year's Day");
    }

    @Test
    void spring_festival_2027_follows_the_lunar_calendar_with_article_6_made_up_days() {
        // Eve 5 Feb (Fri), 6–8 Feb (Sat–Mon); Saturday and Sunday are made up on 9 and 10 February.
        List<PublicHoliday> holidays = CALENDAR.computedHolidays(2027);
        PublicHoliday spring = holidays.stream().filter(h -> h.nameEn().equals("Spring Festival")).findFirst().orElseThrow();
        assertThat(spring.from()).isEqualTo("2027-02-05");
        assertThat(spring.to()).isEqualTo("2027-02-10");
        assertThat(CALENDAR.isWorkingDay(d("2027-02-04"))).isTrue();
        assertThat(CALENDAR.isWorkingDay(d("2027-02-11"))).isTrue();
        assertThat(holidays).extracting(PublicHoliday::from).containsExactly(d("2027-01-01"), d("2027-02-05"),
                d("2027-04-05"), d("2027-05-01"), d("2027-06-09"), d("2027-09-15"), d("2027-10-01"));
        assertThat(holidays).extracting(PublicHoliday::to).containsExactly(d("2027-01-01"), d("2027-02-10"),
                d("2027-04-05"), d("2027-05-04"), d("2027-06-09"), d("2027-09-15"), d("2027-10-05"));
    }

    @Test
    void the_december_letter_no_longer_gives_new_years_day_and_says_why() {
        WorkingDayResult<LocalDate> due = CALENDAR.addWorkingDays(d("2026-12-11"), 15);
        assertThat(due.value()).isEqualTo("2027-01-04");
        assertThat(due.warnings()).containsExactly(new CoverageWarning(2027, d("2027-01-01"), d("2027-01-04"), true));
        assertThat(due.warnings().getFirst().message()).contains("statutory holidays computed");
    }

    @Test
    void a_year_with_its_notice_is_official_and_unchanged() {
        assertThat(CALENDAR.computedHolidays(2026)).isEmpty();
        assertThat(CALENDAR.holidaysComputed(2026)).isFalse();
        // Spring Festival 2026: Saturday 14 Feb is worked, 15–23 Feb off.
        WorkingDayResult<LocalDate> spring = CALENDAR.addWorkingDays(d("2026-02-13"), 3);
        assertThat(spring.value()).isEqualTo("2026-02-25");
        assertThat(spring.isOfficial()).isTrue();
        // National Day 2026: 1–7 Oct off, Saturday 10 Oct worked.
        assertThat(CALENDAR.addWorkingDays(d("2026-09-30"), 3).value()).isEqualTo("2026-10-10");
    }

    @Test
    void mid_autumn_next_to_national_day_is_one_period() {
        // 2028: Mid-Autumn 3 Oct inside National Day; 2001: Mid-Autumn on 1 October (before the 2008 measures: none).
        var measures = HolidayMeasures.ORDER_795;
        var lunar = new LunarDates(2031, d("2031-01-23"), d("2031-04-05"), d("2031-06-24"), d("2031-10-01"));
        List<PublicHoliday> holidays = measures.computedHolidays(lunar);
        PublicHoliday autumn = holidays.getLast();
        assertThat(autumn.nameEn()).isEqualTo("Mid-Autumn Festival and National Day");
        // 1–3 Oct 2031 (Wed–Fri): no weekend day, so no made-up day.
        assertThat(autumn.from()).isEqualTo("2031-10-01");
        assertThat(autumn.to()).isEqualTo("2031-10-03");
    }

    @Test
    void the_shipped_notices_agree_with_the_measures() {
        LunarTable lunar = CALENDAR.lunar();
        for (HolidayYear notice : CALENDAR.notices()) {
            var measures = HolidayMeasures.inForce(notice.year()).orElseThrow();
            assertThat(measures.check(notice.holidays(), lunar.year(notice.year()).orElseThrow()))
                    .as("notice for %d", notice.year()).isEmpty();
        }
        assertThat(HolidayMeasures.inForce(2024)).contains(HolidayMeasures.ORDER_644);
        assertThat(HolidayMeasures.inForce(2025)).contains(HolidayMeasures.ORDER_795);
    }

    @Test
    void a_notice_that_drops_a_statutory_day_is_inconsistent() {
        var lunar = CALENDAR.lunar().year(2026).orElseThrow();
        List<PublicHoliday> withoutEve = List.of(
                new PublicHoliday("春节", "Spring Festival", d("2026-02-17"), d("2026-02-23")),
                new PublicHoliday("植树节", "Tree Day", d("2026-03-12"), d("2026-03-12")));
        var problems = HolidayMeasures.ORDER_795.check(withoutEve, lunar);
        assertThat(problems).extracting(HolidayMeasures.Inconsistency::message)
                .anyMatch(m -> m.startsWith("2026-02-16 (春节 / Spring Festival) is a statutory holiday"))
                .anyMatch(m -> m.contains("Tree Day") && m.contains("holds no statutory holiday"));
        assertThat(problems).extracting(HolidayMeasures.Inconsistency::where).contains("holidays[1]");
    }
}
