package org.redress.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * A JSON object read with its path, so every error says exactly where: {@code rules[3] (RC-FIN-01).points}.
 * Unknown fields are errors too: a misspelt optional field would otherwise vanish silently.
 */
final class JsonObject {

    private final JsonNode node;
    private final String path;

    private JsonObject(JsonNode node, String path) {
        this.node = node;
        this.path = path;
    }

    static JsonObject root(JsonNode node) {
        if (!node.isObject()) {
            throw new CatalogFormatException("the file must hold a JSON object");
        }
        return new JsonObject(node, "");
    }

    String path() {
        return path;
    }

    boolean has(String field) {
        return node.hasNonNull(field);
    }

    /** Names this object after a code, for the messages of everything inside it. */
    JsonObject labelled(@Nullable String label) {
        return label == null ? this : new JsonObject(node, path + " (" + label + ")");
    }

    void allowOnly(Set<String> fields) {
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!fields.contains(name)) {
                throw error(at(name), "unknown field (expected one of " + fields.stream().sorted().toList() + ")");
            }
        }
    }

    String text(String field) {
        String value = optText(field);
        if (value == null || value.isBlank()) {
            throw error(at(field), "required text is missing or blank");
        }
        return value;
    }

    @Nullable String optText(String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw error(at(field), "expected text but found " + value.getNodeType());
        }
        return value.asText();
    }

    int integer(String field) {
        Integer value = optInteger(field);
        if (value == null) {
            throw error(at(field), "required number is missing");
        }
        return value;
    }

    @Nullable Integer optInteger(String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isInt()) {
            throw error(at(field), "expected a whole number but found " + value);
        }
        return value.intValue();
    }

    boolean bool(String field, boolean fallback) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return fallback;
        }
        if (!value.isBoolean()) {
            throw error(at(field), "expected true or false but found " + value);
        }
        return value.booleanValue();
    }

    LocalDate date(String field) {
        LocalDate value = optDate(field);
        if (value == null) {
            throw error(at(field), "required date (YYYY-MM-DD) is missing");
        }
        return value;
    }

    @Nullable LocalDate optDate(String field) {
        String value = optText(field);
        try {
            return value == null ? null : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw error(at(field), "not a date (YYYY-MM-DD): " + value);
        }
    }

    @Nullable Period optPeriod(String field) {
        String value = optText(field);
        return value == null ? null : period(value, at(field));
    }

    static Period period(String value, String where) {
        try {
            return Period.parse(value);
        } catch (DateTimeParseException e) {
            throw error(where, "not an ISO period such as P3M or P1Y: " + value);
        }
    }

    JsonObject object(String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isObject()) {
            throw error(at(field), value == null ? "required object is missing" : "expected an object");
        }
        return new JsonObject(value, at(field));
    }

    @Nullable JsonNode raw(String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value;
    }

    List<JsonObject> objects(String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return List.of();
        }
        if (!value.isArray()) {
            throw error(at(field), "expected a list");
        }
        List<JsonObject> items = new ArrayList<>();
        for (int i = 0; i < value.size(); i++) {
            JsonNode item = value.get(i);
            String where = at(field) + "[" + i + "]";
            if (!item.isObject()) {
                throw error(where, "expected an object");
            }
            items.add(new JsonObject(item, where));
        }
        return items;
    }

    List<String> texts(String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return List.of();
        }
        if (!value.isArray()) {
            throw error(at(field), "expected a list of codes");
        }
        List<String> items = new ArrayList<>();
        for (int i = 0; i < value.size(); i++) {
            JsonNode item = value.get(i);
            if (!item.isTextual() || item.asText().isBlank()) {
                throw error(at(field) + "[" + i + "]", "expected a code");
            }
            items.add(item.asText());
        }
        return items;
    }

    String at(String field) {
        return path.isEmpty() ? field : path + "." + field;
    }

    CatalogFormatException error(String message) {
        return error(path.isEmpty() ? "(top level)" : path, message);
    }

    static CatalogFormatException error(String where, String message) {
        return new CatalogFormatException(where + ": " + message);
    }

    /** A structural error in one file; the loader adds the file name. */
    static final class CatalogFormatException extends RuntimeException {
        CatalogFormatException(String message) {
            super(message);
        }
    }
}
