package org.redress.domain.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One holiday period as the notice publishes it ("2月15日至23日放假调休"): every day from
 * {@code from} to {@code to}, both included, is off — weekdays and weekends alike.
 */
public record PublicHoliday(String nameZh, String nameEn, LocalDate from, LocalDate to) {

    public PublicHoliday {
        requireText(nameZh, "nameZh");
        requireText(nameEn, "nameEn");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("holiday " + nameZh + " / " + nameEn + " ends before it starts: "
                    + from + " to " + to);
        }
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(from) && !date.isAfter(to);
    }

    /** Calendar days in the period, weekends included. */
    public int days() {
        return (int) (to.toEpochDay() - from.toEpochDay()) + 1;
    }

    /** "春节 / Spring Festival (2026-02-15 to 2026-02-23)": how errors and listings name the entry. */
    public String describe() {
        return nameZh + " / " + nameEn + " (" + from + " to " + to + ")";
    }

    static void requireText(String value, String field) {
        Objects.requireNonNull(value, field);
        if (value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank");
        }
    }
}
