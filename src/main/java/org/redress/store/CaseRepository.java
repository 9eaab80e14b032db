package org.redress.store;

import org.jspecify.annotations.Nullable;
import org.redress.domain.appeal.CaseStatus;
import org.redress.domain.appeal.Channel;
import org.redress.domain.appeal.Ground;
import org.redress.domain.appeal.Priority;
import org.redress.domain.scheme.RuleCategory;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Appeal cases. Every change bumps the case's version (the caller names the version it read, or
 * gets {@link StaleCaseException}) and writes a {@code case_event} line in the same transaction.
 * Whether a transition is legal is the domain's call, not the store's.
 */
public final class CaseRepository {

    static final String COLUMNS = """
            id, case_no, subject_id, scheme_code, status, priority, received_on, deadline_on, ack_deadline_on,
            channel, grounds, ground_text, statement, region, agency_code, rule_category, rule_code, points,
            assignee_id, version, paused_since, created_at, updated_at""";

    private final Connection connection;
    private final Clock clock;

    public CaseRepository(Connection connection) {
        this(connection, Clock.systemUTC());
    }

    public CaseRepository(Connection connection, Clock clock) {
        this.connection = connection;
        this.clock = clock;
    }

    /** Stores a new case with its disputed deductions, its first history line and its search row. */
    public CaseRow insert(NewCase c, @Nullable Long actorId) throws SQLException {
        String now = SqlValues.instant(clock.instant());
        long id;
        try (PreparedStatement ps = connection.prepareStatement("""
                INSERT INTO appeal_case (case_no, subject_id, scheme_code, status, priority, received_on,
                    deadline_on, ack_deadline_on, channel, grounds, ground_text, statement, region, agency_code,
                    rule_category, rule_code, points, assignee_id, version, paused_since, created_at, updated_at, case_uuid)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, NULL, ?, ?, ?)""")) {
            bindNewCase(ps, c, now);
            ps.setString(21, c.caseId().toString());
            ps.executeUpdate();
        }
        id = SqlValues.lastInsertId(connection);
        try (PreparedStatement ps = connection.prepareStatement(
                "INSERT INTO case_deduction (case_id, ledger_event_id) VALUES (?, ?)")) {
            for (long ledgerEventId : c.disputedLedgerEventIds()) {
                ps.setLong(1, id);
                ps.setLong(2, ledgerEventId);
                ps.executeUpdate();
            }
        }
        appendEvent(id, now, actorId, CaseEventRow.RECEIVED, null, c.status(), c.channel().name());
        new CaseSearchIndex(connection).addCase(id, c.caseNo(), subjectName(c.subjectId()), c.statement(),
                c.groundText());
        return byId(id).orElseThrow();
    }

    /** Binds parameters 1..20 of an appeal_case insert in the column order of {@link #insert}. */
    static void bindNewCase(PreparedStatement ps, NewCase c, String now) throws SQLException {
        ps.setString(1, c.caseNo());
        ps.setLong(2, c.subjectId());
        ps.setString(3, c.schemeCode());
        ps.setString(4, c.status().name());
        ps.setString(5, c.priority().name());
        ps.setString(6, c.receivedOn().toString());
        SqlValues.setDate(ps, 7, c.deadlineOn());
        ps.setString(8, c.ackDeadlineOn().toString());
        ps.setString(9, c.channel().name());
        ps.setString(10, groundsText(c.grounds()));
        ps.setString(11, c.groundText());
        ps.setString(12, c.statement());
        ps.setString(13, c.region());
        ps.setString(14, c.agencyCode());
        ps.setString(15, c.ruleCategory().name());
        ps.setString(16, c.ruleCode());
        ps.setInt(17, c.points());
        SqlValues.setLong(ps, 18, c.assigneeId());
        ps.setString(19, now);
        ps.setString(20, now);
    }

