package org.redress.domain.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One year's official arrangement: its holiday periods and the weekend days that are worked
 * instead (make-up working days, 调休), as one State Council notice publishes them.
 *
 * <p>Every date lies in {@code year}, except that a New Year arrangement may reach back into
 * December of the year before: the notice for 2019, for example, gave 30 Dec 2018 – 1 Jan 2019
 * off and made Saturday 29 Dec 2018 a working day. Holidays do not overlap, and a make-up day
 * is a Saturday or Sunday outside every holiday, listed once. The lists are kept in date order.
 */
public record HolidayYear(int year, List<PublicHoliday> holidays, List<LocalDate> makeUpWorkingDays,
                          OfficialNotice source) {

    public HolidayYear {
        Objects.requireNonNull(source, "source");
        holidays = holidays.stream().sorted(Comparator.comparing(PublicHoliday::from)).toList();
        makeUpWorkingDays = makeUpWorkingDays.stream().sorted().toList();
        checkHolidays(year, holidays);
        checkMakeUpDays(year, holidays, makeUpWorkingDays);
    }

    private static void checkHolidays(int year, List<PublicHoliday> holidays) {
        PublicHoliday previous = null;
        for (PublicHoliday holiday : holidays) {
            if (!belongsTo(year, holiday.from()) || !belongsTo(year, holiday.to())) {
                throw new IllegalArgumentException("holiday " + holiday.describe() + " lies outside " + year);
            }
            if (previous != null && !holiday.from().isAfter(previous.to())) {
                throw new IllegalArgumentException("holiday " + holiday.describe() + " overlaps holiday "
                        + previous.describe());
            }
            previous = holiday;
        }
    }

    private static void checkMakeUpDays(int year, List<PublicHoliday> holidays, List<LocalDate> days) {
        var seen = new HashSet<LocalDate>();
        for (LocalDate day : days) {
            if (!belongsTo(year, day)) {
                throw new IllegalArgumentException("make-up working day " + day + " lies outside " + year);
            }
            DayOfWeek weekday = day.getDayOfWeek();
            if (weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY) {
                throw new IllegalArgumentException("make-up working day " + day + " is a "
                        + weekday.getDisplayName(TextStyle.FULL, Locale.ENGLISH)
                        + "; make-up working days are Saturdays or Sundays");
            }
            if (!seen.add(day)) {
                throw new IllegalArgumentException("make-up working day " + day + " is listed twice");
            }
            for (PublicHoliday holiday : holidays) {
                if (holiday.contains(day)) {
                    throw new IllegalArgumentException("make-up working day " + day + " falls inside holiday "
                            + holiday.describe());
                }
            }
        }
    }

    /** In the year, or in the December before it (a New Year arrangement announced with this year). */
    private static boolean belongsTo(int year, LocalDate date) {
        return date.getYear() == year
                || (date.getYear() == year - 1 && date.getMonthValue() == 12);
    }
}
