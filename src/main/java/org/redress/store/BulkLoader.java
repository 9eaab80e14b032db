package org.redress.store;

import org.jspecify.annotations.Nullable;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Fast inserts for imports and the demo: one prepared statement per table, reused for every row,
 * inside the caller's single write transaction (no per-row commit; {@code synchronous} stays FULL).
 * Ids are handed out here (max id + 1) so callers can link rows without asking SQLite back.
 * Ledger entries are buffered and written {@value #LEDGER_ROWS_PER_STATEMENT} per statement (the
 * bulk of an import), and a case's links to its disputed entries wait with them; {@link #flush()}
 * writes both, as does {@link #close()}. Call {@code flush()} before reading them back in the same
 * transaction.
 *
 * <pre>{@code
 * db.writeAndWait(c -> {
 *     try (BulkLoader bulk = new BulkLoader(c)) {
 *         long subject = bulk.subject(row);
 *         long entry = bulk.ledgerEntry(new LedgerEntryRow(subject, ...));
 *         bulk.appealCase(newCase, subjectName);
 *     }
 *     return null;
 * });
 * }</pre>
 */
public final class BulkLoader implements AutoCloseable {

    static final int LEDGER_ROWS_PER_STATEMENT = 32;

    private final Connection connection;
    private final String now;
    private final PreparedStatement subjects;
    private final PreparedStatement cases;
    private final PreparedStatement deductions;
    private final PreparedStatement events;
    private final PreparedStatement search;
    private @Nullable PreparedStatement subjectNames;
    /** Inserts of 1..32 ledger rows, prepared when first needed. */
    private final @Nullable PreparedStatement[] ledgerInserts = new PreparedStatement[LEDGER_ROWS_PER_STATEMENT + 1];

    private final LedgerEntryRow[] pendingEntries = new LedgerEntryRow[LEDGER_ROWS_PER_STATEMENT];
    private final long[] pendingIds = new long[LEDGER_ROWS_PER_STATEMENT];
    private int pending;
    /** Case-to-ledger links (case id, entry id pairs) waiting for their entries to be written. */
    private long[] pendingLinks = new long[256];
    private int pendingLinkCount;

    private long lastSubjectId;
    private long lastLedgerId;
    private long lastCaseId;
    private long rows;
    private final List<String> deferredIndexes = new ArrayList<>();
    private @Nullable Instant lastInstant;
    private String lastInstantText = "";

    /** Must run inside a write transaction, i.e. inside {@link StoreWriter#write}. */
    public BulkLoader(Connection connection) throws SQLException {
        this(connection, Clock.systemUTC());
    }

    public BulkLoader(Connection connection, Clock clock) throws SQLException {
        if (connection.getAutoCommit()) {
            throw new IllegalStateException("bulk loading needs one transaction: run it inside StoreWriter.write");
        }
        this.connection = connection;
        this.now = SqlValues.instant(clock.instant());
        lastSubjectId = maxId("subject");
        lastLedgerId = maxId("ledger_event");
        lastCaseId = maxId("appeal_case");
        subjects = connection.prepareStatement(SubjectRepository.INSERT);
        cases = connection.prepareStatement("""
                INSERT INTO appeal_case (case_no, subject_id, scheme_code, status, priority, received_on,
                    deadline_on, ack_deadline_on, channel, grounds, ground_text, statement, region, agency_code,
                    rule_category, rule_code, points, assignee_id, version, paused_since, created_at, updated_at, id,
                    case_uuid)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, NULL, ?, ?, ?, ?)""");
        deductions = connection.prepareStatement("INSERT INTO case_deduction (case_id, ledger_event_id) VALUES (?, ?)");
        events = connection.prepareStatement("""
                INSERT INTO case_event (case_id, at, actor_id, action, from_status, to_status, detail)
                VALUES (?, ?, NULL, 'RECEIVED', NULL, ?, ?)""");
        search = connection.prepareStatement(
                "INSERT INTO case_search (rowid, case_no, subject_name, statement, notes) VALUES (?, ?, ?, ?, '')");
    }

    /**
     * For a large first fill (the demo, an initial import): drops the secondary indexes of cases
     * and ledger entries now and builds them again on {@link #close()}, which is faster than
     * keeping them up to date row by row. Unique constraints stay enforced throughout; the
     * rebuilt indexes are the same, from the SQL the schema recorded for them.
     */
    public BulkLoader deferIndexes() throws SQLException {
        if (!deferredIndexes.isEmpty()) {
            return this;
        }
        List<String> names = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("""
                     SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND sql IS NOT NULL
                       AND tbl_name IN ('appeal_case', 'ledger_event') ORDER BY name""")) {
            while (rs.next()) {
                names.add(rs.getString(1));
                deferredIndexes.add(rs.getString(2));
            }
        }
        try (Statement statement = connection.createStatement()) {
            for (String name : names) {
                statement.execute("DROP INDEX \"" + name + "\"");
            }
        }
        return this;
    }

    private void rebuildDeferredIndexes() throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String sql : deferredIndexes) {
                statement.execute(sql);
            }
        }
        deferredIndexes.clear();
    }

    private long maxId(String table) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT ifnull(max(id), 0) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Inserts a subject; returns its id (the row's own, or the next free one when it is 0). */
    public long subject(SubjectRow subject) throws SQLException {
        long id = subject.id() == 0 ? ++lastSubjectId : subject.id();
        lastSubjectId = Math.max(lastSubjectId, id);
        SubjectRepository.bind(subjects, subject.withId(id));
        subjects.executeUpdate();
        rows++;
        return id;
    }

    /**
     * Queues a ledger entry; returns its id (the entry's own, or the next free one when it is 0).
     * The row reaches the table at the next {@link #flush()}, case insert or {@link #close()};
     * constraint errors surface there.
     */
    public long ledgerEntry(LedgerEntryRow entry) throws SQLException {
        long id = entry.id() == 0 ? ++lastLedgerId : entry.id();
        lastLedgerId = Math.max(lastLedgerId, id);
        pendingEntries[pending] = entry;
        pendingIds[pending] = id;
        if (++pending == LEDGER_ROWS_PER_STATEMENT) {
            flushLedger();
        }
        return id;
    }

    /** Writes the queued ledger entries and case links, so later statements in the transaction see them. */
    public void flush() throws SQLException {
        flushLedger();
        for (int i = 0; i < pendingLinkCount; i++) {
            deductions.setLong(1, pendingLinks[i * 2]);
            deductions.setLong(2, pendingLinks[i * 2 + 1]);
            deductions.executeUpdate();
        }
        rows += pendingLinkCount;
        pendingLinkCount = 0;
    }

    private void flushLedger() throws SQLException {
        if (pending == 0) {
            return;
        }
        PreparedStatement insert = ledgerInserts[pending];
        if (insert == null) {
            insert = connection.prepareStatement(LedgerRepository.insert(pending));
            ledgerInserts[pending] = insert;
        }
        for (int i = 0; i < pending; i++) {
            LedgerRepository.bind(insert, i * LedgerRepository.PARAMETERS, pendingEntries[i], pendingIds[i],
                    instantText(pendingEntries[i].createdAt()));
        }
        insert.executeUpdate();
        rows += pending;
        pending = 0;
    }

    /**
     * Inserts a case with its disputed deductions, its "received" history line and its search
     * row; {@code subjectName} is what the search row indexes (the caller has it at hand).
     */
    public long appealCase(NewCase c, String subjectName) throws SQLException {
        long id = ++lastCaseId;
        CaseRepository.bindNewCase(cases, c, now);
        cases.setLong(21, id);
        cases.setString(22, c.caseId().toString());
        cases.executeUpdate();
        // The links wait with the ledger entries they may name, so entries keep going in 32 at a time.
        for (long ledgerEventId : c.disputedLedgerEventIds()) {
            if (pendingLinks.length == pendingLinkCount * 2) {
                pendingLinks = Arrays.copyOf(pendingLinks, pendingLinks.length * 2);
            }
            pendingLinks[pendingLinkCount * 2] = id;
            pendingLinks[pendingLinkCount * 2 + 1] = ledgerEventId;
            pendingLinkCount++;
        }
        events.setLong(1, id);
        events.setString(2, now);
        events.setString(3, c.status().name());
        events.setString(4, c.channel().name());
        events.executeUpdate();
        CaseSearchIndex.bindCase(search, id, c.caseNo(), subjectName, c.statement(), c.groundText());
        search.executeUpdate();
        rows += 3;
        return id;
    }

    /** Inserts a case, looking its subject's name up for the search row. */
    public long appealCase(NewCase c) throws SQLException {
        if (subjectNames == null) {
            subjectNames = connection.prepareStatement("SELECT name FROM subject WHERE id = ?");
        }
        subjectNames.setLong(1, c.subjectId());
        try (ResultSet rs = subjectNames.executeQuery()) {
            if (!rs.next()) {
                throw new StoreException("no subject with id " + c.subjectId());
            }
            return appealCase(c, rs.getString(1));
        }
    }

    /** Bulk rows mostly share one creation instant: format it once, not per row. */
    private String instantText(Instant instant) {
        if (!instant.equals(lastInstant)) {
            lastInstant = instant;
            lastInstantText = SqlValues.instant(instant);
        }
        return lastInstantText;
    }

    /** Rows written so far, all tables together. */
    public long rows() {
        return rows;
    }

    /** Writes what is still queued and releases the statements. */
    @Override
    public void close() throws SQLException {
        SQLException failure = null;
        try {
            flush();
            rebuildDeferredIndexes();
        } catch (SQLException e) {
            failure = e;
        }
        List<@Nullable PreparedStatement> statements = new ArrayList<>(Arrays.asList(ledgerInserts));
        statements.addAll(Arrays.asList(subjects, cases, deductions, events, search, subjectNames));
        try {
            Statements.closeAll(statements.toArray(PreparedStatement[]::new));
        } catch (SQLException e) {
            if (failure == null) {
                failure = e;
            } else {
                failure.addSuppressed(e);
            }
        }
        if (failure != null) {
            throw failure;
        }
    }
}
