package org.redress.demo;

import org.jspecify.annotations.Nullable;
import org.redress.domain.appeal.DeductionOutcome;
import org.redress.domain.appeal.Ground;
import org.redress.store.BulkLoader;
import org.redress.store.LedgerEntryRow;
import org.redress.store.SubjectRow;

import java.sql.Connection;
import org.redress.store.Statements;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

/**
 * Writes generated subjects a group at a time, in the order foreign keys need (they are checked
 * row by row): subjects, the agencies' ledger entries, cases, their history, search rows and
 * notes, decisions with outcomes and approvals, the corrections decisions ordered, attachments.
 * Subjects and ledger entries go through the store's {@link BulkLoader}; the rest, which it does
 * not cover — a case with its real history (rather than one "received" line stamped now), its
 * pause, creation and update times, its search row with notes, and its notes, decisions, outcomes,
 * approvals, attachments, evidence blobs and recusal declarations — through plain JDBC batches on
 * the same connection and transaction. Values are written as the store writes them: ISO dates, UTC
 * instants with milliseconds, enum names.
 */
final class DemoRows implements AutoCloseable {

    /** Subjects per group: big enough for batches to pay, small enough to stay a few megabytes. */
    static final int GROUP = 200;

    private final PreparedStatement cases;
    private final PreparedStatement deductions;
    private final PreparedStatement events;
    private final PreparedStatement search;
    private final PreparedStatement notes;
    private final PreparedStatement decisions;
    private final PreparedStatement decisionTexts;
    private final PreparedStatement outcomes;
    private final PreparedStatement approvals;
    private final PreparedStatement attachments;
    private final PreparedStatement declarations;

    private final BulkLoader bulk;
    private final EvidenceSupply evidence;
    private final Connection connection;
    private final List<SubjectBundle> group = new ArrayList<>(GROUP);

    DemoRows(Connection connection, BulkLoader bulk, EvidenceSupply evidence) throws SQLException {
        this.connection = connection;
        this.bulk = bulk;
        this.evidence = evidence;
        cases = connection.prepareStatement("""
                INSERT INTO appeal_case (id, case_no, subject_id, scheme_code, status, priority, received_on, deadline_on,
                    ack_deadline_on, channel, grounds, ground_text, statement, region, agency_code, rule_category, rule_code,
                    points, assignee_id, version, paused_since, created_at, updated_at, case_uuid)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""");
        deductions = connection.prepareStatement("INSERT INTO case_deduction (case_id, ledger_event_id) VALUES (?, ?)");
        events = connection.prepareStatement("""
                INSERT INTO case_event (id, case_id, at, actor_id, action, from_status, to_status, detail)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""");
        search = connection.prepareStatement(
                "INSERT INTO case_search (rowid, case_no, subject_name, statement, notes) VALUES (?, ?, ?, ?, ?)");
        notes = connection.prepareStatement(
                "INSERT INTO note (id, case_id, author_id, at, body, corrects_id) VALUES (?, ?, ?, ?, ?, NULL)");
        decisions = connection.prepareStatement("""
                INSERT INTO decision (id, case_id, drafter_id, drafted_at, reasons, legal_basis, remedies, supersedes_id, state)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""");
        decisionTexts = connection.prepareStatement("""
                INSERT INTO decision_text (decision_id, language, reasons, legal_basis, remedies, written_at, written_by)
                VALUES (?, ?, ?, ?, ?, ?, ?)""");
        outcomes = connection.prepareStatement("""
                INSERT INTO decision_outcome (decision_id, ledger_event_id, outcome, new_points, new_publication_until)
                VALUES (?, ?, ?, ?, ?)""");
        approvals = connection.prepareStatement(
                "INSERT INTO approval (id, decision_id, approver_id, at, verdict, comment) VALUES (?, ?, ?, ?, ?, ?)");
        attachments = connection.prepareStatement("""
                INSERT INTO attachment (id, case_id, sha256, file_name, added_by, added_at, source, reason, derived_from)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, NULL)""");
        declarations = connection.prepareStatement("""
                INSERT INTO recusal_declaration (id, officer_id, subject_id, agency_code, case_id, relation, statement,
                    declared_at) VALUES (?, ?, ?, NULL, NULL, ?, ?, ?)""");
    }

    /** The library's files as blobs, each once. */
    static void blobs(Connection connection, EvidenceLibrary evidence) throws SQLException {
        try (PreparedStatement blobs = connection.prepareStatement(
                "INSERT INTO evidence_blob (sha256, size, media_type) VALUES (?, ?, ?)")) {
            for (EvidenceFile file : evidence.files()) {
                blobs.setString(1, file.sha256());
                blobs.setLong(2, file.size());
                blobs.setString(3, file.mediaType());
                blobs.executeUpdate();
            }
        }
    }

    void declaration(DemoDeclaration d) throws SQLException {
        declarations.setLong(1, d.id());
        declarations.setLong(2, d.officerId());
        declarations.setLong(3, d.subjectId());
        declarations.setString(4, d.relation());
        declarations.setString(5, d.statement());
        declarations.setString(6, instant(d.at()));
        declarations.addBatch();
    }

