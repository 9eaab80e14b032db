package org.redress.domain.calendar;

import org.jspecify.annotations.Nullable;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The official working-day calendar: Monday to Friday are worked, Saturday and Sunday are not,
 * except that published holiday periods are off and published make-up days (调休) are worked.
 *
 * <p>Coverage is by the year of a date: a date is official when that year's notice is loaded.
 * For any other year the calendar takes the statutory holidays from the national holidays measures
 * ({@link HolidayMeasures}) when the {@link LunarTable} has the year's lunar dates, else weekends
 * only; either way every computation that counts such a day says so through its
 * {@link CoverageWarning}s instead of guessing silently or failing. Thread-safe.
 */
public final class WorkingDayCalendar {
    /** About 40 years of working days; more is a mistake, not a deadline. */
    public static final int MAX_WORKING_DAYS = 10_000;

    private final SortedMap<Integer, HolidayYear> years = new TreeMap<>();
    private final Map<LocalDate, PublicHoliday> holidayOn = new HashMap<>();
    private final Map<LocalDate, Integer> makeUpDayOf = new HashMap<>();
    private final LunarTable lunar;
    /** Per year without a notice: its computed holidays by date (empty without lunar dates). */
    private final Map<Integer, Map<LocalDate, PublicHoliday>> computed = new ConcurrentHashMap<>();

    /**
     * A calendar of published notices only: a year without one counts weekends only.
     *
     * @throws ConflictingNoticesException when a year is given twice or two notices disagree about a date
     */
    public WorkingDayCalendar(Collection<HolidayYear> holidayYears) {
        this(holidayYears, LunarTable.empty());
    }

    /**
     * @param lunar the lunar dates from which a year without a notice gets its statutory holidays
     * @throws ConflictingNoticesException when a year is given twice or two notices disagree about a date
     */
    public WorkingDayCalendar(Collection<HolidayYear> holidayYears, LunarTable lunar) {
        this.lunar = lunar;
        var holidayYearOf = new HashMap<LocalDate, Integer>();
        for (HolidayYear year : holidayYears) {
            if (years.putIfAbsent(year.year(), year) != null) {
                throw new ConflictingNoticesException("two calendars for " + year.year(), List.of(year.year()));
            }
            for (PublicHoliday holiday : year.holidays()) {
                holiday.from().datesUntil(holiday.to().plusDays(1)).forEach(date -> {
                    holidayOn.put(date, holiday);
                    holidayYearOf.put(date, year.year());
                });
            }
            year.makeUpWorkingDays().forEach(date -> makeUpDayOf.put(date, year.year()));
        }
        makeUpDayOf.forEach((date, makeUpYear) -> {
            PublicHoliday holiday = holidayOn.get(date);
            if (holiday != null) {
                int holidayYear = holidayYearOf.get(date);
                throw new ConflictingNoticesException(date + " is a make-up working day in the " + makeUpYear
                        + " calendar but falls inside holiday " + holiday.describe() + " of the " + holidayYear
                        + " calendar", List.of(makeUpYear, holidayYear));
            }
        });
    }

    /** The same calendar with more notices (say, a year an administrator loaded). */
    public WorkingDayCalendar withNotices(Collection<HolidayYear> more) {
        var all = new java.util.ArrayList<HolidayYear>(years.values());
        all.addAll(more);
        return new WorkingDayCalendar(all, lunar);
    }

    /** The notices this calendar holds, in year order. */
    public List<HolidayYear> notices() {
        return List.copyOf(years.values());
    }

    public LunarTable lunar() {
        return lunar;
    }

    /**
     * The holidays of a year without a notice as the measures give them; empty for a year with a
     * notice, or without lunar dates.
     */
    public List<PublicHoliday> computedHolidays(int year) {
        return computedOf(year).values().stream().distinct()
                .sorted(java.util.Comparator.comparing(PublicHoliday::from)).toList();
    }

    /** Whether a year without a notice has its statutory holidays computed. */
    public boolean holidaysComputed(int year) {
        return !covers(year) && lunar.year(year).isPresent() && HolidayMeasures.inForce(year).isPresent();
    }

    private Map<LocalDate, PublicHoliday> computedOf(int year) {
        if (!holidaysComputed(year)) {
            return Map.of();
        }
        return computed.computeIfAbsent(year, y -> {
            Map<LocalDate, PublicHoliday> byDate = new HashMap<>();
            for (PublicHoliday h : HolidayMeasures.inForce(y).orElseThrow().computedHolidays(lunar.year(y).orElseThrow())) {
                h.from().datesUntil(h.to().plusDays(1)).forEach(d -> byDate.put(d, h));
            }
            return Map.copyOf(byDate);
        });
    }

