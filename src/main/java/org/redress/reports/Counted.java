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

    /**
     * Runs a report query whose rows are {@code keys} text columns then {@code values} counts; dates
     * among the parameters are bound as ISO text, as the report tables keep them.
     */
    static java.util.List<Counted> query(java.sql.Connection connection, String sql, java.util.List<?> params, int keys,
                                         int values) {
        try (java.sql.PreparedStatement ps = connection.prepareStatement(sql)) {
            for (int i = 0; i < params.size(); i++) {
                Object p = params.get(i);
                ps.setObject(i + 1, p instanceof java.time.LocalDate d ? d.toString() : p);
            }
            try (java.sql.ResultSet rs = ps.executeQuery()) {
                return read(rs, keys, values);
            }
        } catch (java.sql.SQLException e) {
            throw new org.redress.store.StoreException("a report query failed", e);
        }
    }

    /**
     * Every row of a report query: {@code keys} text columns then {@code values} counts. Shared by the
     * workstation's SQLite readers and the hub's PostgreSQL one, which bind their parameters each their way.
     */
    public static java.util.List<Counted> read(java.sql.ResultSet rs, int keys, int values) throws java.sql.SQLException {
        java.util.List<Counted> out = new java.util.ArrayList<>();
        while (rs.next()) {
            String[] k = new String[keys];
            for (int i = 0; i < keys; i++) {
                k[i] = rs.getString(i + 1);
            }
            long[] v = new long[values];
            for (int i = 0; i < values; i++) {
                v[i] = rs.getLong(keys + i + 1);
            }
            out.add(new Counted(k, v));
        }
        return out;
    }
}