    /**
     * Writes the search rows of the whole transaction at once. FTS5 keeps new rows in memory and
     * writes them out as an index segment whenever a statement opens a savepoint (any insert whose
     * triggers may abort does); rows written between other inserts would make a small segment per
     * group and keep the index merging them.
     */
    void flushSearch() throws SQLException {
        search.executeBatch();
    }

    /** Queues a subject's rows; writes the group when it is full. */
    void add(SubjectBundle bundle) throws SQLException {
        group.add(bundle);
        if (group.size() == GROUP) {
            flush();
        }
    }

    /** Writes the queued subjects, parents before children. */
    void flush() throws SQLException {
        if (group.isEmpty()) {
            return;
        }
        // Small steps rather than one long method: the JIT compiles them far more cheaply.
        subjects();
        ledger(false);
        cases();
        ledger(true);
        attachments.executeBatch();
        group.clear();
    }

    private void subjects() throws SQLException {
        for (SubjectBundle bundle : group) {
            DemoSubject s = bundle.subject();
            bulk.subject(new SubjectRow(s.id(), s.kind(), s.identifier(), s.idKind().name(), s.idVerdict().name(),
                    s.idOverrideReason(), s.name(), s.region(), s.birthDate()));
            for (DemoDeclaration declaration : bundle.declarations()) {
                declaration(declaration);
            }
        }
        declarations.executeBatch();
    }

    /** The agencies' entries, or the corrections the office's decisions ordered. */
    private void ledger(boolean corrections) throws SQLException {
        for (SubjectBundle bundle : group) {
            for (DemoEntry entry : bundle.ledger()) {
                if ((entry.decisionId() != null) == corrections) {
                    bulk.ledgerEntry(row(entry));
                }
            }
        }
        bulk.flush();
    }

    private void cases() throws SQLException {
        for (SubjectBundle bundle : group) {
            for (DemoCase c : bundle.cases()) {
                appealCase(c);
            }
        }
        for (PreparedStatement batch : new PreparedStatement[] {cases, deductions, events, notes, decisions,
                decisionTexts, outcomes, approvals}) {
            batch.executeBatch();
        }
    }

    private static LedgerEntryRow row(DemoEntry entry) {
        return new LedgerEntryRow(entry.subjectId(), entry.event(), entry.imposedByOfficer(), entry.decisionId(),
                entry.reportedScore(), "DEMO", entry.createdAt());
    }

    /** Queues the case and everything hanging off it, except the ledger corrections (the bulk loader's). */
    private void appealCase(DemoCase c) throws SQLException {
        long id = c.id();
        cases.setLong(1, id);
        cases.setString(2, c.caseNo());
        cases.setLong(3, c.subjectId());
        cases.setString(4, c.schemeCode());
        cases.setString(5, c.status().name());
        cases.setString(6, c.priority().name());
        cases.setString(7, c.receivedOn().toString());
        date(cases, 8, c.deadlineOn());
        cases.setString(9, c.ackDeadlineOn().toString());
        cases.setString(10, c.channel().name());
        var grounds = new StringJoiner(",");
        for (Ground ground : c.grounds()) {
            grounds.add(ground.name());
        }
        cases.setString(11, grounds.toString());
        cases.setString(12, c.groundText());
        cases.setString(13, c.statement());
        cases.setString(14, c.region());
        cases.setString(15, c.agencyCode());
        cases.setString(16, c.ruleCategory().name());
        cases.setString(17, c.ruleCode());
        cases.setInt(18, c.points());
        number(cases, 19, c.assigneeId());
        // Every change bumps the version; the history has one line per change.
        cases.setLong(20, c.events().size());
        date(cases, 21, c.pausedSince());
        cases.setString(22, instant(c.createdAt()));
        cases.setString(23, instant(c.updatedAt()));
        cases.setString(24, c.caseId().toString());
        cases.addBatch();
        for (long entry : c.disputedEntryIds()) {
            deductions.setLong(1, id);
            deductions.setLong(2, entry);
            deductions.addBatch();
        }
        history(c);
        searchAndNotes(c);
        for (DemoDecision d : c.decisions()) {
            decision(id, d);
        }
        attachments(c);
    }

    private void history(DemoCase c) throws SQLException {
        long id = c.id();
        for (DemoCaseEvent e : c.events()) {
            events.setLong(1, e.id());
            events.setLong(2, id);
            events.setString(3, instant(e.at()));
            number(events, 4, e.actorId());
            events.setString(5, e.action());
            text(events, 6, e.from() == null ? null : e.from().name());
            text(events, 7, e.to() == null ? null : e.to().name());
            text(events, 8, e.detail());
            events.addBatch();
        }
    }