    /** The years with an official notice, in order. */
    public SortedSet<Integer> coveredYears() {
        return Collections.unmodifiableSortedSet(new TreeSet<>(years.keySet()));
    }

    public boolean covers(int year) {
        return years.containsKey(year);
    }

    public boolean covers(LocalDate date) {
        return covers(date.getYear());
    }

    /** The arrangement and its notice for a year, if loaded. */
    public Optional<HolidayYear> year(int year) {
        return Optional.ofNullable(years.get(year));
    }

    /** What the date is; {@link CalendarDay#official()} tells whether that rests on a notice. */
    public CalendarDay day(LocalDate date) {
        boolean official = covers(date);
        @Nullable PublicHoliday holiday = holidayOn.get(date);
        if (holiday == null && !official) {
            holiday = computedOf(date.getYear()).get(date);
        }
        if (holiday != null) {
            return new CalendarDay(date, DayKind.PUBLIC_HOLIDAY, holiday, official);
        }
        boolean weekend = date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
        if (!weekend) {
            return new CalendarDay(date, DayKind.WORKING_DAY, null, official);
        }
        DayKind kind = makeUpDayOf.containsKey(date) ? DayKind.MAKE_UP_WORKING_DAY : DayKind.WEEKEND;
        return new CalendarDay(date, kind, null, official);
    }

    /**
     * Whether the date is worked. For a year without a notice this is the weekends-only
     * assumption; use {@link #day} or {@link #covers} where the difference must be shown.
     */
    public boolean isWorkingDay(LocalDate date) {
        return day(date).isWorkingDay();
    }

    /**
     * The {@code n}-th working day after the day of receipt. The day of receipt itself never
     * counts, even when it is a working day, and its own kind does not matter; counting starts on
     * the next day. {@code n = 0} gives the day of receipt itself, whatever its kind.
     *
     * @param n number of working days, 0 to {@link #MAX_WORKING_DAYS}
     * @return the date, with a warning for each year without data among the days counted
     */
    public WorkingDayResult<LocalDate> addWorkingDays(LocalDate receipt, int n) {
        checkCount(n);
        var tracker = new CoverageTracker(this::holidaysComputed);
        LocalDate date = receipt;
        int counted = 0;
        while (counted < n) {
            date = date.plusDays(1);
            CalendarDay day = day(date);
            tracker.examined(day);
            if (day.isWorkingDay()) {
                counted++;
            }
        }
        return new WorkingDayResult<>(date, tracker.warnings());
    }

    /**
     * Counts working days between two dates, excluding {@code from} and including {@code to}:
     * <ul>
     *   <li>{@code to} after {@code from}: the working days in (from, to], so
     *       {@code workingDaysBetween(r, addWorkingDays(r, n)) == n};</li>
     *   <li>{@code to} equal to {@code from}: 0;</li>
     *   <li>{@code to} before {@code from}: minus the working days in [to, from).</li>
     * </ul>
     * Read as "working days left" with {@code from} = today and {@code to} = the deadline: today
     * is never counted, the deadline day always is. A positive count is what remains, 0 means due
     * today, and when the deadline (a working day) has passed the count is negative — already −1
     * on the Saturday after a Friday deadline, −2 on the Tuesday after.
     */
    public WorkingDayResult<Integer> workingDaysBetween(LocalDate from, LocalDate to) {
        var tracker = new CoverageTracker(this::holidaysComputed);
        boolean forward = !to.isBefore(from);
        LocalDate start = forward ? from.plusDays(1) : to;
        LocalDate endExclusive = forward ? to.plusDays(1) : from;
        int count = 0;
        for (LocalDate date = start; date.isBefore(endExclusive); date = date.plusDays(1)) {
            CalendarDay day = day(date);
            tracker.examined(day);
            if (day.isWorkingDay()) {
                count++;
            }
        }
        return new WorkingDayResult<>(forward ? count : -count, tracker.warnings());
    }

    static void checkCount(int n) {
        if (n < 0 || n > MAX_WORKING_DAYS) {
            throw new IllegalArgumentException("number of working days must be 0 to " + MAX_WORKING_DAYS + ", not " + n);
        }
    }
}
