package org.redress.reports;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.Arrays;

/**
 * One group of a grouped count, as both sides' SQL returns it: the group's keys (dates as
 * {@code YYYY-MM-DD}, codes, ids; null where the key is empty) and its counts or sums.
 */
public record Counted(@Nullable String[] keys, long[] values) {

    public static Counted of(long[] values, @Nullable String... keys) {
        return new Counted(keys.clone(), values.clone());
    }

    public @Nullable String key(int i) {
        return keys[i];
    }

    public @Nullable LocalDate date(int i) {
        return keys[i] == null ? null : LocalDate.parse(keys[i]);
    }

    public long value(int i) {
        return values[i];
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Counted c && Arrays.equals(keys, c.keys) && Arrays.equals(values, c.values);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(keys) + Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return Arrays.toString(keys) + "=" + Arrays.toString(values);
    }
}
