package org.redress.store;

import org.jspecify.annotations.Nullable;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * How Java values are written to and read from columns: dates as ISO {@code YYYY-MM-DD}, instants
 * as fixed-width UTC text with milliseconds (so text order is time order), nulls as SQL NULL.
 */
final class SqlValues {

    private static final DateTimeFormatter INSTANT =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private SqlValues() {
    }

    static String instant(Instant instant) {
        return INSTANT.format(instant.truncatedTo(ChronoUnit.MILLIS));
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        return Instant.parse(rs.getString(column));
    }

    static @Nullable LocalDate date(ResultSet rs, String column) throws SQLException {
        String text = rs.getString(column);
        return text == null ? null : LocalDate.parse(text);
    }

    static LocalDate requiredDate(ResultSet rs, String column) throws SQLException {
        return LocalDate.parse(rs.getString(column));
    }

    static @Nullable Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    static @Nullable Integer nullableInt(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    static void setDate(PreparedStatement ps, int index, @Nullable LocalDate date) throws SQLException {
        if (date == null) {
            ps.setNull(index, Types.VARCHAR);
        } else {
            ps.setString(index, date.toString());
        }
    }

    static void setText(PreparedStatement ps, int index, @Nullable String text) throws SQLException {
        if (text == null) {
            ps.setNull(index, Types.VARCHAR);
        } else {
            ps.setString(index, text);
        }
    }

    static void setLong(PreparedStatement ps, int index, @Nullable Long value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.INTEGER);
        } else {
            ps.setLong(index, value);
        }
    }

    static void setInt(PreparedStatement ps, int index, @Nullable Integer value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.INTEGER);
        } else {
            ps.setInt(index, value);
        }
    }

    /** The id SQLite gave the row the connection inserted last. */
    static long lastInsertId(java.sql.Connection connection) throws SQLException {
        try (var statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT last_insert_rowid()")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
