package org.redress.demo;

import org.jspecify.annotations.Nullable;
import org.redress.domain.access.Officer;
import org.redress.domain.access.Role;
import org.redress.domain.appeal.CaseStatus;
import org.redress.domain.appeal.DeductionOutcome;
import org.redress.domain.appeal.OutcomeKind;
import org.redress.domain.appeal.RecusalDeclaration;
import org.redress.domain.identity.SubjectKind;
import org.redress.domain.ledger.LedgerEvent;
import org.redress.domain.ledger.LedgerEventKind;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A demo workspace read back from its database into plain values, for tests to check. */
record DemoWorkspaceView(Map<Long, Subject> subjects, Map<Long, Entry> ledger, Map<Long, Case> cases,
                         Map<Long, Officer> officers, Map<Long, String> officerRoles, Map<Long, String> passwordHashes,
                         Map<Long, List<RecusalDeclaration>> declarations, Map<String, Long> blobs) {

    record Subject(long id, SubjectKind kind, String identifier, String idKind, String idVerdict,
                   @Nullable String overrideReason, String name, @Nullable LocalDate birthDate) {
    }

    record Entry(long subjectId, LedgerEvent event, @Nullable Long imposedBy, @Nullable Long decisionId,
                 @Nullable Integer reportedScore) {
    }

    record Event(String action, @Nullable String from, @Nullable String to, Instant at, @Nullable Long actorId,
                 @Nullable String detail) {
        LocalDate day() {
            return OfficeClock.dayOf(at);
        }
    }

    record Approval(long approverId, String verdict) {
    }

    record DecisionRow(long id, long drafterId, Instant draftedAt, String reasons, String legalBasis, String state,
                       List<DeductionOutcome> outcomes, List<Approval> approvals) {
    }

    record Case(long id, String caseNo, long subjectId, CaseStatus status, String priority, LocalDate receivedOn,
                @Nullable LocalDate deadlineOn, LocalDate ackDeadlineOn, @Nullable LocalDate pausedSince,
                @Nullable Long assigneeId, List<Long> disputed, List<Event> events, List<DecisionRow> decisions,
                int notes, int attachments) {

        /** Everyone who reviewed, drafted, approved or recorded anything on the case (assigning supervisors aside). */
        Set<Long> workers() {
            Set<Long> workers = new LinkedHashSet<>();
            Pattern assignee = Pattern.compile("assignee=(\\d+)");
            for (Event e : events) {
                if (e.action().equals("ASSIGN") || e.action().equals("REASSIGN")) {
                    Matcher m = assignee.matcher(e.detail() == null ? "" : e.detail());
                    if (m.find()) {
                        workers.add(Long.parseLong(m.group(1)));
                    }
                } else if (e.actorId() != null) {
                    workers.add(e.actorId());
                }
            }
            for (DecisionRow d : decisions) {
                workers.add(d.drafterId());
                d.approvals().forEach(a -> workers.add(a.approverId()));
            }
            return workers;
        }
    }

    static DemoWorkspaceView read(Connection c) throws SQLException {
        Map<Long, Subject> subjects = new LinkedHashMap<>();
        Map<Long, Entry> ledger = new LinkedHashMap<>();
        Map<Long, Officer> officers = new LinkedHashMap<>();
        Map<Long, String> roles = new LinkedHashMap<>();
        Map<Long, String> hashes = new LinkedHashMap<>();
        Map<Long, List<RecusalDeclaration>> declarations = new LinkedHashMap<>();
        Map<String, Long> blobs = new LinkedHashMap<>();
        try (Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT id, kind, identifier, id_kind, id_verdict, id_override_reason, name, "
                    + "birth_date FROM subject ORDER BY id")) {
                while (rs.next()) {
                    subjects.put(rs.getLong(1), new Subject(rs.getLong(1), SubjectKind.valueOf(rs.getString(2)),
                            rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7),
                            date(rs.getString(8))));
                }
            }
            try (ResultSet rs = s.executeQuery("SELECT id, subject_id, scheme_code, rule_code, kind, points, agency_code, "
                    + "imposed_on, reference, target_id, publication_until, imposed_by_officer, decision_id, reported_score "
                    + "FROM ledger_event ORDER BY id")) {
                while (rs.next()) {
                    var event = new LedgerEvent(rs.getLong(1), rs.getString(3), rs.getString(4),
                            LedgerEventKind.valueOf(rs.getString(5)), rs.getInt(6), rs.getString(7),
                            LocalDate.parse(rs.getString(8)), rs.getString(9), nullableLong(rs, 10),
                            date(rs.getString(11)));
                    ledger.put(event.id(), new Entry(rs.getLong(2), event, nullableLong(rs, 12), nullableLong(rs, 13),
                            rs.getObject(14) == null ? null : rs.getInt(14)));
                }
            }
            try (ResultSet rs = s.executeQuery(
                    "SELECT id, username, display_name, role, agency_code, password_hash FROM officer ORDER BY id")) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    officers.put(id, new Officer(Long.toString(id), rs.getString(2), rs.getString(3),
                            Role.valueOf(rs.getString(4)), rs.getString(5)));
                    roles.put(id, rs.getString(4));
                    hashes.put(id, rs.getString(6));
                }
            }
            try (ResultSet rs = s.executeQuery(
                    "SELECT officer_id, subject_id, relation, statement, declared_at FROM recusal_declaration")) {
                while (rs.next()) {
                    declarations.computeIfAbsent(rs.getLong(2), k -> new ArrayList<>()).add(new RecusalDeclaration(
                            Long.toString(rs.getLong(1)), Long.toString(rs.getLong(2)), rs.getString(3),
                            Instant.parse(rs.getString(5)), rs.getString(4)));
                }
            }
            try (ResultSet rs = s.executeQuery("SELECT sha256, size FROM evidence_blob")) {
                while (rs.next()) {
                    blobs.put(rs.getString(1), rs.getLong(2));
                }
            }
        }
        return new DemoWorkspaceView(subjects, ledger, cases(c), officers, roles, hashes, declarations, blobs);
    }

    private static Map<Long, Case> cases(Connection c) throws SQLException {
        Map<Long, List<Long>> disputed = new LinkedHashMap<>();
        Map<Long, List<Event>> events = new LinkedHashMap<>();
        Map<Long, List<DecisionRow>> decisions = new LinkedHashMap<>();
        Map<Long, List<DeductionOutcome>> outcomes = new LinkedHashMap<>();
        Map<Long, List<Approval>> approvals = new LinkedHashMap<>();
        Map<Long, Integer> notes = new LinkedHashMap<>();
        Map<Long, Integer> attachments = new LinkedHashMap<>();
        try (Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT case_id, ledger_event_id FROM case_deduction ORDER BY case_id, ledger_event_id")) {
                while (rs.next()) {
                    disputed.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2));
                }
            }
            try (ResultSet rs = s.executeQuery("SELECT case_id, action, from_status, to_status, at, actor_id, detail "
                    + "FROM case_event ORDER BY id")) {
                while (rs.next()) {
                    events.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new Event(rs.getString(2),
                            rs.getString(3), rs.getString(4), Instant.parse(rs.getString(5)), nullableLong(rs, 6),
                            rs.getString(7)));
                }
            }
            try (ResultSet rs = s.executeQuery("SELECT decision_id, ledger_event_id, outcome, new_points, new_publication_until "
                    + "FROM decision_outcome")) {
                while (rs.next()) {
                    outcomes.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new DeductionOutcome(rs.getLong(2),
                            OutcomeKind.valueOf(rs.getString(3)), rs.getObject(4) == null ? null : rs.getInt(4),
                            date(rs.getString(5)), ""));
                }
            }
            try (ResultSet rs = s.executeQuery("SELECT decision_id, approver_id, verdict FROM approval ORDER BY id")) {
                while (rs.next()) {
                    approvals.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new Approval(rs.getLong(2),
                            rs.getString(3)));
                }
            }
            try (ResultSet rs = s.executeQuery("SELECT id, case_id, drafter_id, drafted_at, reasons, legal_basis, state "
                    + "FROM decision ORDER BY id")) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    decisions.computeIfAbsent(rs.getLong(2), k -> new ArrayList<>()).add(new DecisionRow(id, rs.getLong(3),
                            Instant.parse(rs.getString(4)), rs.getString(5), rs.getString(6), rs.getString(7),
                            outcomes.getOrDefault(id, List.of()), approvals.getOrDefault(id, List.of())));
                }
            }
            try (ResultSet rs = s.executeQuery("SELECT case_id, count(*) FROM note GROUP BY case_id")) {
                while (rs.next()) {
                    notes.put(rs.getLong(1), rs.getInt(2));
                }
            }
            try (ResultSet rs = s.executeQuery("SELECT case_id, count(*) FROM attachment GROUP BY case_id")) {
                while (rs.next()) {
                    attachments.put(rs.getLong(1), rs.getInt(2));
                }
            }
            Map<Long, Case> cases = new LinkedHashMap<>();
            try (ResultSet rs = s.executeQuery("SELECT id, case_no, subject_id, status, priority, received_on, deadline_on, "
                    + "ack_deadline_on, paused_since, assignee_id FROM appeal_case ORDER BY id")) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    cases.put(id, new Case(id, rs.getString(2), rs.getLong(3), CaseStatus.valueOf(rs.getString(4)),
                            rs.getString(5), LocalDate.parse(rs.getString(6)), date(rs.getString(7)),
                            LocalDate.parse(rs.getString(8)), date(rs.getString(9)), nullableLong(rs, 10),
                            disputed.getOrDefault(id, List.of()), events.getOrDefault(id, List.of()),
                            decisions.getOrDefault(id, List.of()), notes.getOrDefault(id, 0), attachments.getOrDefault(id, 0)));
                }
            }
            return cases;
        }
    }

    private static @Nullable LocalDate date(@Nullable String text) {
        return text == null ? null : LocalDate.parse(text);
    }

    private static @Nullable Long nullableLong(ResultSet rs, int column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }
}
