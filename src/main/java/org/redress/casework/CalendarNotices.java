package org.redress.casework;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import org.redress.audit.AuditChain;
import org.redress.audit.AuditEntry;
import org.redress.catalog.CalendarCatalog;
import org.redress.domain.access.Officer;
import org.redress.domain.access.Permission;
import org.redress.domain.calendar.HolidayYear;
import org.redress.domain.calendar.WorkingDayCalendar;
import org.redress.security.Authorization;
import org.redress.store.Database;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Holiday notices an administrator loads at run time (issue 19, item 7): a year the release does
 * not ship yet — the State Council publishes each year's notice in the autumn before — becomes a
 * checked data file in the workspace, without a new release. The owner of {@code calendar_notice}
 * (V70, append-only; the newest row of a year is in force).
 *
 * <p>A notice is checked exactly as a shipped one is ({@link CalendarCatalog#read}: its shape, its
 * dates, the national holidays measures against the lunar calendar) and then joined to the shipped
 * years, so one that contradicts a neighbouring year is refused too; a refused file stores nothing.
 * Loading is audited ({@code calendar.notice.load}: year, file hash).
 */
public final class CalendarNotices {

    public static final String NOTICE_LOAD = "calendar.notice.load";

    private final Database database;
    private final Clock clock;

    public CalendarNotices(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** What a load did: the year read, and whether this very file was already the one in force. */
    public record Loaded(HolidayYear year, boolean unchanged) {}

    /**
     * Checks and keeps a notice; loading the file in force again stores nothing.
     *
     * @throws org.redress.catalog.CalendarCatalogException naming the file and entry when it is refused
     * @throws IllegalArgumentException when this release already ships the year
     */
    public Loaded load(Officer admin, String fileName, String json) {
        Authorization.require(admin, Permission.CHANGE_SETTINGS);
        WorkingDayCalendar shipped = CalendarCatalog.fromClasspath();
        HolidayYear year = CalendarCatalog.read(fileName, json, shipped.lunar());
        if (shipped.covers(year.year())) {
            throw new IllegalArgumentException(fileName + ": this release already ships the official calendar for "
                    + year.year() + "; a loaded notice is for a year the release does not have");
        }
        String sha256 = sha256(json);
        return database.writeAndWait(c -> {
            Map<String, String> loaded = newestPerYear(c);
            String inForce = loaded.get(fileName);
            if (inForce != null && sha256(inForce).equals(sha256)) {
                return new Loaded(year, true);
            }
            loaded.put(fileName, json);
            CalendarCatalog.withLoaded(shipped, loaded);   // throws when it contradicts a neighbouring year
            try (PreparedStatement insert = c.prepareStatement("""
                    INSERT INTO calendar_notice (year, file_name, content, sha256, loaded_by, loaded_at)
                    VALUES (?, ?, ?, ?, ?, ?)""")) {
                insert.setInt(1, year.year());
                insert.setString(2, fileName);
                insert.setString(3, json);
                insert.setString(4, sha256);
                insert.setLong(5, Officers.storeId(admin));
                insert.setString(6, clock.instant().toString());
                insert.executeUpdate();
            }
            AuditChain.append(c, new AuditEntry(clock.instant(), Officers.storeId(admin), NOTICE_LOAD, "calendar_notice",
                    Integer.toString(year.year()), JsonNodeFactory.instance.objectNode()
                            .put("year", year.year()).put("sha256", sha256)
                            .put("documentNumber", year.source().documentNumber())));
            return new Loaded(year, false);
        });
    }

    /** The working-day calendar of this workspace: the shipped years and the notices loaded into it. */
    public static WorkingDayCalendar calendar(Database database) {
        return calendar(database, CalendarCatalog.fromClasspath());
    }

    /** {@code shipped} (the release's calendar) joined by the notices loaded into this workspace. */
    public static WorkingDayCalendar calendar(Database database, WorkingDayCalendar shipped) {
        Map<String, String> loaded = database.read(CalendarNotices::newestPerYear);
        return loaded.isEmpty() ? shipped : CalendarCatalog.withLoaded(shipped, loaded);
    }

    private static Map<String, String> newestPerYear(Connection c) throws SQLException {
        var out = new LinkedHashMap<String, String>();
        try (PreparedStatement select = c.prepareStatement("""
                SELECT file_name, content FROM calendar_notice n
                WHERE id = (SELECT max(id) FROM calendar_notice m WHERE m.year = n.year)
                ORDER BY year""");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                out.put(rows.getString(1), rows.getString(2));
            }
        }
        return out;
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
