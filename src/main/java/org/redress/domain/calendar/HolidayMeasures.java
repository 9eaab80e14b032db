package org.redress.domain.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The national holidays measures (《全国年节及纪念日放假办法》) in the versions that fix today's
 * statutory days: which days of a year are off for every citizen whatever the year's notice says,
 * and Article 6, by which such a day falling on a Saturday or Sunday is made up on a working day
 * (补假). A year's notice arranges these days (and the weekends worked in exchange, 调休) but may
 * not drop one; a year without its notice still has them.
 */
public enum HolidayMeasures {
    /** Order No. 513, effective 2008: the Spring Festival is the eve and the first two days. */
    ORDER_513("国务院令第513号", "State Council Order No. 513", LocalDate.of(2007, 12, 14), LocalDate.of(2008, 1, 1)),
    /** Order No. 644, effective 2014: the Spring Festival is the first three days of the first month. */
    ORDER_644("国务院令第644号", "State Council Order No. 644", LocalDate.of(2013, 12, 11), LocalDate.of(2014, 1, 1)),
    /** Order No. 795, effective 2025: the eve is added back, and 2 May. */
    ORDER_795("国务院令第795号", "State Council Order No. 795", LocalDate.of(2024, 11, 10), LocalDate.of(2025, 1, 1));

    private final String orderZh;
    private final String orderEn;
    private final LocalDate promulgated;
    private final LocalDate effective;

    HolidayMeasures(String orderZh, String orderEn, LocalDate promulgated, LocalDate effective) {
        this.orderZh = orderZh;
        this.orderEn = orderEn;
        this.promulgated = promulgated;
        this.effective = effective;
    }

    /** The version in force throughout {@code year}; empty before 2008. */
    public static Optional<HolidayMeasures> inForce(int year) {
        HolidayMeasures found = null;
        for (HolidayMeasures m : values()) {
            if (m.effective.getYear() <= year) {
                found = m;
            }
        }
        return Optional.ofNullable(found);
    }

    public String orderZh() {
        return orderZh;
    }

    public String orderEn() {
        return orderEn;
    }

    public LocalDate promulgated() {
        return promulgated;
    }

    public LocalDate effective() {
        return effective;
    }

    /** The statutory days off of the year, festival by festival (Article 2). */
    public Map<Festival, List<LocalDate>> statutoryDays(LunarDates lunar) {
        int y = lunar.year();
        Map<Festival, List<LocalDate>> days = new EnumMap<>(Festival.class);
        days.put(Festival.NEW_YEAR, List.of(LocalDate.of(y, 1, 1)));
        LocalDate first = lunar.springFestival();
        days.put(Festival.SPRING_FESTIVAL, switch (this) {
            case ORDER_513 -> List.of(lunar.springFestivalEve(), first, first.plusDays(1));
            case ORDER_644 -> List.of(first, first.plusDays(1), first.plusDays(2));
            case ORDER_795 -> List.of(lunar.springFestivalEve(), first, first.plusDays(1), first.plusDays(2));
        });
        days.put(Festival.QINGMING, List.of(lunar.qingming()));
        days.put(Festival.LABOUR_DAY, this == ORDER_795
                ? List.of(LocalDate.of(y, 5, 1), LocalDate.of(y, 5, 2)) : List.of(LocalDate.of(y, 5, 1)));
        days.put(Festival.DRAGON_BOAT, List.of(lunar.dragonBoat()));
        days.put(Festival.MID_AUTUMN, List.of(lunar.midAutumn()));
        days.put(Festival.NATIONAL_DAY, List.of(LocalDate.of(y, 10, 1), LocalDate.of(y, 10, 2), LocalDate.of(y, 10, 3)));
        return days;
    }

