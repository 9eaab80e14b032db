package org.redress.store;

import org.jspecify.annotations.Nullable;
import org.redress.domain.appeal.CaseNumber;
import org.redress.domain.appeal.ProvisionalCaseNumber;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.UUID;

/**
 * The office-wide numbers this workstation may give: blocks of the hub's series (per kind, prefix
 * and year) leased to it, used one number at a time inside the caller's write transaction. Numbers
 * never collide between workstations because the hub leases each block to one workstation only;
 * the sync round tops the blocks up when fewer than {@link #LOW_WATER} are left.
 *
 * <pre>{@code
 * OptionalInt seq = new NumberSeries(c).next(NumberSeries.Kind.LETTER, "RD", 2026);   // RD-L-2026-<seq>
 * String caseNo = new NumberSeries(c).nextCaseNumber("RD", 2026, caseId);               // or RD-2026-P-3F2A9C17
 * }</pre>
 */
public final class NumberSeries {

    /** What a series numbers; the names are the protocol's. */
    public enum Kind { CASE, LETTER }

    /** A block asked of the hub. */
    public static final int BLOCK = 100;
    /** Fewer left than this and the next sync asks for another block. */
    public static final int LOW_WATER = BLOCK / 2;
    /** The setting naming the prefix of case numbers (default {@value #DEFAULT_CASE_PREFIX}). */
    public static final String CASE_PREFIX_SETTING = "office.case_number_prefix";
    /** The setting naming the prefix of letter references (the letterhead's office code). */
    public static final String LETTER_PREFIX_SETTING = "office.code";
    public static final String DEFAULT_CASE_PREFIX = "RD";

    /** One block as the workstation holds it. */
    public record Lease(Kind kind, String prefix, int year, long first, long last, long next) {
        public long left() {
            return last - next + 1;
        }
    }

    /** One series, by kind, prefix and year. */
    public record Series(Kind kind, String prefix, int year) {
    }

    private final Connection connection;

    public NumberSeries(Connection connection) {
        this.connection = connection;
    }

