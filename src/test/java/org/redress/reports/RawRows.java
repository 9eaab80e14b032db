package org.redress.reports;

import org.jspecify.annotations.Nullable;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The workspace's own rows, read with plain SELECT * and nothing else: cases, their histories,
 * decisions, outcomes, approvals, the ledger, declarations and refusals. The oracle works from these,
 * never from the report tables the triggers keep.
 */
record RawRows(List<Case> cases, List<Event> events, List<Decision> decisions, List<Outcome> outcomes,
               List<Approval> approvals, List<Entry> ledger, List<Declaration> declarations,
               List<Refusal> refusals, Map<Long, List<Long>> disputed, Map<String, String> settings) {

    static final ZoneId OFFICE = ZoneId.of("Asia/Shanghai");

    record Case(long id, long subject, String scheme, String agency, String region, String status,
                @Nullable Long assignee, LocalDate received, @Nullable LocalDate deadline, LocalDate ackDeadline,
                @Nullable LocalDate pausedSince, @Nullable LocalDate acknowledgedOn) {
    }

    record Event(long id, long caseId, LocalDate day, @Nullable String from, @Nullable String to) {
    }

    record Decision(long id, long caseId, long drafter) {
    }

    record Outcome(long decision, long entry, String outcome, @Nullable Integer newPoints) {
    }

    record Approval(long decision, LocalDate day, String verdict, String comment) {
    }

    record Entry(long id, long subject, String scheme, String rule, String kind, int points, String agency,
                 LocalDate imposed, @Nullable Long target, @Nullable Integer reported, String reference) {
    }

    record Declaration(long officer, @Nullable Long subject, @Nullable String agency, @Nullable Long caseId,
                       LocalDate day) {
    }

    record Refusal(LocalDate day, String agency, String scheme) {
    }

    static LocalDate officeDay(String instant) {
        return Instant.parse(instant).atZone(OFFICE).toLocalDate();
    }

    static RawRows read(Connection c) throws SQLException {
        List<Case> cases = new ArrayList<>();
        try (ResultSet rs = c.createStatement().executeQuery("SELECT * FROM appeal_case")) {
            while (rs.next()) {
                cases.add(new Case(rs.getLong("id"), rs.getLong("subject_id"), rs.getString("scheme_code"),
                        rs.getString("agency_code"), rs.getString("region"), rs.getString("status"),
                        longOrNull(rs, "assignee_id"), day(rs.getString("received_on")),
                        day(rs.getString("deadline_on")), day(rs.getString("ack_deadline_on")),
                        day(rs.getString("paused_since")), day(rs.getString("acknowledged_on"))));
            }
        }
        List<Event> events = new ArrayList<>();
        try (ResultSet rs = c.createStatement().executeQuery("SELECT * FROM case_event")) {
            while (rs.next()) {
                events.add(new Event(rs.getLong("id"), rs.getLong("case_id"), officeDay(rs.getString("at")),
                        rs.getString("from_status"), rs.getString("to_status")));
            }
        }
        List<Decision> decisions = new ArrayList<>();
        try (ResultSet rs = c.createStatement().executeQuery("SELECT * FROM decision")) {
            while (rs.next()) {
                decisions.add(new Decision(rs.getLong("id"), rs.getLong("case_id"), rs.getLong("drafter_id")));
            }
        }
        List<Outcome> outcomes = new ArrayList<>();
        try (ResultSet rs = c.createStatement().executeQuery("SELECT * FROM decision_outcome")) {
            while (rs.next()) {
                outcomes.add(new Outcome(rs.getLong("decision_id"), rs.getLong("ledger_event_id"),
                        rs.getString("outcome"), intOrNull(rs, "new_points")));
            }
        }
        List<Approval> approvals = new ArrayList<>();
        try (ResultSet rs = c.createStatement().executeQuery("SELECT * FROM approval")) {
            while (rs.next()) {
                approvals.add(new Approval(rs.getLong("decision_id"), officeDay(rs.getString("at")),
                        rs.getString("verdict"), rs.getString("comment")));
            }
        }
        List<Entry> ledger = new ArrayList<>();
        try (ResultSet rs = c.createStatement().executeQuery("SELECT * FROM ledger_event")) {
            while (rs.next()) {
                ledger.add(new Entry(rs.getLong("id"), rs.getLong("subject_id"), rs.getString("scheme_code"),
                        rs.getString("rule_code"), rs.getString("kind"), rs.getInt("points"), rs.getString("agency_code"),
                        day(rs.getString("imposed_on")), longOrNull(rs, "target_id"),
                        intOrNull(rs, "reported_score"), rs.getString("reference")));
            }
        }
        List<Declaration> declarations = new ArrayList<>();
        try (ResultSet rs = c.createStatement().executeQuery("SELECT * FROM recusal_declaration")) {
            while (rs.next()) {
                declarations.add(new Declaration(rs.getLong("officer_id"), longOrNull(rs, "subject_id"),
                        rs.getString("agency_code"), longOrNull(rs, "case_id"),
                        officeDay(rs.getString("declared_at"))));
            }
        }
        List<Refusal> refusals = new ArrayList<>();
        try (ResultSet rs = c.createStatement().executeQuery("SELECT * FROM guard_refusal")) {
            while (rs.next()) {
                refusals.add(new Refusal(day(rs.getString("refused_on")), rs.getString("agency_code"),
                        rs.getString("scheme_code")));
            }
        }
        Map<Long, List<Long>> disputed = new HashMap<>();
        try (ResultSet rs = c.createStatement().executeQuery("SELECT * FROM case_deduction")) {
            while (rs.next()) {
                disputed.computeIfAbsent(rs.getLong("case_id"), k -> new ArrayList<>()).add(rs.getLong("ledger_event_id"));
            }
        }
        Map<String, String> settings = new HashMap<>();
        try (ResultSet rs = c.createStatement().executeQuery("SELECT * FROM settings")) {
            while (rs.next()) {
                settings.put(rs.getString("key"), rs.getString("value"));
            }
        }
        return new RawRows(cases, events, decisions, outcomes, approvals, ledger, declarations, refusals, disputed,
                settings);
    }

    private static @Nullable Long longOrNull(ResultSet rs, String column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }

    private static @Nullable Integer intOrNull(ResultSet rs, String column) throws SQLException {
        int v = rs.getInt(column);
        return rs.wasNull() ? null : v;
    }

    private static @Nullable LocalDate day(@Nullable String text) {
        return text == null ? null : LocalDate.parse(text);
    }
}
