package org.redress.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.random.RandomGenerator;

/** Times of day in the office's zone (China Standard Time), always moving forward. */
final class OfficeClock {

    static final ZoneOffset CHINA = ZoneOffset.ofHours(8);
    private static final int OPENS = 8 * 60 + 40;
    private static final int CLOSES = 17 * 60 + 20;

    private OfficeClock() {
    }

    /** A moment in office hours on {@code day}, after {@code notBefore} when that is the same day or later. */
    static Instant during(LocalDate day, Instant notBefore, RandomGenerator random) {
        Instant at = at(day, OPENS + random.nextInt(CLOSES - OPENS));
        if (!at.isAfter(notBefore)) {
            at = notBefore.plusSeconds(60L * (1 + random.nextInt(25)) + random.nextInt(60));
        }
        return at;
    }

    static Instant at(LocalDate day, int minuteOfDay) {
        return day.atTime(LocalTime.of(minuteOfDay / 60, minuteOfDay % 60)).toInstant(CHINA);
    }

    static Instant at(LocalDate day, int minuteOfDay, int second) {
        return at(day, minuteOfDay).plusSeconds(second);
    }

    static LocalDate dayOf(Instant instant) {
        return instant.atOffset(CHINA).toLocalDate();
    }
}
