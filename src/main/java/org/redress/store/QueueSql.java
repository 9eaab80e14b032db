package org.redress.store;

import org.jspecify.annotations.Nullable;
import org.redress.domain.appeal.CaseStatus;
import org.redress.domain.appeal.Priority;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Builds the queue's SQL. Without search text the ids come from one arm per status, each reading
 * its status-led index in sort order, merged by a UNION ALL under ORDER BY: SQLite merges sorted
 * arms and stops after the page, so no query sorts the whole queue. With search text the FTS
 * matches drive and are sorted (search results are few); so do a drill-down's cases, and the
 * overdue cases when the queue is not sorted by deadline.
 */
final class QueueSql {

    final StringBuilder sql = new StringBuilder();
    final List<Object> params = new ArrayList<>();

    static int priorityRank(Priority priority) {
        return priority == Priority.URGENT ? 0 : 1;
    }

    /** The statuses a filter admits, in enum order. */
    static Set<CaseStatus> statuses(QueueFilter filter) {
        EnumSet<CaseStatus> set = filter.statuses().isEmpty()
                ? EnumSet.allOf(CaseStatus.class) : EnumSet.copyOf(filter.statuses());
        if (filter.overdueOn() != null) {
            set.removeIf(status -> !status.isOpen());
        }
        return set;
    }

    static Optional<String> match(QueueFilter filter) {
        return filter.text() == null ? Optional.empty() : CaseSearchText.matchQuery(filter.text());
    }

    /** SELECT id, k1[, k2] of the filtered cases in queue order, LIMIT ? OFFSET ? bound. */
    static QueueSql orderedIds(QueueFilter filter, QueueOrder order, @Nullable QueueCursor after, int limit,
                               long offset) {
        QueueSql q = new QueueSql();
        Set<CaseStatus> statuses = statuses(filter);
        Optional<String> match = match(filter);
        if (match.isPresent()) {
            q.selectKeys(order);
            q.sql.append(" FROM case_search JOIN appeal_case c ON c.id = case_search.rowid WHERE case_search MATCH ?");
            q.params.add(match.get());
            if (statuses.size() < CaseStatus.values().length) {
                q.statusIn(statuses);
            }
            q.conditions(filter);
            q.keyset(order, after);
        } else if (filter.cases() != null) {
            // A drill-down's cases drive: one pass over their ids and a top-N sort, rather than every
            // status arm probing the whole set (a 50,000-case drill: ~0.4 s instead of ~1.4 s).
            q.selectKeys(order);
            q.sql.append(" FROM appeal_case c WHERE 1");
            if (statuses.size() < CaseStatus.values().length) {
                q.statusIn(statuses);
            }
            q.conditions(filter);
            q.keyset(order, after);
        } else if (filter.overdueOn() != null && order.sort() != QueueSort.DEADLINE) {
            // Overdue cases are the oldest of the queue: an arm walking received/priority order
            // would pass every case still in time before reaching them. Range the deadline index
            // instead and sort just the overdue set (top-N, a few percent of open cases).
            q.selectKeys(order);
            q.sql.append(" FROM appeal_case c INDEXED BY appeal_case_overdue WHERE 1");
            q.statusIn(statuses);
            q.conditions(filter);
            q.keyset(order, after);
        } else {
            String union = "";
            for (CaseStatus status : statuses) {
                q.sql.append(union);
                union = " UNION ALL ";
                q.selectKeys(order);
                q.sql.append(" FROM appeal_case c WHERE c.status = ?");
                q.params.add(status.name());
                q.conditions(filter);
                q.keyset(order, after);
            }
        }
        String direction = order.descending() ? " DESC" : " ASC";
        q.sql.append(" ORDER BY ");
        for (int i = 0; i < order.sort().keyColumns().size(); i++) {
            q.sql.append("k").append(i + 1).append(direction).append(", ");
        }
        q.sql.append("id").append(direction).append(" LIMIT ? OFFSET ?");
        q.params.add(limit);
        q.params.add(offset);
        return q;
    }

    /** SELECT count(*) of the filtered cases (all statuses of the filter together). */
    static QueueSql count(QueueFilter filter) {
        QueueSql q = new QueueSql();
        Optional<String> match = match(filter);
        q.sql.append("SELECT count(*)");
        q.from(match);
        Set<CaseStatus> statuses = statuses(filter);
        if (statuses.size() < CaseStatus.values().length) {
            q.statusIn(statuses);
        }
        q.conditions(filter);
        return q;
    }

