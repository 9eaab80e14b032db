package org.redress.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.redress.audit.IntegrityBreak.Area;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the chain's events vouch for, gathered while the chain is walked, and the checks of the
 * tables against it: covered rows one by one ({@link CoveredTable}), append-only tables by range
 * ({@link RangeTable}), stateful rows by their latest digest ({@link StateTable}).
 */
final class Vouchers {

    private static final ObjectMapper JSON = new ObjectMapper();

    private record Voucher(long seq, String sha256) {
    }

    private record Seal(long seq, long upTo, String sha256) {
    }

    /** A range of ids an event vouches for. */
    record Range(long seq, long from, long to, long rows, String sha256) {
    }

    /** The latest digest the chain holds for a stateful row; null digest: the row went. */
    private record State(long seq, String sha256) {
    }

    private final Map<CoveredTable, Map<Long, Voucher>> rows = new EnumMap<>(CoveredTable.class);
    private final Map<CoveredTable, Seal> baseline = new EnumMap<>(CoveredTable.class);
    private final Map<RangeTable, List<Range>> ranges = new EnumMap<>(RangeTable.class);
    private final Map<StateTable, Map<String, State>> states = new EnumMap<>(StateTable.class);
    long rangeRows;
    long stateRows;
    private boolean coverage;

    void read(AuditEvent e) {
        String payload = e.payload();
        boolean isBaseline = e.seq() == 1 && AuditChain.BASELINE.equals(e.kind());
        if (!isBaseline && !payload.contains("\"rows\"") && !payload.contains("\"ranges\"")
                && !payload.contains("\"state\"")) {
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
        coverage |= json.has("ranges") || json.has("state");
        for (JsonNode r : json.path("ranges")) {
            RangeTable.named(r.path("table").asText()).ifPresent(t -> ranges.computeIfAbsent(t, k -> new ArrayList<>())
                    .add(new Range(e.seq(), r.path("from").asLong(), r.path("to").asLong(), r.path("rows").asLong(),
                            r.path("sha256").asText())));
        }
        for (JsonNode s : json.path("state")) {
            StateTable.named(s.path("table").asText()).ifPresent(t -> states.computeIfAbsent(t, k -> new HashMap<>())
                    .put(s.path("key").asText(), new State(e.seq(), s.path("sha256").isNull() ? null
                            : s.path("sha256").asText())));
        }
    }

    /** Covered rows one by one, against the event that wrote each (or the baseline). Returns the rows checked. */
    long checkRows(Connection c, AuditVerifier.Breaks breaks) throws SQLException {
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

    /** Whether the chain vouches for ranges and state (a chain begun before them has no event that does). */
    boolean tracking() {
        return coverage;
    }

    /**
     * Every row of each range table against the ranges the chain holds: each range's digest and
     * count must come out as recorded (an edit, an insertion or a deletion inside it changes
     * them), and every row must lie in a range. Returns the rows checked.
     */
    long checkRanges(Connection c, AuditVerifier.Breaks breaks) throws SQLException {
        long checked = 0;
        for (RangeTable table : RangeTable.values()) {
            List<Range> list = new ArrayList<>(ranges.getOrDefault(table, List.of()));
            list.sort(Comparator.comparingLong(Range::from));
            for (int i = 1; i < list.size(); i++) {
                Range before = list.get(i - 1);
                Range now = list.get(i);
                if (now.from() <= before.to()) {
                    breaks.add(new IntegrityBreak(Area.ROWS, now.seq(), table.table() + " rows " + now.from() + ".."
                            + Math.min(now.to(), before.to()) + " are vouched for by both audit event " + before.seq()
                            + " and audit event " + now.seq(), table.table() + " " + now.from()));
                }
            }
            RangeScan scan = new RangeScan(table, list, breaks);
            table.rows(c, 0, Long.MAX_VALUE, scan::row);
            scan.finish();
            checked += scan.rows;
        }
        rangeRows = checked;
        return checked;
    }

    /** One pass over a table in id order, matching rows to ranges. */
    private static final class RangeScan {
        private final RangeTable table;
        private final List<Range> ranges;
        private final AuditVerifier.Breaks breaks;
        private int next;
        private Range current;
        private RangeTable.Span span;
        private long outsideFrom = -1;
        private long outsideTo = -1;
        long rows;

        RangeScan(RangeTable table, List<Range> ranges, AuditVerifier.Breaks breaks) {
            this.table = table;
            this.ranges = ranges;
            this.breaks = breaks;
        }

        void row(long id, String text) {
            rows++;
            while (current == null || id > current.to()) {
                if (current != null) {
                    close();
                }
                if (next >= ranges.size() || ranges.get(next).from() > id) {
                    outside(id);
                    return;
                }
                open(ranges.get(next++));
            }
            if (id < current.from()) {
                outside(id);
                return;
            }
            flushOutside();
            span.add(id, text);
        }

        private void open(Range range) {
            current = range;
            span = new RangeTable.Span(range.from(), range.to());
        }

        private void close() {
            if (span.rows != current.rows() || !span.hex().equals(current.sha256())) {
                String what = span.rows == current.rows() ? "were changed"
                        : span.rows < current.rows() ? (current.rows() - span.rows) + " of " + current.rows()
                        + " rows are missing" : (span.rows - current.rows()) + " more rows than the " + current.rows()
                        + " recorded are there";
                breaks.add(new IntegrityBreak(Area.ROWS, current.seq(), table.table() + " rows " + current.from() + ".."
                        + current.to() + " recorded by audit event " + current.seq() + " no longer match: " + what,
                        table.table() + " " + current.from() + ".." + current.to()));
            }
            current = null;
            span = null;
        }

        private void outside(long id) {
            if (outsideFrom >= 0 && id == outsideTo + 1) {
                outsideTo = id;
                return;
            }
            flushOutside();
            outsideFrom = id;
            outsideTo = id;
        }

        private void flushOutside() {
            if (outsideFrom < 0) {
                return;
            }
            String ids = outsideFrom == outsideTo ? "row " + outsideFrom : "rows " + outsideFrom + ".." + outsideTo;
            breaks.add(new IntegrityBreak(Area.ROWS, null, table.table() + " " + ids + (outsideFrom == outsideTo
                    ? " was" : " were") + " written outside the workstation: no audit event vouches for "
                    + (outsideFrom == outsideTo ? "it" : "them"), table.table() + " " + outsideFrom));
            outsideFrom = -1;
        }

        void finish() {
            flushOutside();
            if (current != null) {
                close();
            }
            // Ranges no row reached at all: every row of them is gone.
            for (; next < ranges.size(); next++) {
                open(ranges.get(next));
                close();
            }
        }
    }

    /** Every stateful row against the latest digest the chain holds for it. Returns the rows checked. */
    long checkState(Connection c, AuditVerifier.Breaks breaks) throws SQLException {
        long checked = 0;
        for (StateTable table : StateTable.values()) {
            Map<String, State> vouched = new TreeMap<>(states.getOrDefault(table, Map.of()));
            String noun = table == StateTable.OFFICER ? "account" : "setting";
            for (var row : table.all(c).entrySet()) {
                checked++;
                State state = vouched.remove(row.getKey());
                String where = table.table() + " " + row.getKey();
                if (state == null || state.sha256() == null) {
                    breaks.add(new IntegrityBreak(Area.ROWS, state == null ? null : state.seq(), noun + " "
                            + row.getKey() + " was written outside the workstation: no audit event vouches for it", where));
                } else if (!state.sha256().equals(row.getValue())) {
                    breaks.add(new IntegrityBreak(Area.ROWS, state.seq(), noun + " " + row.getKey()
                            + " was changed after audit event " + state.seq() + " recorded it", where));
                }
            }
            for (var left : vouched.entrySet()) {
                if (left.getValue().sha256() != null) {
                    breaks.add(new IntegrityBreak(Area.ROWS, left.getValue().seq(), noun + " " + left.getKey()
                            + " recorded by audit event " + left.getValue().seq() + " is missing",
                            table.table() + " " + left.getKey()));
                }
            }
        }
        stateRows = checked;
        return checked;
    }
}
