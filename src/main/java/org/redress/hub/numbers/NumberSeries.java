package org.redress.hub.numbers;

import org.jspecify.annotations.Nullable;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;

/**
 * The hub's series, one per (kind, prefix, year), each with the lowest number never handed out.
 * All methods run inside the caller's transaction; the series row is locked by the update that
 * moves it, so two hub instances never hand out one number twice.
 */
public final class NumberSeries {

    public static final String CASE = "CASE";
    public static final String LETTER = "LETTER";
    /** Numbers run from 1 to this (six digits). */
    public static final long MAX = 999_999;

    private NumberSeries() {
    }

    /** Who a number was leased to: the calling device, another one, or no one (the hub's own, or never given). */
    public enum Holder { CALLER, OTHER_DEVICE, NO_LEASE }

    /**
     * Makes the series if new. A new case series starts past every number of that prefix and year
     * the hub holds already (cases of the time before leases).
     */
    public static void ensure(Connection c, String kind, String prefix, int year) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO number_series (kind, prefix, year, next)
                SELECT ?, ?, ?, least(1000000, 1 + coalesce((
                    SELECT max(split_part(case_no, '-', 3)::int) FROM hub_case
                    WHERE ? = 'CASE' AND case_no LIKE ? AND case_no ~ '^[A-Z]{2,8}-[0-9]{4}-[0-9]{6}$'), 0))
                ON CONFLICT (kind, prefix, year) DO NOTHING""")) {
            ps.setString(1, kind);
            ps.setString(2, prefix);
            ps.setInt(3, year);
            ps.setString(4, kind);
            ps.setString(5, prefix + "-" + "%04d".formatted(year) + "-%");
            ps.executeUpdate();
        }
    }

    /** The next number for the hub itself (a provisional case renumbered, an intake case); null when the year's series is used up. */
    public static @Nullable Long allocate(Connection c, String kind, String prefix, int year) throws SQLException {
        ensure(c, kind, prefix, year);
        try (PreparedStatement ps = c.prepareStatement("""
                UPDATE number_series SET next = next + 1 WHERE kind = ? AND prefix = ? AND year = ? AND next <= ?
                RETURNING next - 1""")) {
            ps.setString(1, kind);
            ps.setString(2, prefix);
            ps.setInt(3, year);
            ps.setLong(4, MAX);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : null;
            }
        }
    }

    /**
     * Grants {@code size} numbers (fewer at the end of the year's series) to {@code device}; null
     * when none are left. The lease row is what makes them the device's and nobody else's.
     */
    public static long @Nullable [] grant(Connection c, String kind, String prefix, int year, int size, UUID device,
                                          String office) throws SQLException {
        ensure(c, kind, prefix, year);
        long first;
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT next FROM number_series WHERE kind = ? AND prefix = ? AND year = ? FOR UPDATE")) {
            ps.setString(1, kind);
            ps.setString(2, prefix);
            ps.setInt(3, year);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                first = rs.getLong(1);
            }
        }
        if (first > MAX) {
            return null;
        }
        long last = Math.min(MAX, first + size - 1);
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE number_series SET next = ? WHERE kind = ? AND prefix = ? AND year = ?")) {
            ps.setLong(1, last + 1);
            ps.setString(2, kind);
            ps.setString(3, prefix);
            ps.setInt(4, year);
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO number_lease (kind, prefix, year, first, last, device_id, office_code) VALUES (?, ?, ?, ?, ?, ?, ?)""")) {
            ps.setString(1, kind);
            ps.setString(2, prefix);
            ps.setInt(3, year);
            ps.setLong(4, first);
            ps.setLong(5, last);
            ps.setObject(6, device);
            ps.setString(7, office);
            ps.executeUpdate();
        }
        return new long[] {first, last};
    }

    /**
     * Records a block a workstation already holds as leased to it (a demo workspace made with its
     * first lease before its hub existed) and moves the series past it. A block overlapping another
     * device's lease is refused (false).
     */
    public static boolean adopt(Connection c, String kind, String prefix, int year, long first, long last, UUID device,
                                String office) throws SQLException {
        ensure(c, kind, prefix, year);
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT device_id FROM number_lease WHERE kind = ? AND prefix = ? AND year = ? AND first <= ? AND last >= ?""")) {
            ps.setString(1, kind);
            ps.setString(2, prefix);
            ps.setInt(3, year);
            ps.setLong(4, last);
            ps.setLong(5, first);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if (!device.equals(rs.getObject(1, UUID.class))) {
                        return false;
                    }
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO number_lease (kind, prefix, year, first, last, device_id, office_code) VALUES (?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT DO NOTHING""")) {
            ps.setString(1, kind);
            ps.setString(2, prefix);
            ps.setInt(3, year);
            ps.setLong(4, first);
            ps.setLong(5, last);
            ps.setObject(6, device);
            ps.setString(7, office);
            ps.executeUpdate();
        }
        passBeyond(c, kind, prefix, year, last);
        return true;
    }

    /** Moves the series past {@code number} (a number given before leases, now held). */
    public static void passBeyond(Connection c, String kind, String prefix, int year, long number) throws SQLException {
        ensure(c, kind, prefix, year);
        try (PreparedStatement ps = c.prepareStatement("""
                UPDATE number_series SET next = greatest(next, least(?, 1000000)) WHERE kind = ? AND prefix = ? AND year = ?""")) {
            ps.setLong(1, number + 1);
            ps.setString(2, kind);
            ps.setString(3, prefix);
            ps.setInt(4, year);
            ps.executeUpdate();
        }
    }

    /** Whether {@code number} of the series is below its next number (handed out by the hub or leased). */
    public static boolean handedOut(Connection c, String kind, String prefix, int year, long number) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT next > ? FROM number_series WHERE kind = ? AND prefix = ? AND year = ?")) {
            ps.setLong(1, number);
            ps.setString(2, kind);
            ps.setString(3, prefix);
            ps.setInt(4, year);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        }
    }

    /** Whose lease covers {@code number}. */
    public static Holder holder(Connection c, String kind, String prefix, int year, long number, UUID device)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT device_id, last FROM number_lease WHERE kind = ? AND prefix = ? AND year = ? AND first <= ?
                ORDER BY first DESC LIMIT 1""")) {
            ps.setString(1, kind);
            ps.setString(2, prefix);
            ps.setInt(3, year);
            ps.setLong(4, number);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next() || rs.getLong(2) < number) {
                    return Holder.NO_LEASE;
                }
                return device.equals(rs.getObject(1, UUID.class)) ? Holder.CALLER : Holder.OTHER_DEVICE;
            }
        }
    }
}
