package org.redress.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jspecify.annotations.Nullable;
import org.redress.audit.IntegrityBreak.Area;
import org.redress.store.Workspace;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Walks a workspace's audit chain and everything it vouches for, and names every break (up to
 * {@value #MAX_BREAKS}): each event's hash recomputed, sequence numbers without gaps, each event
 * linked to the one before; each covered row's digest against the event that wrote it (rows from
 * before the log against the baseline); evidence files and issued letters against their stored
 * SHA-256. Optionally checks the chain against a head recorded earlier (by the hub on sync): a
 * history rewritten since then no longer reaches the same hash at that sequence number.
 */
public final class AuditVerifier {

    static final int MAX_BREAKS = 100;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Workspace workspace;

    public AuditVerifier(Workspace workspace) {
        this.workspace = workspace;
    }

    /** Verifies on {@code c}, which should hold one read transaction so that every check sees one snapshot. */
    public VerificationReport verify(Connection c, @Nullable ChainHead recordedHead) throws SQLException {
        Breaks breaks = new Breaks();
        Vouchers vouchers = new Vouchers();
        long events = walkChain(c, recordedHead, breaks, vouchers);
        long rows = vouchers.check(c, breaks);
        long evidence = new FileChecks(workspace).evidence(c, breaks);
        long letters = new FileChecks(workspace).letters(c, breaks);
        return new VerificationReport(events, rows, evidence, letters, breaks.list, breaks.more);
    }

    private static long walkChain(Connection c, @Nullable ChainHead recordedHead, Breaks breaks, Vouchers vouchers)
            throws SQLException {
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

    /** The rows each event vouches for, and the baseline of the first event. */
    private static final class Vouchers {
        private record Voucher(long seq, String sha256) {
        }

        private record Seal(long seq, long upTo, String sha256) {
        }

        private final Map<CoveredTable, Map<Long, Voucher>> rows = new EnumMap<>(CoveredTable.class);
        private final Map<CoveredTable, Seal> baseline = new EnumMap<>(CoveredTable.class);

        void read(AuditEvent e) {
            String payload = e.payload();
            boolean isBaseline = e.seq() == 1 && AuditChain.BASELINE.equals(e.kind());
            if (!isBaseline && !payload.contains("\"rows\"")) {
                return;
            }
            JsonNode json;
            try {
                json = JSON.readTree(payload);
            } catch (IOException ex) {
                return; // an unreadable payload also fails its hash or was sealed that way; nothing to vouch for
            }
            for (JsonNode row : json.path("rows")) {
                CoveredTable.named(row.path("table").asText()).ifPresent(t -> rows
                        .computeIfAbsent(t, k -> new HashMap<>())
                        .putIfAbsent(row.path("id").asLong(), new Voucher(e.seq(), row.path("sha256").asText())));
            }
            if (isBaseline) {
                for (JsonNode t : json.path("baseline")) {
                    CoveredTable.named(t.path("table").asText()).ifPresent(table -> baseline.put(table,
                            new Seal(e.seq(), t.path("upTo").asLong(), t.path("sha256").asText())));
                }
            }
        }

        long check(Connection c, Breaks breaks) throws SQLException {
            long[] count = {0};
            for (CoveredTable table : CoveredTable.values()) {
                Map<Long, Voucher> vouched = rows.getOrDefault(table, new HashMap<>());
                Seal seal = baseline.get(table);
                AuditChain.Baseline sealed = new AuditChain.Baseline();
                RowDigests.each(c, table, (id, sha) -> {
                    count[0]++;
                    String where = table.table() + " " + id;
                    Voucher voucher = vouched.remove(id);
                    boolean inBaseline = seal != null && id <= seal.upTo();
                    if (inBaseline) {
                        // A row written in the transaction that began the log is sealed by both.
                        sealed.add(id, sha);
                    }
                    if (voucher == null && !inBaseline) {
                        breaks.add(new IntegrityBreak(Area.ROWS, null, table.table() + " row " + id
                                + " was written outside the workstation: no audit event vouches for it", where));
                    } else if (voucher != null && !voucher.sha256().equals(sha)) {
                        breaks.add(new IntegrityBreak(Area.ROWS, voucher.seq(), table.table() + " row " + id
                                + " was changed after audit event " + voucher.seq() + " recorded it", where));
                    }
                });
                if (seal != null && !sealed.hex().equals(seal.sha256())) {
                    breaks.add(new IntegrityBreak(Area.ROWS, seal.seq(), table.table() + " rows up to id " + seal.upTo()
                            + " no longer match the baseline sealed by audit event " + seal.seq(),
                            table.table() + " 1.." + seal.upTo()));
                }
                List<Long> gone = new ArrayList<>(vouched.keySet());
                gone.sort(null);
                for (long id : gone) {
                    Voucher voucher = vouched.get(id);
                    breaks.add(new IntegrityBreak(Area.ROWS, voucher.seq(), table.table() + " row " + id
                            + " recorded by audit event " + voucher.seq() + " is missing", table.table() + " " + id));
                }
            }
            return count[0];
        }
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
