package org.redress.audit;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What each audit event vouches for beyond its own rows: the rows of the {@link RangeTable}s written
 * since the last event (by range and digest) and the rows of the {@link StateTable}s changed since
 * (by their new digest). {@code audit_watermark} says where the last range ended and
 * {@code audit_pending} (filled by triggers) which stateful rows changed; both are bookkeeping
 * inside the writer's transaction, never trusted by verification.
 *
 * <p>When a write transaction begins, rows past the watermark and pending changes can only have
 * been written outside the workstation (every workstation transaction vouches for its own before
 * it commits): they are passed over, never vouched for, so {@code redress verify} names them.
 */
final class Coverage {

    private static final Logger LOG = LoggerFactory.getLogger(Coverage.class);

    private Coverage() {
    }

    /** Whether the chain vouches for ranges and state yet (a chain begun by an earlier version does not until extended). */
    static boolean tracking(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT EXISTS (SELECT 1 FROM audit_watermark)")) {
            return rs.next() && rs.getBoolean(1);
        }
    }

    private static Map<RangeTable, Long> watermarks(Connection c) throws SQLException {
        Map<RangeTable, Long> marks = new EnumMap<>(RangeTable.class);
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT tbl, upto FROM audit_watermark")) {
            while (rs.next()) {
                String table = rs.getString(1);
                long upTo = rs.getLong(2);
                RangeTable.named(table).ifPresent(t -> marks.put(t, upTo));
            }
        }
        return marks;
    }

    private static void mark(Connection c, RangeTable table, long upTo) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO audit_watermark (tbl, upto) VALUES (?, ?)
                ON CONFLICT (tbl) DO UPDATE SET upto = excluded.upto""")) {
            ps.setString(1, table.table());
            ps.setLong(2, upTo);
            ps.executeUpdate();
        }
    }

    private record Pending(String table, String key) {
    }

    private static List<Pending> pending(Connection c) throws SQLException {
        List<Pending> rows = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT tbl, key FROM audit_pending ORDER BY tbl, key")) {
            while (rs.next()) {
                rows.add(new Pending(rs.getString(1), rs.getString(2)));
            }
        }
        return rows;
    }

    private static void clearPending(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM audit_pending");
        }
    }

    /** Adds to {@code payload} what was written since the last event and moves the bookkeeping on. */
    static void sweep(Connection c, ObjectNode payload) throws SQLException {
        Map<RangeTable, Long> marks = watermarks(c);
        ArrayNode ranges = null;
        for (RangeTable table : RangeTable.values()) {
            long from = marks.getOrDefault(table, 0L);
            long max = table.maxId(c);
            if (max > from) {
                if (ranges == null) {
                    ranges = payload.putArray("ranges");
                }
                range(ranges, table, table.span(c, from, max));
                mark(c, table, max);
            }
        }
        List<Pending> changed = pending(c);
        if (!changed.isEmpty()) {
            ArrayNode state = payload.putArray("state");
            for (Pending p : changed) {
                var table = StateTable.named(p.table());
                if (table.isPresent()) {
                    state.addObject().put("table", p.table()).put("key", p.key())
                            .put("sha256", table.get().digest(c, p.key()));
                }
            }
            clearPending(c);
        }
    }

    /** Vouches for every row of every tracked table as it stands (the first event, or the first under this version). */
    static void sealAll(Connection c, ObjectNode payload) throws SQLException {
        ArrayNode ranges = payload.putArray("ranges");
        for (RangeTable table : RangeTable.values()) {
            long max = table.maxId(c);
            if (max > 0) {
                range(ranges, table, table.span(c, 0, max));
            }
            mark(c, table, max);
        }
        ArrayNode state = payload.putArray("state");
        for (StateTable table : StateTable.values()) {
            for (var row : table.all(c).entrySet()) {
                state.addObject().put("table", table.table()).put("key", row.getKey()).put("sha256", row.getValue());
            }
        }
        clearPending(c);
    }

    private static void range(ArrayNode ranges, RangeTable table, RangeTable.Span span) {
        ranges.addObject().put("table", table.table()).put("from", span.from).put("to", span.to)
                .put("rows", span.rows).put("sha256", span.hex());
    }

    /** Whether this transaction wrote tracked rows no event has vouched for yet. */
    static boolean unsealed(Connection c) throws SQLException {
        Map<RangeTable, Long> marks = watermarks(c);
        for (RangeTable table : RangeTable.values()) {
            if (table.maxId(c) > marks.getOrDefault(table, 0L)) {
                return true;
            }
        }
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT EXISTS (SELECT 1 FROM audit_pending)")) {
            return rs.next() && rs.getBoolean(1);
        }
    }

    /**
     * At the start of a write transaction: passes over rows and changes found outside the chain's
     * bookkeeping, leaving them unvouched, so that the workstation's next event cannot launder them.
     */
    static void disown(Connection c) throws SQLException {
        Map<RangeTable, Long> marks = watermarks(c);
        for (RangeTable table : RangeTable.values()) {
            long mark = marks.getOrDefault(table, 0L);
            long max = table.maxId(c);
            if (max > mark) {
                LOG.warn("{} has rows past id {} that no workstation write made; they stay unvouched", table.table(), mark);
                mark(c, table, max);
            }
        }
        List<Pending> changed = pending(c);
        if (!changed.isEmpty()) {
            LOG.warn("{} change(s) to accounts or settings were made outside the workstation; they stay unvouched",
                    changed.size());
            clearPending(c);
        }
    }
}
