package org.redress.intake;

import org.jspecify.annotations.Nullable;
import org.redress.domain.appeal.ReDeductionGuard;
import org.redress.domain.appeal.ReImpositionAuthorisation;
import org.redress.domain.appeal.ReversedDeduction;
import org.redress.domain.ledger.LedgerEvent;
import org.redress.domain.ledger.LedgerEventKind;
import org.redress.domain.scheme.Catalog;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Writes validated ledger records inside the import's transaction, after the checks that need the
 * workspace: a reference already imported (unchanged, or changed — refused), a reference twice in
 * one file, a correction that does not fit its target ({@link CorrectionCheck}), the re-deduction
 * guard (which also learns the reversals of this file as they come), and a known identifier under
 * another name (a warning).
 * New rows wait and go in {@value #ROWS_PER_STATEMENT} per INSERT (one native step per row was most
 * of an import's time); a row's outcome is therefore told to its {@link Settled} when its batch is
 * written, always in the order the rows came. Anything that must see earlier rows of this file in
 * the table (a correction's target, the guard's exception for a known reference) writes the batch first.
 */
final class LedgerFeedWriter implements AutoCloseable {
    enum Outcome { IMPORTED, UNCHANGED, REFUSED }

    /** Told a row's outcome, at once or when the row's batch is written. */
    @FunctionalInterface
    interface Settled {
        void settled(Outcome outcome) throws SQLException, IOException;
    }

    static final int ROWS_PER_STATEMENT = 64;
    private static final int PARAMETERS = 15;

    /** An entry already in the table, found by its agency's reference. */
    record Existing(long id, long subjectId, @Nullable String hash, LedgerEventKind kind, int points, String schemeCode,
                    String ruleCode, LocalDate imposedOn, String agency, String reference) {
        LedgerEvent asEvent() {
            return new LedgerEvent(id, schemeCode, ruleCode, kind, points, agency, imposedOn, reference, null, null);
        }
    }

    private final SubjectResolver subjects;
    private final CorrectionCheck corrections;
    private final PreparedStatement byReference;
    private final Connection connection;
    /** Inserts of 1..ROWS_PER_STATEMENT rows, prepared when first needed. */
    private final @Nullable PreparedStatement[] inserts = new PreparedStatement[ROWS_PER_STATEMENT + 1];
    private final IncomingLedgerEntry[] pendingEntries = new IncomingLedgerEntry[ROWS_PER_STATEMENT];
    private final FieldCheckSink[] pendingSinks = new FieldCheckSink[ROWS_PER_STATEMENT];
    private final Settled[] pendingThen = new Settled[ROWS_PER_STATEMENT];
    private final long[] pendingSubjects = new long[ROWS_PER_STATEMENT];
    private final @Nullable Long[] pendingTargets = new Long[ROWS_PER_STATEMENT];
    private int pending;
    /** The correction target found by the last {@link #check}; a field spares a result object per row. */
    private @Nullable Long pendingTarget;
    private @Nullable PreparedStatement idsPresent;
    private final ReDeductionGuard guard;
    /** The guard's refusals of this file so far, for {@link GuardRefusals}. */
    private final List<GuardRefusals.Refusal> refusals = new java.util.ArrayList<>();
    private final String source;
    private final String now;
    private final long firstNewId;
    private long lastId;

    LedgerFeedWriter(Connection connection, SubjectResolver subjects, Catalog catalog, String source, String now)
            throws SQLException {
        this.connection = connection;
        this.subjects = subjects;
        this.source = source;
        this.now = now;
        byReference = connection.prepareStatement("""
                SELECT id, subject_id, feed_hash, kind, points, scheme_code, rule_code, imposed_on
                FROM ledger_event WHERE agency_code = ? AND reference = ?""");
        lastId = IntakeSql.maxId(connection, "ledger_event");
        firstNewId = lastId + 1;
        guard = loadGuard(connection);
        corrections = new CorrectionCheck(connection, catalog, firstNewId);
    }

    /** Reversals recorded in the workspace, for the re-deduction guard. */
    private static ReDeductionGuard loadGuard(Connection connection) throws SQLException {
        List<ReversedDeduction> reversed = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement("""
                SELECT t.id, t.subject_id, t.scheme_code, t.rule_code, t.kind, t.points, t.agency_code, t.imposed_on,
                       t.reference, r.decision_id, r.reference
                FROM ledger_event r JOIN ledger_event t ON t.id = r.target_id
                WHERE r.kind IN ('REVERSAL', 'LIST_REMOVAL') AND t.kind IN ('DEDUCTION', 'LIST_ENTRY')""");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                LedgerEvent target = new LedgerEvent(rs.getLong(1), rs.getString(3), rs.getString(4),
                        LedgerEventKind.valueOf(rs.getString(5)), rs.getInt(6), rs.getString(7),
                        LocalDate.parse(rs.getString(8)), rs.getString(9), null, null);
                long decision = rs.getLong(10);
                String decisionId = rs.wasNull() ? "correction " + rs.getString(11) : String.valueOf(decision);
                reversed.add(new ReversedDeduction(String.valueOf(rs.getLong(2)), target, decisionId));
            }
        }
        // Re-imposition needs a decision that authorises it; the workspace records none yet.
        return new ReDeductionGuard(reversed, List.<ReImpositionAuthorisation>of());
    }

    /**
     * Checks a row and queues it for the next batch, or refuses it at once; either way
     * {@code then} hears its outcome after every earlier row's.
     */
    void write(IncomingLedgerEntry e, FieldCheckSink out, Settled then) throws SQLException, IOException {
        Outcome refused = check(e, out);
        if (refused != null) {
            then.settled(refused);
            return;
        }
        pendingEntries[pending] = e;
        pendingSinks[pending] = out;
        pendingThen[pending] = then;
        pendingSubjects[pending] = subjects.findOrCreate(e.subject());
        pendingTargets[pending] = pendingTarget;
        if (++pending == ROWS_PER_STATEMENT) {
            flush();
        }
    }

    /** The checks that need the workspace before a row may be written; null when it may. */
    private @Nullable Outcome check(IncomingLedgerEntry e, FieldCheckSink out) throws SQLException, IOException {
        pendingTarget = null;
        Long subjectId = subjects.find(e.subject().identifier());
        if (subjectId != null) {
            subjects.checkName(e.subject(), out);
        }
        Long targetId = null;
        if (e.correctsAnother()) {
            flush();
            Existing target = find(e.agency(), e.targetReference());
            if (target == null) {
                LedgerChecks.Misfit m = LedgerChecks.noTarget(e.targetReference(), e.agency(), "in the workspace");
                out.error(m.field(), m.message());
                return Outcome.REFUSED;
            }
            if (subjectId == null || target.subjectId() != subjectId) {
                out.error("target_reference", LedgerChecks.otherSubject(e.targetReference()).message());
                return Outcome.REFUSED;
            }
            if (!corrections.fits(e, target, out)) {
                return Outcome.REFUSED;
            }
            targetId = target.id();
            if (e.kind() != LedgerEventKind.AMENDMENT && (target.kind() == LedgerEventKind.DEDUCTION
                    || target.kind() == LedgerEventKind.LIST_ENTRY)) {
                // Re-sending the entry later in this same file must meet the guard too.
                guard.add(new ReversedDeduction(String.valueOf(subjectId), target.asEvent(), "correction " + e.reference()));
            }
        }
        if (subjectId != null) {
            var refusal = guard.check(String.valueOf(subjectId), asEvent(e, 0, targetId), e.decisionRef());
            if (refusal.isPresent()) {
                flush();
                if (find(e.agency(), e.reference()) == null) {
                    // A known reference passes to the unchanged/changed check; this is a new one re-dating the entry.
                    out.error("imposed_on", refusal.get().reason());
                    refusals.add(new GuardRefusals.Refusal(e.agency(), e.schemeCode(), e.ruleCode(), e.imposedOn()));
                    return Outcome.REFUSED;
                }
            }
        }
        pendingTarget = targetId;
        return null;
    }

    /**
     * Writes the queued rows in one statement and tells each its outcome in order. Most rows are
     * new; only when some were not inserted (their reference was taken) are they looked up.
     */
    void flush() throws SQLException, IOException {
        int n = pending;
        if (n == 0) {
            return;
        }
        PreparedStatement insert = insertOf(n);
        long firstId = lastId + 1;
        for (int i = 0; i < n; i++) {
            bindInsert(insert, i * PARAMETERS, pendingEntries[i], firstId + i, pendingSubjects[i], pendingTargets[i]);
        }
        int inserted = insert.executeUpdate();
        lastId += n;
        pending = 0;
        Set<Long> present = inserted == n ? null : idsPresent(firstId, firstId + n - 1);
        for (int i = 0; i < n; i++) {
            IncomingLedgerEntry e = pendingEntries[i];
            FieldCheckSink out = pendingSinks[i];
            Settled then = pendingThen[i];
            pendingEntries[i] = null;
            pendingSinks[i] = null;
            pendingThen[i] = null;
            pendingTargets[i] = null;
            then.settled(present == null || present.contains(firstId + i) ? Outcome.IMPORTED : alreadyThere(e, out));
        }
    }

    private PreparedStatement insertOf(int rows) throws SQLException {
        PreparedStatement insert = inserts[rows];
        if (insert == null) {
            insert = connection.prepareStatement(IntakeSql.ledgerInsert(rows));
            inserts[rows] = insert;
        }
        return insert;
    }

    /** Ids the last batch took; a row missing here was skipped because its reference was taken. */
    private Set<Long> idsPresent(long from, long to) throws SQLException {
        if (idsPresent == null) {
            idsPresent = connection.prepareStatement("SELECT id FROM ledger_event WHERE id BETWEEN ? AND ?");
        }
        idsPresent.setLong(1, from);
        idsPresent.setLong(2, to);
        Set<Long> ids = new HashSet<>();
        try (ResultSet rs = idsPresent.executeQuery()) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        return ids;
    }

    private Outcome alreadyThere(IncomingLedgerEntry e, FieldCheckSink out) throws SQLException {
        Existing existing = find(e.agency(), e.reference());
        if (existing == null) {
            throw new IllegalStateException("ledger insert ignored but no entry holds its reference");
        }
        if (existing.id() >= firstNewId) {
            out.error("reference", "reference " + e.reference() + " of agency " + e.agency()
                    + " appears twice in this file");
            return Outcome.REFUSED;
        }
        if (e.contentHash().equals(existing.hash())) {
            return Outcome.UNCHANGED;
        }
        out.error("reference", "reference " + e.reference() + " of agency " + e.agency()
                + " was imported before with different content; send a correction (REVERSAL or AMENDMENT) instead of changing it");
        return Outcome.REFUSED;
    }

    private void bindInsert(PreparedStatement insert, int at, IncomingLedgerEntry e, long id, long subject,
                            @Nullable Long targetId) throws SQLException {
        insert.setLong(at + 1, id);
        insert.setLong(at + 2, subject);
        insert.setString(at + 3, e.schemeCode());
        insert.setString(at + 4, e.ruleCode());
        insert.setString(at + 5, e.kind().name());
        insert.setInt(at + 6, e.points());
        insert.setString(at + 7, e.agency());
        insert.setString(at + 8, e.imposedOn().toString());
        insert.setString(at + 9, e.reference());
        if (targetId == null) {
            insert.setNull(at + 10, java.sql.Types.INTEGER);
        } else {
            insert.setLong(at + 10, targetId);
        }
        insert.setString(at + 11, e.publicationUntil() == null ? null : e.publicationUntil().toString());
        if (e.reportedScore() == null) {
            insert.setNull(at + 12, java.sql.Types.INTEGER);
        } else {
            insert.setInt(at + 12, e.reportedScore());
        }
        insert.setString(at + 13, source);
        insert.setString(at + 14, now);
        insert.setString(at + 15, e.contentHash());
    }

    /** The re-deductions the guard refused in this file. */
    List<GuardRefusals.Refusal> refusals() {
        return List.copyOf(refusals);
    }

    private static LedgerEvent asEvent(IncomingLedgerEntry e, long id, @Nullable Long targetId) {
        return new LedgerEvent(id, e.schemeCode(), e.ruleCode(), e.kind(), e.points(), e.agency(), e.imposedOn(),
                e.reference(), targetId, e.publicationUntil());
    }

    private @Nullable Existing find(String agency, @Nullable String reference) throws SQLException {
        if (reference == null) {
            return null;
        }
        byReference.setString(1, agency);
        byReference.setString(2, reference);
        try (ResultSet rs = byReference.executeQuery()) {
            return rs.next() ? new Existing(rs.getLong(1), rs.getLong(2), rs.getString(3),
                    LedgerEventKind.valueOf(rs.getString(4)), rs.getInt(5), rs.getString(6), rs.getString(7),
                    LocalDate.parse(rs.getString(8)), agency, reference) : null;
        }
    }

    /** Releases the statements; rows still queued are dropped (the import failed before its end). */
    @Override
    public void close() throws SQLException {
        pending = 0;
        corrections.close();
        List<@Nullable PreparedStatement> statements = new ArrayList<>(List.of(byReference));
        statements.add(idsPresent);
        statements.addAll(java.util.Arrays.asList(inserts));
        SQLException failure = null;
        for (PreparedStatement statement : statements) {
            try {
                if (statement != null) {
                    statement.close();
                }
            } catch (SQLException e) {
                if (failure == null) {
                    failure = e;
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }
}