    /**
     * The year's holidays as the measures alone give them: each festival's statutory days, festivals
     * whose days touch taken together (Mid-Autumn next to National Day), and for every statutory day
     * on a Saturday or Sunday a working day off after it (Article 6). No weekend is made a working day:
     * only the notice does that.
     */
    public List<PublicHoliday> computedHolidays(LunarDates lunar) {
        Map<LocalDate, Set<Festival>> byDay = new TreeMap<>();
        statutoryDays(lunar).forEach((festival, days) -> days.forEach(
                d -> byDay.computeIfAbsent(d, k -> new TreeSet<>()).add(festival)));
        List<List<LocalDate>> blocks = new ArrayList<>();
        for (LocalDate day : byDay.keySet()) {
            if (!blocks.isEmpty() && !blocks.getLast().getLast().plusDays(1).isBefore(day)) {
                blocks.getLast().add(day);
            } else {
                blocks.add(new ArrayList<>(List.of(day)));
            }
        }
        List<PublicHoliday> holidays = new ArrayList<>();
        for (List<LocalDate> block : blocks) {
            long onWeekends = block.stream().filter(HolidayMeasures::weekend).count();
            LocalDate end = block.getLast();
            for (LocalDate next = end.plusDays(1); onWeekends > 0; next = next.plusDays(1)) {
                if (!weekend(next) && !byDay.containsKey(next)) {
                    end = next;
                    onWeekends--;
                }
            }
            Set<Festival> festivals = new TreeSet<>();
            block.forEach(d -> festivals.addAll(byDay.get(d)));
            holidays.add(new PublicHoliday(
                    String.join("、", festivals.stream().map(Festival::nameZh).toList()),
                    String.join(" and ", festivals.stream().map(Festival::nameEn).toList()),
                    block.getFirst(), end));
        }
        return merged(holidays);
    }

    /** Periods that came to touch through their made-up days are one period. */
    private static List<PublicHoliday> merged(List<PublicHoliday> holidays) {
        List<PublicHoliday> result = new ArrayList<>();
        for (PublicHoliday h : holidays) {
            if (!result.isEmpty() && !result.getLast().to().plusDays(1).isBefore(h.from())) {
                PublicHoliday last = result.removeLast();
                result.add(new PublicHoliday(last.nameZh() + "、" + h.nameZh(), last.nameEn() + " and " + h.nameEn(),
                        last.from(), h.to().isAfter(last.to()) ? h.to() : last.to()));
            } else {
                result.add(h);
            }
        }
        return result;
    }

    /** Where a year's notice and the measures disagree; {@code where} names the notice's entry. */
    public record Inconsistency(String where, String message) {
    }

    /**
     * Checks a notice's holiday periods (in the notice's order, so {@code holidays[i]} names the
     * i-th) against the measures: every statutory day lies in one of its holiday periods,
     * and every holiday period holds at least one statutory day (a notice arranges the statutory
     * days; it does not invent a festival).
     */
    public List<Inconsistency> check(List<PublicHoliday> holidays, LunarDates lunar) {
        List<Inconsistency> problems = new ArrayList<>();
        Map<Festival, List<LocalDate>> days = statutoryDays(lunar);
        days.forEach((festival, dates) -> {
            for (LocalDate d : dates) {
                if (holidays.stream().noneMatch(h -> h.contains(d))) {
                    problems.add(new Inconsistency("holidays", d + " (" + festival.nameZh() + " / " + festival.nameEn()
                            + ") is a statutory holiday under " + orderEn + " (" + orderZh
                            + ") but no holiday period of the notice covers it"));
                }
            }
        });
        for (int i = 0; i < holidays.size(); i++) {
            PublicHoliday h = holidays.get(i);
            boolean holdsOne = days.values().stream().flatMap(List::stream).anyMatch(h::contains);
            if (!holdsOne) {
                problems.add(new Inconsistency("holidays[" + i + "]", "holiday " + h.describe()
                        + " holds no statutory holiday under " + orderEn + " (" + orderZh + ")"));
            }
        }
        return problems;
    }

    static boolean weekend(LocalDate date) {
        return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
}
