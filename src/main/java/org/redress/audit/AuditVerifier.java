package org.redress.audit;

import org.redress.vault.KeySlots;
import org.jspecify.annotations.Nullable;
import org.redress.audit.IntegrityBreak.Area;
import org.redress.store.Workspace;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Walks a workspace's audit chain and everything it vouches for, and names every break (up to
 * {@value #MAX_BREAKS}): each event's hash recomputed, sequence numbers without gaps, each event
 * linked to the one before; the chain against the heads signed into the checkpoint log with the
 * device's key; covered rows one by one, append-only tables by range, accounts and settings by
 * state; every case's status replayed from its history; the append-only guards; evidence files
 * and issued letters against their stored SHA-256. Optionally checks the chain against a head
 * recorded earlier (by the hub on sync): a history rewritten since then no longer reaches the
 * same hash at that sequence number. The report says what was checked and what was not.
 */
public final class AuditVerifier {

    static final int MAX_BREAKS = 100;

    private final Workspace workspace;

    public AuditVerifier(Workspace workspace) {
        this.workspace = workspace;
    }

    /** Verifies on {@code c}, which should hold one read transaction so that every check sees one snapshot. */
    public VerificationReport verify(Connection c, @Nullable ChainHead recordedHead) throws SQLException {
        Breaks breaks = new Breaks();
        Vouchers vouchers = new Vouchers();
        CheckpointCheck checkpoints = CheckpointCheck.read(workspace, breaks);
        long events = walkChain(c, recordedHead, breaks, vouchers, checkpoints);
        checkpoints.finish(events, breaks);
        long rows = vouchers.checkRows(c, breaks);
        boolean tracking = vouchers.tracking();
        long ranged = tracking ? vouchers.checkRanges(c, breaks) : 0;
        long stated = tracking ? vouchers.checkState(c, breaks) : 0;
        long cases = tracking ? CaseReplay.check(c, breaks) : 0;
        int guards = GuardCheck.check(c, breaks);
        KeySlots slots = new KeySlots(c);
        boolean encrypted = slots.exists();
        FileChecks files = new FileChecks(workspace, slots.sealedAt().isPresent());
        long evidence = files.evidence(c, breaks);
        long letters = files.letters(c, breaks);
        List<String> checked = new ArrayList<>();
        List<String> notChecked = new ArrayList<>();
        checked.add(String.format(Locale.ROOT, "the audit chain: %,d events, each hash, its order and its link to the one before", events));
        checked.add(checkpoints.describe());
        checked.add(String.format(Locale.ROOT, "decisions, approvals, notes, letters and recusal declarations, row by row: %,d rows", rows));
        if (tracking) {
            checked.add(String.format(Locale.ROOT, "ledger entries, subjects, cases' fixed fields and disputed entries, case "
                    + "histories and attachments, by range: %,d rows", ranged));
            checked.add(String.format(Locale.ROOT, "accounts (names, roles, password hashes) and settings, by state: %,d rows", stated));
            checked.add(String.format(Locale.ROOT, "each case's status, replayed from its history: %,d cases", cases));
        } else {
            notChecked.add("ledger entries, subjects, case histories, attachments, accounts and settings: this chain "
                    + "was begun by an earlier version and has not been extended yet (open the workspace once)");
        }
        checked.add(String.format(Locale.ROOT, "the append-only guards: %d triggers", guards));
        checked.add(String.format(Locale.ROOT, "evidence files against their names: %,d; letter files against their SHA-256: %,d",
                evidence, letters));
        if (files.unopened() > 0) {
            notChecked.add(String.format(Locale.ROOT, "the contents of %,d encrypted files (only their sizes): the "
                    + "workspace key is locked; sign in (--user) to have them opened and checked", files.unopened()));
        }
        if (encrypted) {
            notChecked.add("the workspace key's slots (a changed slot opens nothing: it can only lock officers out)");
        }
        if (recordedHead != null) {
            checked.add("that the chain still passes through event " + recordedHead.seq() + " as recorded at the hub");
        }
        notChecked.add("cases' assignee, priority, deadlines and version (the hub sets them too, and not every change "
                + "leaves a history line)");
        notChecked.add("derived tables: the search index, the queue's counters");
        notChecked.add("sync bookkeeping: outbox states, the hub token and address, the pull cursor, conflicts "
                + "(the hub checks every change it receives)");
        notChecked.add("lockout counters, agencies, intake records, the letter reference counter");
        checkpoints.unanchored().ifPresent(notChecked::add);
        return new VerificationReport(events, rows + ranged + stated, evidence, letters, breaks.list, breaks.more,
                checked, notChecked);
    }

    private static long walkChain(Connection c, @Nullable ChainHead recordedHead, Breaks breaks, Vouchers vouchers,
                                  CheckpointCheck checkpoints) throws SQLException {
        long expected = 1;
        String prev = AuditCanonical.GENESIS;
        boolean headSeen = false;
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT seq, at, actor_id, kind, entity_type, entity_id, payload, prev_hash, hash
                FROM audit_event ORDER BY seq""")) {
            ps.setFetchSize(4096);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long actorId = rs.getLong(3);
                    Long actor = rs.wasNull() ? null : actorId;
                    AuditEvent e = new AuditEvent(rs.getLong(1), rs.getString(2), actor,
                            rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                            rs.getString(9));
                    String where = "audit_event " + e.seq();
                    if (e.seq() != expected) {
                        String missing = e.seq() - 1 == expected ? "event " + expected + " is missing"
                                : "events " + expected + " to " + (e.seq() - 1) + " are missing";
                        breaks.add(new IntegrityBreak(Area.CHAIN, expected, missing + " before event " + e.seq(), where));
                    } else if (!e.prevHash().equals(prev)) {
                        breaks.add(new IntegrityBreak(Area.CHAIN, e.seq(), "event " + e.seq()
                                + " does not follow event " + (e.seq() - 1) + " (its prev_hash is not that event's hash)",
                                where));
                    } else if (!e.sealed()) {
                        breaks.add(new IntegrityBreak(Area.CHAIN, e.seq(), "event " + e.seq() + " (" + e.kind()
                                + ") was altered: its content no longer gives its hash", where));
                    }
                    if (recordedHead != null && e.seq() == recordedHead.seq()) {
                        headSeen = true;
                        if (!e.hash().equals(recordedHead.hash())) {
                            breaks.add(new IntegrityBreak(Area.ANCHOR, e.seq(), "history was rewritten: event "
                                    + e.seq() + " is not the one recorded at the hub", where));
                        }
                    }
                    checkpoints.event(e);
                    vouchers.read(e);
                    prev = e.hash();
                    expected = e.seq() + 1;
                }
            }
        }
        if (recordedHead != null && !headSeen) {
            breaks.add(new IntegrityBreak(Area.ANCHOR, recordedHead.seq(), "the chain ends at event " + (expected - 1)
                    + ", before the head recorded at the hub", "audit_event " + recordedHead.seq()));
        }
        return expected - 1;
    }

    /** Collects breaks, up to a limit: a million broken events say no more than a hundred. */
    static final class Breaks {
        final List<IntegrityBreak> list = new ArrayList<>();
        boolean more;

        synchronized void add(IntegrityBreak b) {
            if (list.size() < MAX_BREAKS) {
                list.add(b);
            } else {
                more = true;
            }
        }
    }
}
