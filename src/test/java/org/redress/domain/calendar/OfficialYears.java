package org.redress.domain.calendar;

import java.time.LocalDate;
import java.util.List;

/**
 * The State Council notices for 2024–2026, transcribed by hand a second time, independently of
 * the JSON catalog. The catalog test compares the two, so a typo in either shows up.
 */
public final class OfficialYears {
    private OfficialYears() {}

    public static HolidayYear year2024() {
        return new HolidayYear(2024, List.of(
                holiday("元旦", "New Year's Day", "2024-01-01", "2024-01-01"),
                holiday("春节", "Spring Festival", "2024-02-10", "2024-02-17"),
                holiday("清明节", "Qingming Festival", "2024-04-04", "2024-04-06"),
                holiday("劳动节", "Labour Day", "2024-05-01", "2024-05-05"),
                holiday("端午节", "Dragon Boat Festival", "2024-06-10", "2024-06-10"),
                holiday("中秋节", "Mid-Autumn Festival", "2024-09-15", "2024-09-17"),
                holiday("国庆节", "National Day", "2024-10-01", "2024-10-07")),
                dates("2024-02-04", "2024-02-18", "2024-04-07", "2024-04-28", "2024-05-11",
                        "2024-09-14", "2024-09-29", "2024-10-12"),
                notice(2024, "国办发明电〔2023〕7号", "2023-10-25"));
    }

    public static HolidayYear year2025() {
        return new HolidayYear(2025, List.of(
                holiday("元旦", "New Year's Day", "2025-01-01", "2025-01-01"),
                holiday("春节", "Spring Festival", "2025-01-28", "2025-02-04"),
                holiday("清明节", "Qingming Festival", "2025-04-04", "2025-04-06"),
                holiday("劳动节", "Labour Day", "2025-05-01", "2025-05-05"),
                holiday("端午节", "Dragon Boat Festival", "2025-05-31", "2025-06-02"),
                holiday("国庆节、中秋节", "National Day and Mid-Autumn Festival", "2025-10-01", "2025-10-08")),
                dates("2025-01-26", "2025-02-08", "2025-04-27", "2025-09-28", "2025-10-11"),
                notice(2025, "国办发明电〔2024〕12号", "2024-11-12"));
    }

    public static HolidayYear year2026() {
        return new HolidayYear(2026, List.of(
                holiday("元旦", "New Year's Day", "2026-01-01", "2026-01-03"),
                holiday("春节", "Spring Festival", "2026-02-15", "2026-02-23"),
                holiday("清明节", "Qingming Festival", "2026-04-04", "2026-04-06"),
                holiday("劳动节", "Labour Day", "2026-05-01", "2026-05-05"),
                holiday("端午节", "Dragon Boat Festival", "2026-06-19", "2026-06-21"),
                holiday("中秋节", "Mid-Autumn Festival", "2026-09-25", "2026-09-27"),
                holiday("国庆节", "National Day", "2026-10-01", "2026-10-07")),
                dates("2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10"),
                notice(2026, "国办发明电〔2025〕7号", "2025-11-04"));
    }

    public static List<HolidayYear> all() {
        return List.of(year2024(), year2025(), year2026());
    }

    public static WorkingDayCalendar calendar() {
        return new WorkingDayCalendar(all());
    }

    static PublicHoliday holiday(String zh, String en, String from, String to) {
        return new PublicHoliday(zh, en, LocalDate.parse(from), LocalDate.parse(to));
    }

    static List<LocalDate> dates(String... isoDates) {
        return java.util.Arrays.stream(isoDates).map(LocalDate::parse).toList();
    }

    static OfficialNotice notice(int year, String number, String issuedOn) {
        return new OfficialNotice("国务院办公厅关于" + year + "年部分节假日安排的通知",
                "Notice of the General Office of the State Council on the Arrangement of Certain Public Holidays in " + year,
                number, LocalDate.parse(issuedOn));
    }
}