    private void searchAndNotes(DemoCase c) throws SQLException {
        long id = c.id();
        for (DemoNote note : c.notes()) {
            notes.setLong(1, note.id());
            notes.setLong(2, id);
            notes.setLong(3, note.authorId());
            notes.setString(4, instant(note.at()));
            notes.setString(5, note.body());
            notes.addBatch();
        }
        DemoCase.SearchRow row = c.search();
        search.setLong(1, id);
        search.setString(2, row.caseNo());
        search.setString(3, row.subjectName());
        search.setString(4, row.statement());
        search.setString(5, row.notes());
        search.addBatch();
    }

    private void attachments(DemoCase c) throws SQLException {
        if (c.attachments().isEmpty()) {
            return;
        }
        EvidenceLibrary library = evidence.stored(connection);
        long id = c.id();
        for (DemoAttachment a : c.attachments()) {
            attachments.setLong(1, a.id());
            attachments.setLong(2, id);
            attachments.setString(3, library.file(a.kind(), a.variant(), a.ruleCode(), a.agencyCode()).sha256());
            attachments.setString(4, a.fileName());
            number(attachments, 5, a.addedBy());
            attachments.setString(6, instant(a.addedAt()));
            attachments.setString(7, a.source());
            attachments.setString(8, a.reason());
            attachments.addBatch();
        }
    }

    private void decision(long caseId, DemoDecision d) throws SQLException {
        decisions.setLong(1, d.id());
        decisions.setLong(2, caseId);
        decisions.setLong(3, d.drafterId());
        decisions.setString(4, instant(d.draftedAt()));
        decisions.setString(5, d.reasons());
        decisions.setString(6, d.legalBasis());
        decisions.setString(7, String.join("\n", d.remedies()));
        number(decisions, 8, d.supersedesId());
        decisions.setString(9, d.state());
        decisions.addBatch();
        // The office's letters are bilingual: every decision is written in Chinese and in English.
        text(d, "zh", d.reasons(), d.legalBasis(), d.remedies());
        text(d, "en", d.english().reasons(), d.english().legalBasis(), d.english().remedies());
        for (DeductionOutcome o : d.outcomes()) {
            outcomes.setLong(1, d.id());
            outcomes.setLong(2, o.ledgerEventId());
            outcomes.setString(3, o.kind().name());
            if (o.newPoints() == null) {
                outcomes.setNull(4, Types.INTEGER);
            } else {
                outcomes.setInt(4, o.newPoints());
            }
            date(outcomes, 5, o.newPublicationUntil());
            outcomes.addBatch();
        }
        for (DemoApproval a : d.approvals()) {
            approvals.setLong(1, a.id());
            approvals.setLong(2, d.id());
            approvals.setLong(3, a.approverId());
            approvals.setString(4, instant(a.at()));
            approvals.setString(5, a.verdict());
            approvals.setString(6, a.comment());
            approvals.addBatch();
        }
    }

    /** As the store writes instants (2026-03-01T09:30:00.000Z), without a formatter's cost per row. */
    static String instant(Instant instant) {
        long seconds = instant.getEpochSecond();
        long days = Math.floorDiv(seconds, 86_400);
        int secondOfDay = Math.floorMod(seconds, 86_400);
        int millis = instant.getNano() / 1_000_000;
        var text = new StringBuilder(24).append(LocalDate.ofEpochDay(days)).append('T');
        two(text, secondOfDay / 3600).append(':');
        two(text, secondOfDay / 60 % 60).append(':');
        two(text, secondOfDay % 60).append('.');
        if (millis < 100) {
            text.append(millis < 10 ? "00" : "0");
        }
        return text.append(millis).append('Z').toString();
    }

    private static StringBuilder two(StringBuilder text, int value) {
        return (value < 10 ? text.append('0') : text).append(value);
    }

    private static void date(PreparedStatement ps, int index, @Nullable LocalDate date) throws SQLException {
        if (date == null) {
            ps.setNull(index, Types.VARCHAR);
        } else {
            ps.setString(index, date.toString());
        }
    }

    private static void text(PreparedStatement ps, int index, @Nullable String text) throws SQLException {
        if (text == null) {
            ps.setNull(index, Types.VARCHAR);
        } else {
            ps.setString(index, text);
        }
    }

    private static void number(PreparedStatement ps, int index, @Nullable Long value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.INTEGER);
        } else {
            ps.setLong(index, value);
        }
    }

    private void text(DemoDecision d, String language, String reasons, String legalBasis, List<String> remedies)
            throws SQLException {
        decisionTexts.setLong(1, d.id());
        decisionTexts.setString(2, language);
        decisionTexts.setString(3, reasons);
        decisionTexts.setString(4, legalBasis);
        decisionTexts.setString(5, String.join("\n", remedies));
        decisionTexts.setString(6, instant(d.draftedAt()));
        decisionTexts.setLong(7, d.drafterId());
        decisionTexts.addBatch();
    }

    @Override
    public void close() throws SQLException {
        Statements.closeAll(cases, deductions, events, search, notes, decisions, decisionTexts, outcomes, approvals,
                attachments, declarations);
    }
}
