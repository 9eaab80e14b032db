package org.redress.catalog;

import com.ibm.icu.util.ChineseCalendar;
import com.ibm.icu.util.TimeZone;
import org.junit.jupiter.api.Test;
import org.redress.domain.calendar.LunarDates;
import org.redress.domain.calendar.LunarTable;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

/** The shipped lunar dates table is exactly what ICU4J (checked by the new moons) makes of each year. */
class StatutoryDatesTableTest {

    @Test
    void the_shipped_table_is_what_the_generator_makes() throws IOException {
        String shipped = Files.readString(LunarTableGenerator.FILE, StandardCharsets.UTF_8);
        assertThat(shipped).as("run LunarTableGenerator.main to write it again")
                .isEqualTo(LunarTableGenerator.json(LunarTableGenerator.generate()));
    }

    @Test
    void the_application_reads_every_year_of_it() {
        LunarTable table = StatutoryDatesReader.fromClasspath(getClass().getClassLoader());
        assertThat(table.years()).hasSize(LunarTableGenerator.LAST_YEAR - LunarTableGenerator.FIRST_YEAR + 1);
        LunarDates y2027 = table.year(2027).orElseThrow();
        assertThat(y2027.springFestivalEve()).isEqualTo("2027-02-05");
        assertThat(y2027.springFestival()).isEqualTo("2027-02-06");
        assertThat(y2027.qingming()).isEqualTo("2027-04-05");
        assertThat(y2027.dragonBoat()).isEqualTo("2027-06-09");
        assertThat(y2027.midAutumn()).isEqualTo("2027-09-15");
    }

    @Test
    void where_icu4j_puts_a_new_moon_after_midnight_the_new_moon_decides() {
        // ICU4J's Chinese calendar starts 2027 on 7 February; the new moon is 23:56 on the 6th (UTC+8).
        var chinese = new ChineseCalendar(TimeZone.getTimeZone("GMT"));
        chinese.setTimeInMillis(LocalDate.of(2027, 2, 7).atTime(12, 0).toInstant(ZoneOffset.UTC).toEpochMilli());
        assertThat(chinese.get(ChineseCalendar.MONTH)).isZero();
        assertThat(chinese.get(ChineseCalendar.DAY_OF_MONTH)).isEqualTo(1);
        var newMoon = NewMoons.instant(Math.round(27.1 * 12.3685)).atOffset(ZoneOffset.ofHours(8));
        assertThat(newMoon.toLocalDate()).isEqualTo("2027-02-06");
        assertThat(newMoon.toLocalTime()).isBetween(java.time.LocalTime.of(23, 50), java.time.LocalTime.of(23, 59));
        assertThat(StatutoryDatesReader.fromClasspath(getClass().getClassLoader()).year(2027).orElseThrow()
                .springFestival()).isEqualTo("2027-02-06");
    }

    @Test
    void the_new_moons_agree_with_the_published_spring_festivals() {
        // The Spring Festivals the shipped notices name (2024–2026) and a few well known ones.
        for (String day : new String[] {"2008-02-07", "2020-01-25", "2024-02-10", "2025-01-29", "2026-02-17",
                "2030-02-03"}) {
            LocalDate date = LocalDate.parse(day);
            assertThat(NewMoons.nearest(date)).isEqualTo(date);
        }
    }
}