    private String subjectName(long subjectId) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("SELECT name FROM subject WHERE id = ?")) {
            ps.setLong(1, subjectId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new StoreException("no subject with id " + subjectId);
                }
                return rs.getString(1);
            }
        }
    }

    public Optional<CaseRow> byId(long id) throws SQLException {
        return one("SELECT " + COLUMNS + " FROM appeal_case WHERE id = ?", id);
    }

    /** The case with global identity {@code caseId}. */
    public Optional<CaseRow> byCaseId(UUID caseId) throws SQLException {
        return one("SELECT " + COLUMNS + " FROM appeal_case WHERE case_uuid = ?", caseId.toString());
    }

    /** The global identity of local case {@code id}. */
    public UUID caseId(long id) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("SELECT case_uuid FROM appeal_case WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new StoreException("no case with id " + id);
                }
                return UUID.fromString(rs.getString(1));
            }
        }
    }

    /**
     * Gives the case the number the office decided (the hub replacing a provisional number, or
     * moving aside a number it gave another case): the history says from what to what and why;
     * the case keeps its id, its version and everything else.
     */
    public void renumber(long caseId, String newCaseNo, String why) throws SQLException {
        String old;
        try (PreparedStatement ps = connection.prepareStatement("SELECT case_no FROM appeal_case WHERE id = ?")) {
            ps.setLong(1, caseId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new StoreException("no case with id " + caseId);
                }
                old = rs.getString(1);
            }
        }
        if (old.equals(newCaseNo)) {
            return;
        }
        String now = SqlValues.instant(clock.instant());
        try (PreparedStatement ps = connection.prepareStatement(
                "UPDATE appeal_case SET case_no = ?, updated_at = ? WHERE id = ?")) {
            ps.setString(1, newCaseNo);
            ps.setString(2, now);
            ps.setLong(3, caseId);
            ps.executeUpdate();
        }
        new CaseSearchIndex(connection).renumber(caseId, newCaseNo);
        appendEvent(caseId, now, null, CaseEventRow.RENUMBERED, null, null, old + " -> " + newCaseNo + " (" + why + ")");
    }

    /**
     * Gives local case {@code caseId} the number the hub decided for it. Should another case here
     * carry that number (one the hub never took: its creation was refused, or it was made before
     * numbers were leased), that case moves aside to a provisional number, its history saying why;
     * the two are never taken for one.
     */
    public void giveNumber(long caseId, String caseNo, String why) throws SQLException {
        Optional<CaseRow> holder = byCaseNo(caseNo);
        if (holder.isPresent() && holder.get().id() != caseId) {
            CaseRow other = holder.get();
            var parsed = org.redress.domain.appeal.CaseNumber.tryParse(caseNo);
            String prefix = parsed.map(org.redress.domain.appeal.CaseNumber::office).orElse(NumberSeries.DEFAULT_CASE_PREFIX);
            int year = parsed.map(org.redress.domain.appeal.CaseNumber::year).orElse(other.receivedOn().getYear());
            renumber(other.id(), new NumberSeries(connection).provisionalNumber(prefix, year, caseId(other.id())),
                    "the hub holds " + caseNo + " as another case");
        }
        renumber(caseId, caseNo, why);
    }

    public Optional<CaseRow> byCaseNo(String caseNo) throws SQLException {
        return one("SELECT " + COLUMNS + " FROM appeal_case WHERE case_no = ?", caseNo);
    }

    public List<CaseRow> bySubject(long subjectId) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT " + COLUMNS + " FROM appeal_case WHERE subject_id = ? ORDER BY id")) {
            ps.setLong(1, subjectId);
            try (ResultSet rs = ps.executeQuery()) {
                List<CaseRow> rows = new ArrayList<>();
                while (rs.next()) {
                    rows.add(read(rs));
                }
                return rows;
            }
        }
    }

    private Optional<CaseRow> one(String sql, Object key) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            ps.setObject(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(read(rs)) : Optional.empty();
            }
        }
    }

    /** The ledger entries the case disputes, in id order. */
    public List<Long> disputedLedgerEventIds(long caseId) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT ledger_event_id FROM case_deduction WHERE case_id = ? ORDER BY ledger_event_id")) {
            ps.setLong(1, caseId);
            try (ResultSet rs = ps.executeQuery()) {
                List<Long> ids = new ArrayList<>();
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
                return ids;
            }
        }
    }

    /** The case's history, oldest first. */
    public List<CaseEventRow> history(long caseId) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("""
                SELECT id, case_id, at, actor_id, action, from_status, to_status, detail
                FROM case_event WHERE case_id = ? ORDER BY id""")) {
            ps.setLong(1, caseId);
            try (ResultSet rs = ps.executeQuery()) {
                List<CaseEventRow> rows = new ArrayList<>();
                while (rs.next()) {
                    String from = rs.getString("from_status");
                    String to = rs.getString("to_status");
                    rows.add(new CaseEventRow(rs.getLong("id"), rs.getLong("case_id"), SqlValues.instant(rs, "at"),
                            SqlValues.nullableLong(rs, "actor_id"), rs.getString("action"),
                            from == null ? null : CaseStatus.valueOf(from), to == null ? null : CaseStatus.valueOf(to),
                            rs.getString("detail")));
                }
                return rows;
            }
        }
    }

    /** Moves the case to {@code to}; the history records from where, who and why. */
    public CaseRow changeStatus(long caseId, long expectedVersion, CaseStatus to, @Nullable Long actorId,
                                @Nullable String detail) throws SQLException {
        CaseRow before = current(caseId, expectedVersion);
        String now = SqlValues.instant(clock.instant());
        update("UPDATE appeal_case SET status = ?, version = version + 1, updated_at = ? WHERE id = ? AND version = ?",
                caseId, expectedVersion, to.name(), now);
        appendEvent(caseId, now, actorId, CaseEventRow.STATUS_CHANGED, before.status(), to, detail);
        return byId(caseId).orElseThrow();
    }

    /** Gives the case to an officer, or takes it back into the unassigned pool with null. */
    public CaseRow assign(long caseId, long expectedVersion, @Nullable Long assigneeId, @Nullable Long actorId)
            throws SQLException {
        current(caseId, expectedVersion);
        String now = SqlValues.instant(clock.instant());
        update("UPDATE appeal_case SET assignee_id = ?, version = version + 1, updated_at = ? WHERE id = ? AND version = ?",
                caseId, expectedVersion, assigneeId, now);
        appendEvent(caseId, now, actorId, CaseEventRow.ASSIGNED, null, null,
                assigneeId == null ? "unassigned" : "officer " + assigneeId);
        return byId(caseId).orElseThrow();
    }

    /**
     * Sets the decision deadline and the pause (the clock stops while waiting on the applicant):
     * the working-day arithmetic is the calendar's; the store keeps the result.
     */
    public CaseRow reschedule(long caseId, long expectedVersion, @Nullable LocalDate deadlineOn,
                              @Nullable LocalDate pausedSince, @Nullable Long actorId, @Nullable String detail)
            throws SQLException {
        current(caseId, expectedVersion);
        String now = SqlValues.instant(clock.instant());
        update("UPDATE appeal_case SET deadline_on = ?, paused_since = ?, version = version + 1, updated_at = ?"
                        + " WHERE id = ? AND version = ?",
                caseId, expectedVersion, deadlineOn == null ? null : deadlineOn.toString(),
                pausedSince == null ? null : pausedSince.toString(), now);
        appendEvent(caseId, now, actorId, CaseEventRow.RESCHEDULED, null, null, detail);
        return byId(caseId).orElseThrow();
    }

    private CaseRow current(long caseId, long expectedVersion) throws SQLException {
        CaseRow row = byId(caseId).orElseThrow(() -> new StoreException("no case with id " + caseId));
        if (row.version() != expectedVersion) {
            throw new StaleCaseException(caseId, expectedVersion);
        }
        return row;
    }

    /** Runs an update whose leading parameters are {@code values} and whose last two are id and version. */
    private void update(String sql, long caseId, long expectedVersion, @Nullable Object... values) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            int i = 1;
            for (Object value : values) {
                ps.setObject(i++, value);
            }
            ps.setLong(i++, caseId);
            ps.setLong(i, expectedVersion);
            if (ps.executeUpdate() != 1) {
                throw new StaleCaseException(caseId, expectedVersion);
            }
        }
    }

    /** Adds a line to the case's history (other packages record their own actions through this). */
    public void appendEvent(long caseId, String at, @Nullable Long actorId, String action,
                            @Nullable CaseStatus from, @Nullable CaseStatus to, @Nullable String detail)
            throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("""
                INSERT INTO case_event (case_id, at, actor_id, action, from_status, to_status, detail)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")) {
            ps.setLong(1, caseId);
            ps.setString(2, at);
            SqlValues.setLong(ps, 3, actorId);
            ps.setString(4, action);
            SqlValues.setText(ps, 5, from == null ? null : from.name());
            SqlValues.setText(ps, 6, to == null ? null : to.name());
            SqlValues.setText(ps, 7, detail);
            ps.executeUpdate();
        }
    }

    /** Adds a line to the case's history at the repository clock's current time. */
    public void appendEvent(long caseId, @Nullable Long actorId, String action, @Nullable String detail)
            throws SQLException {
        appendEvent(caseId, SqlValues.instant(clock.instant()), actorId, action, null, null, detail);
    }

    static String groundsText(Set<Ground> grounds) {
        return grounds.stream().sorted().map(Ground::name).collect(Collectors.joining(","));
    }

    static Set<Ground> grounds(String text) {
        if (text.isEmpty()) {
            return Set.of();
        }
        EnumSet<Ground> set = EnumSet.noneOf(Ground.class);
        Arrays.stream(text.split(",")).map(Ground::valueOf).forEach(set::add);
        return set;
    }

    static CaseRow read(ResultSet rs) throws SQLException {
        return new CaseRow(rs.getLong("id"), rs.getString("case_no"), rs.getLong("subject_id"),
                rs.getString("scheme_code"), CaseStatus.valueOf(rs.getString("status")),
                Priority.valueOf(rs.getString("priority")), SqlValues.requiredDate(rs, "received_on"),
                SqlValues.date(rs, "deadline_on"), SqlValues.requiredDate(rs, "ack_deadline_on"),
                Channel.valueOf(rs.getString("channel")), grounds(rs.getString("grounds")),
                rs.getString("ground_text"), rs.getString("statement"), rs.getString("region"),
                rs.getString("agency_code"), RuleCategory.valueOf(rs.getString("rule_category")),
                rs.getString("rule_code"), rs.getInt("points"), SqlValues.nullableLong(rs, "assignee_id"),
                rs.getLong("version"), SqlValues.date(rs, "paused_since"), SqlValues.instant(rs, "created_at"),
                SqlValues.instant(rs, "updated_at"));
    }
}
