package org.redress.sync;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.jspecify.annotations.Nullable;
import org.redress.sync.protocol.Mutation;
import org.redress.sync.protocol.MutationKind;
import org.redress.sync.protocol.MutationResult;
import org.redress.sync.protocol.MutationStatus;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The outbox table on one connection: appending intents (inside the change's own transaction),
 * reading the next run to push, and recording what the hub did with each.
 */
public final class Outbox {

    private static final String COLUMNS = "seq, mutation_id, kind, entity_id, base_version, payload, created_at, state, result";
    /** The rows with the current number of the case each names, for people (the Sync screen, reports). */
    private static final String LABELLED = "SELECT o.seq, o.mutation_id, o.kind, o.entity_id, o.base_version, o.payload,"
            + " o.created_at, o.state, o.result, ifnull(a.case_no, o.entity_id) AS label"
            + " FROM outbox o LEFT JOIN appeal_case a ON a.case_uuid = o.entity_id";

    /** Pending rows in order, a creation with the number its case carries now (null for other kinds). */
    private static final String TO_SEND = "SELECT o.seq, o.mutation_id, o.kind, o.entity_id, o.base_version, o.payload,"
            + " o.created_at, o.state, o.result, a.case_no AS current_case_no FROM outbox o"
            + " LEFT JOIN appeal_case a ON o.kind = '" + MutationKind.CASE_CREATE + "' AND a.case_uuid = o.entity_id"
            + " WHERE o.state = 'PENDING' ORDER BY o.seq LIMIT ?";

    private final Connection connection;

    public Outbox(Connection connection) {
        this.connection = connection;
    }

    /** Appends an intent with the next contiguous seq and returns that seq. */
    public long append(UUID mutationId, String kind, String entityId, long baseVersion, String payload, Instant at)
            throws SQLException {
        refuseUnsendable(kind, payload);
        long seq = lastSeq() + 1;
        try (PreparedStatement ps = connection.prepareStatement("""
                INSERT INTO outbox (seq, mutation_id, kind, entity_id, base_version, payload, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")) {
            ps.setLong(1, seq);
            ps.setString(2, mutationId.toString());
            ps.setString(3, kind);
            ps.setString(4, entityId);
            ps.setLong(5, baseVersion);
            ps.setString(6, payload);
            ps.setString(7, SyncTimes.text(at));
            ps.executeUpdate();
        }
        return seq;
    }

    public long lastSeq() throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("SELECT ifnull(max(seq), 0) FROM outbox");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /**
     * The next run to push: pending rows in seq order from the first pending one, at most
     * {@code limit} rows and about {@code maxBytes} of payload (always at least one row).
     */
    public List<Mutation> nextRun(int limit, long maxBytes) throws SQLException {
        List<Mutation> run = new ArrayList<>();
        long bytes = 0;
        try (PreparedStatement ps = connection.prepareStatement(TO_SEND)) {
            ps.setInt(1, limit);
            try (ResultSet rs = ps.executeQuery()) {
                long expected = -1;
                while (rs.next()) {
                    OutboxRow row = row(rs);
                    bytes += row.payload().length() + 200;
                    // A run is contiguous: the hub takes seqs one after another.
                    if (expected != -1 && row.seq() != expected || !run.isEmpty() && bytes > maxBytes) {
                        break;
                    }
                    JsonNode payload = parse(row.payload());
                    String current = rs.getString("current_case_no");
                    if (current != null && payload instanceof ObjectNode created
                            && !current.equals(created.path("caseNo").asText())) {
                        // The row is append-only, the case's number is not: a creation goes out under the number
                        // the case carries now (renumbered at re-enrolment, or moved aside by a pull).
                        created.put("caseNo", current);
                    }
                    run.add(new Mutation(row.seq(), row.mutationId(), row.kind(), row.entityId(), row.baseVersion(),
                            payload, row.createdAt()));
                    expected = row.seq() + 1;
                }
            }
        }
        return run;
    }

    /**
     * Records the hub's answer for one mutation. A DUPLICATE carries the first answer under
     * {@code detail.stored}; the row takes that answer's state, so a retried rejection stays a rejection.
     */
    public MutationResult recordResult(MutationResult result) throws SQLException {
        MutationResult effective = result;
        if (result.status() == MutationStatus.DUPLICATE && result.detail() != null && result.detail().has("stored")) {
            try {
                MutationResult stored = SyncJson.MAPPER.treeToValue(result.detail().get("stored"), MutationResult.class);
                effective = stored.id().equals(result.id()) ? stored
                        : new MutationResult(result.seq(), result.id(), MutationStatus.REJECTED,
                        "the hub holds another change under this number", 0, null);
            } catch (JsonProcessingException | IllegalArgumentException e) {
                effective = result;
            }
        }
        OutboxState state = switch (effective.status()) {
            case APPLIED, DUPLICATE -> OutboxState.ACKED;
            case CONFLICT_RECORDED -> OutboxState.CONFLICT;
            case REJECTED -> OutboxState.REJECTED;
        };
        try (PreparedStatement ps = connection.prepareStatement(
                "UPDATE outbox SET state = ?, result = ? WHERE seq = ? AND mutation_id = ?")) {
            ps.setString(1, state.name());
            ps.setString(2, json(effective));
            ps.setLong(3, result.seq());
            ps.setString(4, result.id().toString());
            if (ps.executeUpdate() != 1) {
                throw new SQLException("the hub answered for mutation " + result.seq()
                        + " but this workstation's outbox has another mutation there");
            }
        }
        return effective;
    }

    /** Every pending row up to {@code seq} was taken by the hub (pull said so). */
    public int ackUpTo(long seq) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(
                "UPDATE outbox SET state = 'ACKED' WHERE state = 'PENDING' AND seq <= ?")) {
            ps.setLong(1, seq);
            return ps.executeUpdate();
        }
    }

    /**
     * The hub has only seen up to {@code hubLast} (a restored hub, or a push it lost): every row
     * after it is pending again, so it is sent again under its own seq and mutation id.
     */
    public int reopenAfter(long hubLast) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(
                "UPDATE outbox SET state = 'PENDING', result = NULL WHERE seq > ? AND state <> 'PENDING'")) {
            ps.setLong(1, hubLast);
            return ps.executeUpdate();
        }
    }

    public Map<OutboxState, Integer> counts() throws SQLException {
        Map<OutboxState, Integer> counts = new EnumMap<>(OutboxState.class);
        for (OutboxState state : OutboxState.values()) {
            counts.put(state, 0);
        }
        try (PreparedStatement ps = connection.prepareStatement("SELECT state, count(*) FROM outbox GROUP BY state");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                counts.put(OutboxState.valueOf(rs.getString(1)), rs.getInt(2));
            }
        }
        return counts;
    }

    /** Rows in one state, newest first, for the Sync screen. */
    public List<OutboxRow> inState(OutboxState state, int limit) throws SQLException {
        List<OutboxRow> rows = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement(LABELLED
                + " WHERE o.state = ? ORDER BY o.seq DESC LIMIT ?")) {
            ps.setString(1, state.name());
            ps.setInt(2, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(row(rs, true));
                }
            }
        }
        return rows;
    }

    /** All rows in seq order (tests and the CLI's report). */
    public List<OutboxRow> all() throws SQLException {
        List<OutboxRow> rows = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement(LABELLED + " ORDER BY o.seq");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                rows.add(row(rs, true));
            }
        }
        return rows;
    }

    private static OutboxRow row(ResultSet rs) throws SQLException {
        return row(rs, false);
    }

    private static OutboxRow row(ResultSet rs, boolean labelled) throws SQLException {
        String result = rs.getString("result");
        String entity = rs.getString("entity_id");
        String label = labelled ? rs.getString("label") : entity;
        return new OutboxRow(rs.getLong("seq"), UUID.fromString(rs.getString("mutation_id")), rs.getString("kind"),
                entity, rs.getLong("base_version"), rs.getString("payload"),
                SyncTimes.parse(rs.getString("created_at")), OutboxState.valueOf(rs.getString("state")),
                reason(result), label, result == null ? null : RefusalWords.of(parse(result)));
    }

    private static @Nullable String reason(@Nullable String result) {
        if (result == null) {
            return null;
        }
        JsonNode node = parse(result);
        JsonNode reason = node.get("reason");
        return reason == null || reason.isNull() ? null : reason.asText();
    }

    static JsonNode parse(String json) {
        try {
            return SyncJson.MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("outbox holds JSON that does not parse", e);
        }
    }

    /** Text the hub would refuse never enters the outbox: the whole change is refused with the reason. */
    private static void refuseUnsendable(String kind, String payload) {
        int bytes = payload.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        if (bytes > org.redress.sync.protocol.ProtocolLimits.MAX_PAYLOAD_BYTES) {
            throw new TextRefused("This change (" + kind + ") is " + bytes / 1024 + " KiB, more than the "
                    + org.redress.sync.protocol.ProtocolLimits.MAX_PAYLOAD_BYTES / 1024 + " KiB the hub takes; nothing was saved.");
        }
        org.redress.sync.protocol.TextRules.Problem problem;
        try {
            problem = org.redress.sync.protocol.TextRules.check(kind, SyncJson.MAPPER.readTree(payload));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an outbox payload is not JSON", e);
        }
        if (problem != null) {
            throw new TextRefused("Not saved: " + problem.reason() + ".");
        }
    }

    static String json(Object value) {
        try {
            return SyncJson.MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }
}