    /** SELECT status, count(*) of the filtered cases, every status (the filter's own set ignored). */
    static QueueSql countByStatus(QueueFilter filter) {
        QueueSql q = new QueueSql();
        Optional<String> match = match(filter);
        q.sql.append("SELECT c.status, count(*)");
        q.from(match);
        if (filter.overdueOn() != null) {
            q.statusIn(statuses(filter.withStatuses(Set.of())));
        }
        q.conditions(filter);
        q.sql.append(" GROUP BY c.status");
        return q;
    }

    /**
     * Counts from {@code case_facet_count} for a filter with only categorical criteria
     * ({@link QueueFilter#onlyFacets()}): the total, or per status when {@code byStatus}.
     */
    static QueueSql facetCount(QueueFilter filter, boolean byStatus) {
        QueueSql q = new QueueSql();
        q.sql.append(byStatus ? "SELECT c.status, sum(c.n)" : "SELECT ifnull(sum(c.n), 0)")
                .append(" FROM case_facet_count c WHERE 1");
        Set<CaseStatus> statuses = statuses(filter);
        if (!byStatus && statuses.size() < CaseStatus.values().length) {
            q.statusIn(statuses);
        }
        if (filter.priority() != null) {
            q.sql.append(" AND c.priority = ?");
            q.params.add(filter.priority().name());
        }
        q.equal("scheme_code", filter.schemeCode());
        q.equal("rule_category", filter.ruleCategory() == null ? null : filter.ruleCategory().name());
        q.equal("agency_code", filter.agencyCode());
        q.equal("region", filter.region());
        if (byStatus) {
            q.sql.append(" GROUP BY c.status");
        }
        return q;
    }

    private void from(Optional<String> match) {
        if (match.isPresent()) {
            sql.append(" FROM case_search JOIN appeal_case c ON c.id = case_search.rowid WHERE case_search MATCH ?");
            params.add(match.get());
        } else {
            sql.append(" FROM appeal_case c WHERE 1");
        }
    }

    private void selectKeys(QueueOrder order) {
        sql.append("SELECT c.id AS id");
        List<String> keys = order.sort().keyColumns();
        for (int i = 0; i < keys.size(); i++) {
            sql.append(", c.").append(keys.get(i)).append(" AS k").append(i + 1);
        }
    }

    private void statusIn(Set<CaseStatus> statuses) {
        sql.append(" AND c.status IN (")
                .append(statuses.stream().map(s -> "?").collect(Collectors.joining(", "))).append(")");
        statuses.forEach(s -> params.add(s.name()));
    }

    private void conditions(QueueFilter f) {
        if (f.cases() != null) {
            sql.append(" AND c.id IN (SELECT value FROM json_each(?))");
            params.add(f.cases().json());
        }
        if (f.priority() != null) {
            sql.append(" AND c.priority_rank = ?");
            params.add(priorityRank(f.priority()));
        }
        if (f.overdueOn() != null) {
            sql.append(" AND c.deadline_key < ?");
            params.add(f.overdueOn().toString());
        }
        equal("scheme_code", f.schemeCode());
        equal("rule_category", f.ruleCategory() == null ? null : f.ruleCategory().name());
        equal("agency_code", f.agencyCode());
        equal("region", f.region());
        switch (f.assignee()) {
            case AssigneeFilter.Any any -> { }
            case AssigneeFilter.Unassigned none -> sql.append(" AND c.assignee_id IS NULL");
            case AssigneeFilter.Officer officer -> {
                sql.append(" AND c.assignee_id = ?");
                params.add(officer.officerId());
            }
        }
    }

    private void equal(String column, @Nullable String value) {
        if (value != null) {
            sql.append(" AND c.").append(column).append(" = ?");
            params.add(value);
        }
    }

    /** Rows strictly after the cursor in queue order (row values compare lexicographically). */
    private void keyset(QueueOrder order, @Nullable QueueCursor after) {
        if (after == null) {
            return;
        }
        if (!after.order().equals(order)) {
            throw new IllegalArgumentException("the cursor belongs to " + after.order() + ", not " + order);
        }
        List<String> keys = order.sort().keyColumns();
        sql.append(" AND (");
        for (String key : keys) {
            sql.append("c.").append(key).append(", ");
        }
        sql.append("c.id) ").append(order.descending() ? "<" : ">").append(" (");
        for (String key : keys) {
            sql.append("?, ");
            params.add(key.equals("priority_rank") ? after.priorityRank() : after.dateKey());
        }
        sql.append("?)");
        params.add(after.caseId());
    }
}
