package org.redress.intake;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

/**
 * Reads the fields of one record, turning each bad value into a {@link FeedProblem} that names the
 * field and what is wrong, so a record reports every problem it has at once, not the first.
 */
final class FieldCheck {
    private final RawRecord record;
    private final List<FeedProblem> problems;
    private boolean failed;

    FieldCheck(RawRecord record, List<FeedProblem> problems) {
        this.record = record;
        this.problems = problems;
        if (!record.readingProblems().isEmpty()) {
            problems.addAll(record.readingProblems());
            failed = true;
        }
    }

    boolean failed() {
        return failed;
    }

    void error(@Nullable String field, String message) {
        problems.add(FeedProblem.error(record.where(), field, message));
        failed = true;
    }

    void warning(@Nullable String field, String message) {
        problems.add(FeedProblem.warning(record.where(), field, message));
    }

    @Nullable String optional(String field, int maxLength) {
        String value = record.get(field);
        if (value != null && value.length() > maxLength) {
            error(field, "is " + value.length() + " characters long; at most " + maxLength + " are allowed");
            return null;
        }
        if (value != null && hasControlCharacters(value)) {
            error(field, "contains control characters");
            return null;
        }
        return value;
    }

    @Nullable String required(String field, int maxLength) {
        String value = record.get(field);
        if (value == null) {
            error(field, "is required");
            return null;
        }
        return optional(field, maxLength);
    }

    /** Free text such as a statement: kept verbatim, line breaks allowed. */
    @Nullable String text(String field, int maxLength, boolean required) {
        String value = record.verbatim(field);
        if (value == null) {
            if (required) {
                error(field, "is required");
            }
            return null;
        }
        if (value.length() > maxLength) {
            error(field, "is " + value.length() + " characters long; at most " + maxLength + " are allowed");
            return null;
        }
        return value.strip();
    }

    @Nullable LocalDate date(String field, boolean required, LocalDate today) {
        String value = required ? required(field, 10) : optional(field, 10);
        if (value == null) {
            return null;
        }
        try {
            LocalDate date = parseIsoDate(value);
            if (date.isAfter(today)) {
                error(field, value + " is in the future (today is " + today + ")");
                return null;
            }
            return date;
        } catch (DateTimeParseException e) {
            error(field, describeBadDate(value));
            return null;
        }
    }

    /** Like {@link #date} but a date after today is allowed (ends of publication periods). */
    @Nullable LocalDate anyDate(String field) {
        String value = optional(field, 10);
        if (value == null) {
            return null;
        }
        try {
            return parseIsoDate(value);
        } catch (DateTimeParseException e) {
            error(field, describeBadDate(value));
            return null;
        }
    }

    @Nullable Integer integer(String field, boolean required) {
        String value = required ? required(field, 12) : optional(field, 12);
        if (value == null) {
            return null;
        }
        try {
            return Integer.valueOf(value);
        } catch (NumberFormatException e) {
            error(field, "'" + value + "' is not a whole number");
            return null;
        }
    }

    <E extends Enum<E>> @Nullable E enumValue(String field, Class<E> type, @Nullable E fallback) {
        String value = optional(field, 40);
        if (value == null) {
            return fallback;
        }
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_'));
        } catch (IllegalArgumentException e) {
            StringBuilder allowed = new StringBuilder();
            for (E constant : type.getEnumConstants()) {
                if (!allowed.isEmpty()) {
                    allowed.append(", ");
                }
                allowed.append(constant.name());
            }
            error(field, "'" + value + "' is not one of " + allowed);
            return null;
        }
    }

    /** yyyy-MM-dd without the formatter machinery (imports parse millions); throws like LocalDate.parse. */
    static LocalDate parseIsoDate(String value) {
        if (value.length() == 10 && value.charAt(4) == '-' && value.charAt(7) == '-') {
            int year = digits(value, 0, 4);
            int month = digits(value, 5, 7);
            int day = digits(value, 8, 10);
            if (year >= 0 && month >= 0 && day >= 0) {
                try {
                    return LocalDate.of(year, month, day);
                } catch (java.time.DateTimeException e) {
                    throw new DateTimeParseException(e.getMessage(), value, 0);
                }
            }
        }
        return LocalDate.parse(value);
    }

    private static int digits(String value, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            n = n * 10 + (c - '0');
        }
        return n;
    }

    private static String describeBadDate(String value) {
        if (value.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return value + " is not a date (no such day in the calendar)";
        }
        return "'" + value + "' is not a date in the form YYYY-MM-DD";
    }

    private static boolean hasControlCharacters(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isISOControl(c)) {
                return true;
            }
        }
        return false;
    }
}
