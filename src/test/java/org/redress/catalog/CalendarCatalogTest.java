package org.redress.catalog;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redress.domain.calendar.DayKind;
import org.redress.domain.calendar.OfficialYears;
import org.redress.domain.calendar.WorkingDayCalendar;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CalendarCatalogTest {

    @TempDir
    Path dir;

    private static final String VALID_2026 = """
            {
              "year": 2026,
              "source": { "titleZh": "国务院办公厅关于2026年部分节假日安排的通知", "titleEn": "Notice 2026",
                          "documentNumber": "国办发明电〔2025〕7号", "issuedOn": "2025-11-04" },
              "holidays": [
                { "nameZh": "元旦", "nameEn": "New Year's Day", "from": "2026-01-01", "to": "2026-01-03" },
                { "nameZh": "春节", "nameEn": "Spring Festival", "from": "2026-02-15", "to": "2026-02-23" }
              ],
              "makeUpWorkingDays": ["2026-01-04", "2026-02-14", "2026-02-28"]
            }
            """;

    private void write(String name, String json) throws IOException {
        Files.writeString(dir.resolve(name), json, StandardCharsets.UTF_8);
    }

    private void assertRefused(String name, String json, String... fragments) throws IOException {
        write(name, json);
        assertThatThrownBy(() -> CalendarCatalog.fromDirectory(dir))
                .isInstanceOf(CalendarCatalogException.class)
                .hasMessageStartingWith(name + ": ")
                .hasMessageContainingAll(fragments);
    }

    @Test
    void the_shipped_catalog_matches_the_notices_transcribed_independently() {
        WorkingDayCalendar calendar = CalendarCatalog.fromClasspath();
        assertThat(calendar.coveredYears()).contains(2024, 2025, 2026);
        for (var expected : OfficialYears.all()) {
            assertThat(calendar.year(expected.year())).as("year %d", expected.year()).contains(expected);
        }
    }

    @Test
    void a_valid_file_loads_from_a_directory() throws IOException {
        write("cn-2026.json", VALID_2026);
        Files.writeString(dir.resolve("README.txt"), "not a calendar");
        WorkingDayCalendar calendar = CalendarCatalog.fromDirectory(dir);
        assertThat(calendar.coveredYears()).containsExactly(2026);
        assertThat(calendar.day(LocalDate.parse("2026-02-14")).kind()).isEqualTo(DayKind.MAKE_UP_WORKING_DAY);
    }

    @Test
    void an_empty_directory_gives_a_calendar_that_covers_nothing() {
        assertThat(CalendarCatalog.fromDirectory(dir).coveredYears()).isEmpty();
    }

    @Test
    void a_make_up_day_on_a_weekday_is_refused_naming_file_and_entry() throws IOException {
        assertRefused("cn-2026.json", VALID_2026.replace("\"2026-02-28\"", "\"2026-02-26\""),
                "make-up working day 2026-02-26 is a Thursday");
    }

    @Test
    void a_holiday_outside_the_year_is_refused() throws IOException {
        assertRefused("cn-2026.json", VALID_2026.replace("\"2026-02-15\"", "\"2025-02-15\""),
                "春节 / Spring Festival", "outside 2026");
    }

    @Test
    void overlapping_holidays_are_refused() throws IOException {
        assertRefused("cn-2026.json", VALID_2026.replace("\"to\": \"2026-01-03\"", "\"to\": \"2026-02-16\""),
                "overlaps", "元旦 / New Year's Day");
    }

    @Test
    void a_date_that_is_not_a_date_is_refused_with_its_place() throws IOException {
        assertRefused("cn-2026.json", VALID_2026.replace("\"2026-02-23\"", "\"2026-02-30\""),
                "holidays[1].to", "'2026-02-30' is not a date");
        assertRefused("cn-2026.json", VALID_2026.replace("\"2026-01-04\"", "\"4 Jan\""),
                "makeUpWorkingDays[0]", "'4 Jan' is not a date");
    }

    @Test
    void a_missing_field_is_refused_with_its_place() throws IOException {
        assertRefused("cn-2026.json", VALID_2026.replace("\"nameEn\": \"Spring Festival\", ", ""),
                "holidays[1]", "missing \"nameEn\"");
        assertRefused("cn-2026.json", VALID_2026.replace("\"documentNumber\": \"国办发明电〔2025〕7号\",", ""),
                "source", "missing \"documentNumber\"");
    }

    @Test
    void an_unknown_field_is_refused_so_typos_do_not_pass_silently() throws IOException {
        assertRefused("cn-2026.json", VALID_2026.replace("\"makeUpWorkingDays\"", "\"makeupWorkingDays\""),
                "unknown field \"makeupWorkingDays\"");
    }

    @Test
    void a_year_that_disagrees_with_the_file_name_is_refused() throws IOException {
        assertRefused("cn-2025.json", VALID_2026, "says year 2026", "2025");
    }

    @Test
    void a_file_name_without_a_year_is_refused() throws IOException {
        assertRefused("cn-latest.json", VALID_2026, "cn-<year>.json");
    }

    @Test
    void broken_json_is_refused() throws IOException {
        assertRefused("cn-2026.json", VALID_2026.substring(0, 40), "not valid JSON");
    }

    @Test
    void notices_that_contradict_each_other_are_refused_naming_both_files() throws IOException {
        write("cn-2026.json", VALID_2026.replace("\"2026-02-28\"]", "\"2026-02-28\", \"2026-12-27\"]"));
        write("cn-2027.json", """
                { "year": 2027,
                  "source": { "titleZh": "t", "titleEn": "t", "documentNumber": "n", "issuedOn": "2026-11-01" },
                  "holidays": [ { "nameZh": "元旦", "nameEn": "New Year's Day", "from": "2026-12-27", "to": "2027-01-01" } ],
                  "makeUpWorkingDays": [] }
                """);
        assertThatThrownBy(() -> CalendarCatalog.fromDirectory(dir))
                .isInstanceOf(CalendarCatalogException.class)
                .hasMessageContainingAll("cn-2026.json", "cn-2027.json", "2026-12-27");
    }

    @Test
    void calendars_load_from_inside_a_jar_as_the_installed_application_does() throws IOException {
        Path jar = dir.resolve("catalog.jar");
        try (var out = new JarOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new JarEntry("catalogs/"));
            out.putNextEntry(new JarEntry("catalogs/calendar/"));
            putEntry(out, "catalogs/calendar/cn-2026.json", VALID_2026);
            putEntry(out, "catalogs/calendar/notes.txt", "ignored");
        }
        try (var loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            WorkingDayCalendar calendar = CalendarCatalog.fromClasspath(loader);
            assertThat(calendar.coveredYears()).containsExactly(2026);
        }
    }

    @Test
    void the_same_year_found_twice_on_the_class_path_is_refused() throws IOException {
        Path first = Files.createDirectories(dir.resolve("a/catalogs/calendar"));
        Path second = Files.createDirectories(dir.resolve("b/catalogs/calendar"));
        Files.writeString(first.resolve("cn-2026.json"), VALID_2026);
        Files.writeString(second.resolve("cn-2026.json"), VALID_2026);
        try (var loader = new URLClassLoader(new URL[] {
                dir.resolve("a").toUri().toURL(), dir.resolve("b").toUri().toURL()}, null)) {
            assertThatThrownBy(() -> CalendarCatalog.fromClasspath(loader))
                    .isInstanceOf(CalendarCatalogException.class)
                    .hasMessageContainingAll("cn-2026.json", "twice");
        }
    }

    private static void putEntry(JarOutputStream out, String name, String text) throws IOException {
        out.putNextEntry(new JarEntry(name));
        OutputStream body = out;
        body.write(text.getBytes(StandardCharsets.UTF_8));
        out.closeEntry();
    }
}
