package org.redress.catalog;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.redress.domain.calendar.HolidayYear;
import org.redress.domain.calendar.OfficialNotice;
import org.redress.domain.calendar.PublicHoliday;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.Set;

/**
 * Turns the text of one {@code cn-YYYY.json} file into a {@link HolidayYear}. Walks the JSON tree
 * by hand so every error can say where it is ({@code holidays[1].to}); unknown fields are errors
 * because a misspelt field name would otherwise drop data silently.
 */
final class CalendarFileReader {
    private static final ObjectMapper JSON = new ObjectMapper();

    private CalendarFileReader() {}

    /** A notice as read, with its holiday periods also in the file's order (so {@code holidays[i]} names them). */
    record Parsed(HolidayYear year, java.util.List<PublicHoliday> holidaysInFileOrder) {
    }

    /** @throws IllegalArgumentException naming the entry (the caller adds the file name) */
    static Parsed read(String json) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not valid JSON: " + e.getOriginalMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("not valid JSON: expected an object");
        }
        onlyFields(root, "", Set.of("year", "source", "holidays", "makeUpWorkingDays"));
        int year = integer(root, "year");
        OfficialNotice source = notice(object(root, "source", "source"));
        var holidays = new ArrayList<PublicHoliday>();
        JsonNode holidayNodes = array(root, "holidays");
        for (int i = 0; i < holidayNodes.size(); i++) {
            holidays.add(holiday(holidayNodes.get(i), "holidays[" + i + "]"));
        }
        var makeUpDays = new ArrayList<LocalDate>();
        JsonNode makeUpNodes = array(root, "makeUpWorkingDays");
        for (int i = 0; i < makeUpNodes.size(); i++) {
            makeUpDays.add(date(makeUpNodes.get(i), "makeUpWorkingDays[" + i + "]"));
        }
        try {
            return new Parsed(new HolidayYear(year, holidays, makeUpDays, source), java.util.List.copyOf(holidays));
        } catch (IllegalArgumentException e) {
            String message = e.getMessage();
            throw new IllegalArgumentException((message.startsWith("make-up") ? "makeUpWorkingDays: " : "holidays: ")
                    + message, e);
        }
    }

    private static OfficialNotice notice(JsonNode node) {
        onlyFields(node, "source", Set.of("titleZh", "titleEn", "documentNumber", "issuedOn"));
        return new OfficialNotice(text(node, "source", "titleZh"), text(node, "source", "titleEn"),
                text(node, "source", "documentNumber"), date(field(node, "source", "issuedOn"), "source.issuedOn"));
    }

    private static PublicHoliday holiday(JsonNode node, String where) {
        if (!node.isObject()) {
            throw new IllegalArgumentException(where + ": expected an object");
        }
        onlyFields(node, where, Set.of("nameZh", "nameEn", "from", "to"));
        String nameZh = text(node, where, "nameZh");
        String nameEn = text(node, where, "nameEn");
        LocalDate from = date(field(node, where, "from"), where + ".from");
        LocalDate to = date(field(node, where, "to"), where + ".to");
        try {
            return new PublicHoliday(nameZh, nameEn, from, to);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
        }
    }

    private static void onlyFields(JsonNode node, String where, Set<String> allowed) {
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!allowed.contains(name)) {
                throw new IllegalArgumentException((where.isEmpty() ? "" : where + ": ")
                        + "unknown field \"" + name + "\" (expected " + String.join(", ", allowed.stream().sorted().toList()) + ")");
            }
        }
    }

    private static JsonNode field(JsonNode node, String where, String name) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            throw new IllegalArgumentException((where.isEmpty() ? "" : where + ": ") + "missing \"" + name + "\"");
        }
        return value;
    }

    private static JsonNode object(JsonNode node, String name, String where) {
        JsonNode value = field(node, "", name);
        if (!value.isObject()) {
            throw new IllegalArgumentException(where + ": expected an object");
        }
        return value;
    }

    private static JsonNode array(JsonNode node, String name) {
        JsonNode value = field(node, "", name);
        if (!value.isArray()) {
            throw new IllegalArgumentException(name + ": expected a list");
        }
        return value;
    }

    private static int integer(JsonNode node, String name) {
        JsonNode value = field(node, "", name);
        if (!value.canConvertToExactIntegral() || !value.canConvertToInt()) {
            throw new IllegalArgumentException(name + ": expected a whole number, found " + value);
        }
        return value.intValue();
    }

    private static String text(JsonNode node, String where, String name) {
        JsonNode value = field(node, where, name);
        if (!value.isTextual() || value.asText().isBlank()) {
            throw new IllegalArgumentException(where + "." + name + ": expected non-empty text, found " + value);
        }
        return value.asText();
    }

    private static LocalDate date(JsonNode node, String where) {
        if (!node.isTextual()) {
            throw new IllegalArgumentException(where + ": expected a date as text (YYYY-MM-DD), found " + node);
        }
        try {
            return LocalDate.parse(node.asText());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(where + ": '" + node.asText() + "' is not a date (YYYY-MM-DD)", e);
        }
    }
}
