package org.redress.store;

import org.jspecify.annotations.Nullable;
import org.redress.domain.appeal.CaseStatus;
import org.redress.domain.appeal.Priority;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The case queue: filtered, sorted pages of cases, by cursor (keyset: no gaps or repeats while
 * cases change) or by offset (for a virtualised table), with totals and per-status counts.
 * Use it on a reader connection: {@code db.read(c -> new CaseQueue(c).page(...))}.
 */
public final class CaseQueue {

    public static final int MAX_PAGE = 1_000;

    private final Connection connection;

    public CaseQueue(Connection connection) {
        this.connection = connection;
    }

    /** The first page ({@code after} null) or the page after a cursor from an earlier page. */
    public QueuePage page(QueueFilter filter, QueueOrder order, @Nullable QueueCursor after, int limit)
            throws SQLException {
        if (QueueSql.statuses(filter).isEmpty()) {
            return new QueuePage(List.of(), null);
        }
        List<QueueRow> rows = fetch(QueueSql.orderedIds(filter, order, after, checkLimit(limit), 0), order);
        QueueCursor next = rows.size() < limit ? null : QueueCursor.after(rows.getLast(), order);
        return new QueuePage(rows, next);
    }

    /** Rows {@code [offset, offset + limit)} of the queue in {@code order}. */
    public List<QueueRow> rows(QueueFilter filter, QueueOrder order, long offset, int limit) throws SQLException {
        if (offset < 0) {
            throw new IllegalArgumentException("offset must not be negative");
        }
        if (QueueSql.statuses(filter).isEmpty()) {
            return List.of();
        }
        return fetch(QueueSql.orderedIds(filter, order, null, checkLimit(limit), offset), order);
    }

    /**
     * How many cases the filter admits. Categorical filters are answered from counts kept by
     * triggers; an assignee, overdue or text criterion counts through an index or the search.
     */
    public long count(QueueFilter filter) throws SQLException {
        if (QueueSql.statuses(filter).isEmpty()) {
            return 0;
        }
        if (filter.onlyStatuses()) {
            Map<CaseStatus, Long> stored = storedCounts();
            return QueueSql.statuses(filter).stream().mapToLong(s -> stored.getOrDefault(s, 0L)).sum();
        }
        QueueSql q = filter.onlyFacets() ? QueueSql.facetCount(filter, false) : QueueSql.count(filter);
        try (PreparedStatement ps = prepare(q); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /**
     * Cases per status under every criterion of the filter except its status set (the filter bar
     * shows each status's count). Without other criteria this reads the counts kept by triggers.
     */
    public Map<CaseStatus, Long> countsByStatus(QueueFilter filter) throws SQLException {
        QueueFilter others = filter.withStatuses(java.util.Set.of());
        if (others.onlyStatuses()) {
            return storedCounts();
        }
        Map<CaseStatus, Long> counts = zeroCounts();
        QueueSql q = others.onlyFacets() ? QueueSql.facetCount(others, true) : QueueSql.countByStatus(others);
        try (PreparedStatement ps = prepare(q); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                counts.put(CaseStatus.valueOf(rs.getString(1)), rs.getLong(2));
            }
        }
        return Collections.unmodifiableMap(counts);
    }

    private Map<CaseStatus, Long> storedCounts() throws SQLException {
        Map<CaseStatus, Long> counts = zeroCounts();
        try (PreparedStatement ps = connection.prepareStatement("SELECT status, n FROM case_status_count");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                counts.put(CaseStatus.valueOf(rs.getString(1)), rs.getLong(2));
            }
        }
        return Collections.unmodifiableMap(counts);
    }

    private static Map<CaseStatus, Long> zeroCounts() {
        Map<CaseStatus, Long> counts = new EnumMap<>(CaseStatus.class);
        for (CaseStatus status : CaseStatus.values()) {
            counts.put(status, 0L);
        }
        return counts;
    }

    private List<QueueRow> fetch(QueueSql ids, QueueOrder order) throws SQLException {
        StringBuilder sql = new StringBuilder("""
                SELECT c.id, c.case_no, s.name, s.identifier, c.scheme_code, c.rule_code, c.points, c.received_on,
                    c.deadline_on, c.priority, c.status, o.display_name, c.version
                FROM (""").append(ids.sql).append("""
                ) q
                JOIN appeal_case c ON c.id = q.id
                JOIN subject s ON s.id = c.subject_id
                LEFT JOIN officer o ON o.id = c.assignee_id
                ORDER BY""").append(' ');
        String direction = order.descending() ? " DESC" : " ASC";
        for (int i = 0; i < order.sort().keyColumns().size(); i++) {
            sql.append("q.k").append(i + 1).append(direction).append(", ");
        }
        sql.append("q.id").append(direction);
        try (PreparedStatement ps = connection.prepareStatement(sql.toString())) {
            bind(ps, ids.params);
            try (ResultSet rs = ps.executeQuery()) {
                List<QueueRow> rows = new ArrayList<>();
                while (rs.next()) {
                    rows.add(new QueueRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6), rs.getInt(7),
                            SqlValues.requiredDate(rs, "received_on"), SqlValues.date(rs, "deadline_on"),
                            Priority.valueOf(rs.getString(10)), CaseStatus.valueOf(rs.getString(11)),
                            rs.getString(12), rs.getLong(13)));
                }
                return rows;
            }
        }
    }

    private PreparedStatement prepare(QueueSql q) throws SQLException {
        PreparedStatement ps = connection.prepareStatement(q.sql.toString());
        bind(ps, q.params);
        return ps;
    }

    private static void bind(PreparedStatement ps, List<Object> params) throws SQLException {
        for (int i = 0; i < params.size(); i++) {
            ps.setObject(i + 1, params.get(i));
        }
    }

    private static int checkLimit(int limit) {
        if (limit < 1 || limit > MAX_PAGE) {
            throw new IllegalArgumentException("page size must be 1.." + MAX_PAGE);
        }
        return limit;
    }

    /** The query plan of a page query, for benchmarks and tuning. */
    public List<String> explain(QueueFilter filter, QueueOrder order, @Nullable QueueCursor after, int limit)
            throws SQLException {
        QueueSql q = QueueSql.orderedIds(filter, order, after, checkLimit(limit), 0);
        List<String> plan = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement("EXPLAIN QUERY PLAN " + q.sql)) {
            bind(ps, q.params);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    plan.add(rs.getString("detail"));
                }
            }
        }
        return plan;
    }
}
