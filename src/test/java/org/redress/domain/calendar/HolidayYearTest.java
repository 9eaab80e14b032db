package org.redress.domain.calendar;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.redress.domain.calendar.OfficialYears.dates;
import static org.redress.domain.calendar.OfficialYears.holiday;
import static org.redress.domain.calendar.OfficialYears.notice;

class HolidayYearTest {

    private static final OfficialNotice NOTICE = notice(2026, "test", "2025-11-04");

    @Test
    void the_official_years_are_valid() {
        assertThat(OfficialYears.all()).extracting(HolidayYear::year).containsExactly(2024, 2025, 2026);
    }

    @Test
    void a_make_up_working_day_must_be_a_saturday_or_sunday() {
        assertThatThrownBy(() -> new HolidayYear(2026, List.of(), dates("2026-02-16"), NOTICE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("make-up working day 2026-02-16 is a Monday; make-up working days are Saturdays or Sundays");
    }

    @Test
    void a_make_up_working_day_may_not_fall_inside_a_holiday() {
        assertThatThrownBy(() -> new HolidayYear(2026,
                List.of(holiday("春节", "Spring Festival", "2026-02-14", "2026-02-23")), dates("2026-02-14"), NOTICE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("make-up working day 2026-02-14")
                .hasMessageContaining("春节 / Spring Festival");
    }

    @Test
    void a_make_up_working_day_may_not_be_listed_twice() {
        assertThatThrownBy(() -> new HolidayYear(2026, List.of(), dates("2026-02-14", "2026-02-14"), NOTICE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2026-02-14").hasMessageContaining("twice");
    }

    @Test
    void holidays_may_not_overlap() {
        assertThatThrownBy(() -> new HolidayYear(2026, List.of(
                holiday("中秋节", "Mid-Autumn Festival", "2026-09-25", "2026-10-01"),
                holiday("国庆节", "National Day", "2026-10-01", "2026-10-07")), dates(), NOTICE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("holiday 国庆节 / National Day (2026-10-01 to 2026-10-07) overlaps "
                        + "holiday 中秋节 / Mid-Autumn Festival (2026-09-25 to 2026-10-01)");
    }

    @Test
    void a_holiday_must_lie_within_its_year() {
        assertThatThrownBy(() -> new HolidayYear(2026,
                List.of(holiday("国庆节", "National Day", "2025-10-01", "2025-10-07")), dates(), NOTICE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("国庆节 / National Day").hasMessageContaining("outside 2026");
        assertThatThrownBy(() -> new HolidayYear(2026,
                List.of(holiday("元旦", "New Year's Day", "2026-12-31", "2027-01-01")), dates(), NOTICE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("outside 2026");
    }

    @Test
    void a_make_up_working_day_must_lie_within_its_year() {
        assertThatThrownBy(() -> new HolidayYear(2026, List.of(), dates("2027-01-03"), NOTICE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2027-01-03").hasMessageContaining("outside 2026");
    }

    @Test
    void a_new_year_arrangement_may_reach_back_into_late_december_of_the_year_before() {
        // As the 2019 notice did: 30 Dec 2018 – 1 Jan 2019 off, Sat 29 Dec 2018 worked.
        var year2019 = new HolidayYear(2019,
                List.of(holiday("元旦", "New Year's Day", "2018-12-30", "2019-01-01")),
                dates("2018-12-29"), notice(2019, "test", "2018-12-06"));
        assertThat(year2019.holidays()).hasSize(1);
        assertThatThrownBy(() -> new HolidayYear(2019, List.of(), dates("2018-11-24"), NOTICE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("outside 2019");
    }

    @Test
    void a_holiday_ends_on_or_after_it_starts_and_has_both_names() {
        assertThatThrownBy(() -> holiday("春节", "Spring Festival", "2026-02-23", "2026-02-15"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ends before it starts");
        assertThatThrownBy(() -> holiday(" ", "Spring Festival", "2026-02-15", "2026-02-23"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nameZh");
    }

    @Test
    void the_lists_are_kept_in_date_order_and_cannot_be_changed() {
        var year = new HolidayYear(2026, List.of(
                holiday("国庆节", "National Day", "2026-10-01", "2026-10-07"),
                holiday("元旦", "New Year's Day", "2026-01-01", "2026-01-03")),
                dates("2026-10-10", "2026-01-04"), NOTICE);
        assertThat(year.holidays()).extracting(PublicHoliday::nameEn).containsExactly("New Year's Day", "National Day");
        assertThat(year.makeUpWorkingDays()).containsExactlyElementsOf(dates("2026-01-04", "2026-10-10"));
        assertThatThrownBy(() -> year.makeUpWorkingDays().add(null))
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
