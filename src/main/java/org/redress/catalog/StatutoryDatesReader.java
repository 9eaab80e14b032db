package org.redress.catalog;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.redress.domain.calendar.LunarDates;
import org.redress.domain.calendar.LunarTable;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the lunar dates table ({@code statutory-dates.json}) the statutory holidays of a year
 * without its notice are computed from. The table is generated with ICU4J and checked against it
 * by the test suite; the application ships the table, not the library.
 */
public final class StatutoryDatesReader {

    public static final String FILE_NAME = "statutory-dates.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private StatutoryDatesReader() {
    }

    /** The shipped table; an empty table when it is missing (years without a notice then count weekends only). */
    public static LunarTable fromClasspath(ClassLoader loader) {
        try (InputStream in = loader.getResourceAsStream(CalendarCatalog.RESOURCE_FOLDER + "/" + FILE_NAME)) {
            if (in == null) {
                return LunarTable.empty();
            }
            return read(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new CalendarCatalogException(FILE_NAME + ": cannot be read: " + e.getMessage(), e);
        }
    }

    static LunarTable read(String text) {
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new CalendarCatalogException(FILE_NAME + ": not valid JSON: " + e.getOriginalMessage(), e);
        }
        JsonNode years = root == null ? null : root.get("years");
        if (years == null || !years.isArray()) {
            throw new CalendarCatalogException(FILE_NAME + ": years: expected a list");
        }
        List<LunarDates> dates = new ArrayList<>();
        for (int i = 0; i < years.size(); i++) {
            JsonNode y = years.get(i);
            String where = FILE_NAME + ": years[" + i + "]";
            try {
                dates.add(new LunarDates(y.path("year").asInt(), date(y, "springFestival"), date(y, "qingming"),
                        date(y, "dragonBoat"), date(y, "midAutumn")));
            } catch (IllegalArgumentException | NullPointerException | DateTimeParseException e) {
                throw new CalendarCatalogException(where + ": " + e.getMessage(), e);
            }
        }
        try {
            return new LunarTable(dates);
        } catch (IllegalArgumentException e) {
            throw new CalendarCatalogException(FILE_NAME + ": " + e.getMessage(), e);
        }
    }

    private static LocalDate date(JsonNode year, String field) {
        JsonNode value = year.get(field);
        if (value == null || !value.isTextual()) {
            throw new IllegalArgumentException(field + ": expected a date (YYYY-MM-DD)");
        }
        return LocalDate.parse(value.asText());
    }
}
