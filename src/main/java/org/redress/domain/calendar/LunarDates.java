package org.redress.domain.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The dates of one Gregorian year that the national holidays follow but a Gregorian calendar
 * cannot tell: the first day of the first lunar month (the Spring Festival; the eve is the day
 * before), the Qingming solar term (the sun at 15° ecliptic longitude), the fifth day of the fifth
 * lunar month (Dragon Boat) and the fifteenth of the eighth (Mid-Autumn), all as dates in China
 * Standard Time.
 */
public record LunarDates(int year, LocalDate springFestival, LocalDate qingming, LocalDate dragonBoat,
                         LocalDate midAutumn) {

    public LunarDates {
        for (LocalDate date : new LocalDate[] {springFestival, qingming, dragonBoat, midAutumn}) {
            Objects.requireNonNull(date, "date");
            if (date.getYear() != year) {
                throw new IllegalArgumentException(date + " does not lie in " + year);
            }
        }
        if (springFestival.getMonthValue() > 2 || springFestival.isBefore(LocalDate.of(year, 1, 21))) {
            throw new IllegalArgumentException("the Spring Festival falls between 21 January and 20 February, not on "
                    + springFestival);
        }
        if (qingming.getMonthValue() != 4 || qingming.getDayOfMonth() < 3 || qingming.getDayOfMonth() > 6) {
            throw new IllegalArgumentException("Qingming falls on 3 to 6 April, not on " + qingming);
        }
    }

    /** Lunar New Year's Eve (除夕): the last day of the lunar year, the day before the Spring Festival. */
    public LocalDate springFestivalEve() {
        return springFestival.minusDays(1);
    }
}