    /**
     * Takes the next number of the series from the leased blocks (lowest first); empty when none is
     * left, which for a letter means it cannot be issued until a sync brings more. Run it inside the
     * write that uses the number: a number taken by a write that rolls back is taken again.
     */
    public OptionalInt next(Kind kind, String prefix, int year) throws SQLException {
        long floor = floor(kind, prefix, year);
        while (true) {
            long first;
            long next;
            long last;
            try (PreparedStatement ps = connection.prepareStatement("""
                    SELECT first, next, last FROM number_lease
                    WHERE kind = ? AND prefix = ? AND year = ? AND next <= last ORDER BY first LIMIT 1""")) {
                bind(ps, kind, prefix, year);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return OptionalInt.empty();
                    }
                    first = rs.getLong(1);
                    next = rs.getLong(2);
                    last = rs.getLong(3);
                }
            }
            // Numbers this workspace gave before it had leases are never given twice.
            long number = Math.max(next, floor + 1);
            try (PreparedStatement ps = connection.prepareStatement("""
                    UPDATE number_lease SET next = ? WHERE kind = ? AND prefix = ? AND year = ? AND first = ?""")) {
                ps.setLong(1, Math.min(number, last) + 1);
                ps.setString(2, kind.name());
                ps.setString(3, prefix);
                ps.setInt(4, year);
                ps.setLong(5, first);
                ps.executeUpdate();
            }
            if (number <= last) {
                return OptionalInt.of(Math.toIntExact(number));
            }
        }
    }

    /**
     * A number for a new case received in {@code year}: the next leased one, or, with none left, a
     * provisional one made from the case's id ({@code RD-2026-P-3F2A9C17}) that the hub replaces.
     */
    public String nextCaseNumber(String prefix, int year, UUID caseId) throws SQLException {
        OptionalInt leased = next(Kind.CASE, prefix, year);
        if (leased.isPresent()) {
            return new CaseNumber(prefix, year, leased.getAsInt()).toString();
        }
        return provisionalNumber(prefix, year, caseId);
    }

    /** A provisional number for {@code caseId} that no case of this workspace carries. */
    public String provisionalNumber(String prefix, int year, UUID caseId) throws SQLException {
        for (int length = 8; ; length += 4) {
            String candidate = ProvisionalCaseNumber.of(prefix, year, caseId, length).toString();
            if (length >= 32 || !caseNumberTaken(candidate)) {
                return candidate;
            }
        }
    }

    private boolean caseNumberTaken(String caseNo) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("SELECT 1 FROM appeal_case WHERE case_no = ?")) {
            ps.setString(1, caseNo);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** Numbers left in the leased blocks of a series. */
    public long remaining(Kind kind, String prefix, int year) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("""
                SELECT ifnull(sum(last - max(next, ?) + 1), 0) FROM number_lease
                WHERE kind = ? AND prefix = ? AND year = ? AND max(next, ?) <= last""")) {
            long from = floor(kind, prefix, year) + 1;
            ps.setLong(1, from);
            ps.setString(2, kind.name());
            ps.setString(3, prefix);
            ps.setInt(4, year);
            ps.setLong(5, from);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** The last number of the highest block held (0 for none): the hub re-sends blocks it granted beyond it. */
    public long knownLast(Kind kind, String prefix, int year) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT ifnull(max(last), 0) FROM number_lease WHERE kind = ? AND prefix = ? AND year = ?")) {
            bind(ps, kind, prefix, year);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** The highest number of the series given here before leases existed (0 for none). */
    public long floor(Kind kind, String prefix, int year) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT last FROM number_floor WHERE kind = ? AND prefix = ? AND year = ?")) {
            bind(ps, kind, prefix, year);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        }
    }

    /** Raises the floor of a series (numbers given outside leases: the demo's own history). */
    public void raiseFloor(Kind kind, String prefix, int year, long last) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("""
                INSERT INTO number_floor (kind, prefix, year, last) VALUES (?, ?, ?, ?)
                ON CONFLICT (kind, prefix, year) DO UPDATE SET last = max(last, excluded.last)""")) {
            bind(ps, kind, prefix, year);
            ps.setLong(4, last);
            ps.executeUpdate();
        }
    }

    /** Keeps a block the hub leased; a block held already changes nothing. True when it was new. */
    public boolean addLease(Kind kind, String prefix, int year, long first, long last, Instant grantedAt)
            throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("""
                INSERT OR IGNORE INTO number_lease (kind, prefix, year, first, last, next, granted_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")) {
            bind(ps, kind, prefix, year);
            ps.setLong(4, first);
            ps.setLong(5, last);
            ps.setLong(6, first);
            ps.setString(7, SqlValues.instant(grantedAt));
            return ps.executeUpdate() == 1;
        }
    }

    /** Every block held, in series order. */
    public List<Lease> leases() throws SQLException {
        List<Lease> list = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT kind, prefix, year, first, last, next FROM number_lease ORDER BY kind, prefix, year, first");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                list.add(new Lease(Kind.valueOf(rs.getString(1)), rs.getString(2), rs.getInt(3), rs.getLong(4),
                        rs.getLong(5), rs.getLong(6)));
            }
        }
        return list;
    }

    /** A series' highest number given here before leases existed. */
    public record Floor(Kind kind, String prefix, int year, long last) {
    }

    /** Every floor, in series order. */
    public List<Floor> floors() throws SQLException {
        List<Floor> list = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT kind, prefix, year, last FROM number_floor ORDER BY kind, prefix, year");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                list.add(new Floor(Kind.valueOf(rs.getString(1)), rs.getString(2), rs.getInt(3), rs.getLong(4)));
            }
        }
        return list;
    }

    /** The series this workspace holds blocks of from {@code fromYear} on. */
    public List<Series> seriesHeld(int fromYear) throws SQLException {
        List<Series> list = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT DISTINCT kind, prefix, year FROM number_lease WHERE year >= ? ORDER BY kind, prefix, year")) {
            ps.setInt(1, fromYear);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    list.add(new Series(Kind.valueOf(rs.getString(1)), rs.getString(2), rs.getInt(3)));
                }
            }
        }
        return list;
    }

    /**
     * Forgets every block: they were leased to the device whose id this workspace no longer
     * carries (a copy given a new id), and another copy may be using them. The numbers are lost, never reused.
     */
    public int forgetLeases() throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("DELETE FROM number_lease")) {
            return ps.executeUpdate();
        }
    }

    /** The prefix of this office's case numbers. */
    public String casePrefix() throws SQLException {
        return setting(CASE_PREFIX_SETTING, DEFAULT_CASE_PREFIX);
    }

    /** The prefix of this office's letter references; null when the office code is not set. */
    public @Nullable String letterPrefix() throws SQLException {
        return setting(LETTER_PREFIX_SETTING, null);
    }

    private @Nullable String setting(String key, @Nullable String fallback) throws SQLException {
        String value = new SettingsRepository(connection).get(key).orElse(null);
        return value != null && value.matches("[A-Z]{2,8}") ? value : fallback;
    }

    private static void bind(PreparedStatement ps, Kind kind, String prefix, int year) throws SQLException {
        ps.setString(1, kind.name());
        ps.setString(2, prefix);
        ps.setInt(3, year);
    }
}
