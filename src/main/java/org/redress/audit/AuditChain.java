package org.redress.audit;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Appends to the audit log, inside the caller's write transaction (so the change and its event
 * commit or vanish together). The first event of a workspace is preceded by a baseline that seals
 * the covered rows already there (a demo, an import made before the log existed).
 */
public final class AuditChain {

    public static final String BASELINE = "audit.baseline";
    /** Vouches for the ranges and state a chain begun by an earlier version did not cover, as found. */
    public static final String EXTEND = "audit.extend";
    /** Written at commit when a transaction wrote tracked rows after its last event (or had none). */
    public static final String SEAL = "audit.seal";
    static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private AuditChain() {
    }

    /** The last event's sequence number and hash; empty while the log is empty. */
    public static Optional<ChainHead> head(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT seq, hash FROM audit_event ORDER BY seq DESC LIMIT 1")) {
            return rs.next() ? Optional.of(new ChainHead(rs.getLong(1), rs.getString(2))) : Optional.empty();
        }
    }

    /** The hash of event {@code seq}; empty when the chain has no such event. */
    public static Optional<String> hashAt(Connection c, long seq) throws SQLException {
        try (var ps = c.prepareStatement("SELECT hash FROM audit_event WHERE seq = ?")) {
            ps.setLong(1, seq);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }

    /**
     * Appends {@code entry} after the current head and returns the stored event. The payload keeps
     * only the keys allowed for the entry's kind ({@link AuditPayloads}); the event also vouches for
     * the tracked rows written since the event before ({@link Coverage}).
     */
    public static AuditEvent append(Connection c, AuditEntry entry) throws SQLException {
        Optional<ChainHead> head = head(c);
        if (head.isEmpty() && !entry.kind().equals(BASELINE)) {
            head = Optional.of(head(insert(c, baseline(c, entry.at()), Optional.empty())));
        }
        ObjectNode payload = AuditPayloads.allowed(entry.kind(), entry.payload());
        if (head.isPresent() && Coverage.tracking(c)) {
            Coverage.sweep(c, payload);
        }
        return insert(c, new AuditEntry(entry.at(), entry.actorId(), entry.kind(), entry.entityType(), entry.entityId(),
                payload), head);
    }

    /**
     * Appends an {@link #EXTEND} event when the chain has begun but does not vouch for ranges and
     * state yet (a workspace made before this version): from then on they are vouched for, as found.
     */
    public static boolean extend(Connection c, Instant at) throws SQLException {
        if (head(c).isEmpty() || Coverage.tracking(c)) {
            return false;
        }
        ObjectNode payload = JSON.objectNode();
        Coverage.sealAll(c, payload);
        insert(c, new AuditEntry(at, null, EXTEND, "workspace", "-", payload), head(c));
        return true;
    }

    /** At commit: a {@link #SEAL} event for tracked rows this transaction wrote after its last event; else nothing. */
    public static boolean seal(Connection c, Instant at) throws SQLException {
        if (head(c).isEmpty() || !Coverage.tracking(c) || !Coverage.unsealed(c)) {
            return false;
        }
        append(c, new AuditEntry(at, null, SEAL, "workspace", "-", JSON.objectNode()));
        return true;
    }

    /** At the start of a write: rows and changes made outside the workstation since its last write stay unvouched. */
    public static void disown(Connection c) throws SQLException {
        if (Coverage.tracking(c)) {
            Coverage.disown(c);
        }
    }

    /**
     * Seals the covered rows present now, when the log is still empty (the demo calls this once it
     * has written its cases); does nothing on a log that has begun.
     */
    public static void sealExisting(Connection c, Instant at) throws SQLException {
        if (head(c).isEmpty()) {
            insert(c, baseline(c, at), Optional.empty());
        }
    }

    /**
     * Whether the setting {@code key} holds {@code value} and has since the chain began: the event
     * that first vouched for the settings (the baseline, or for a workspace made by an earlier
     * version the event that extended its chain) vouches for the row as it stands now. A demo
     * workspace is marked so when it is made; a mark added later, by hand or with the shell, is not.
     */
    public static boolean sealedSinceBaseline(Connection c, String key, String value) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT value FROM settings WHERE key = ?")) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next() || !value.equals(rs.getString(1))) {
                    return false;
                }
            }
        }
        String digest = StateTable.SETTINGS.digest(c, key);
        for (String sql : new String[] {"SELECT payload FROM audit_event WHERE seq = 1 AND kind = '" + BASELINE + "'",
                "SELECT payload FROM audit_event WHERE kind = '" + EXTEND + "' ORDER BY seq LIMIT 1"}) {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
                if (!rs.next()) {
                    continue;
                }
                com.fasterxml.jackson.databind.JsonNode payload;
                try {
                    payload = new com.fasterxml.jackson.databind.ObjectMapper().readTree(rs.getString(1));
                } catch (java.io.IOException e) {
                    return false;
                }
                if (!payload.has("state")) {
                    continue;
                }
                for (var state : payload.path("state")) {
                    if ("settings".equals(state.path("table").asText()) && key.equals(state.path("key").asText())) {
                        return digest != null && digest.equals(state.path("sha256").asText());
                    }
                }
                return false;
            }
        }
        return false;
    }

    /** Adds {@code table}'s row {@code id} with its digest to the payload's {@code rows}. */
    public static ObjectNode cover(Connection c, ObjectNode payload, CoveredTable table, long id) throws SQLException {
        String sha = RowDigests.of(c, table, id)
                .orElseThrow(() -> new IllegalStateException(table.table() + " " + id + " does not exist"));
        ArrayNode rows = payload.has("rows") ? (ArrayNode) payload.get("rows") : payload.putArray("rows");
        rows.addObject().put("table", table.table()).put("id", id).put("sha256", sha);
        return payload;
    }

    private static ChainHead head(AuditEvent event) {
        return new ChainHead(event.seq(), event.hash());
    }

    private static AuditEvent insert(Connection c, AuditEntry entry, Optional<ChainHead> head) throws SQLException {
        long seq = head.map(ChainHead::seq).orElse(0L) + 1;
        String prev = head.map(ChainHead::hash).orElse(AuditCanonical.GENESIS);
        String at = DateTimeFormatter.ISO_INSTANT.format(entry.at());
        String payload = entry.payload().toString();
        String hash = AuditCanonical.hash(seq, at, entry.actorId(), entry.kind(), entry.entityType(), entry.entityId(),
                payload, prev);
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO audit_event (seq, at, actor_id, kind, entity_type, entity_id, payload, prev_hash, hash)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            ps.setLong(1, seq);
            ps.setString(2, at);
            ps.setObject(3, entry.actorId());
            ps.setString(4, entry.kind());
            ps.setString(5, entry.entityType());
            ps.setString(6, entry.entityId());
            ps.setString(7, payload);
            ps.setString(8, prev);
            ps.setString(9, hash);
            ps.executeUpdate();
        }
        return new AuditEvent(seq, at, entry.actorId(), entry.kind(), entry.entityType(), entry.entityId(), payload,
                prev, hash);
    }

    private static AuditEntry baseline(Connection c, Instant at) throws SQLException {
        ObjectNode payload = JSON.objectNode();
        ArrayNode tables = payload.putArray("baseline");
        for (CoveredTable table : CoveredTable.values()) {
            long upTo;
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(table.maxId())) {
                upTo = rs.next() ? rs.getLong(1) : 0;
            }
            Baseline digest = new Baseline();
            RowDigests.upTo(c, table, upTo, digest::add);
            tables.addObject().put("table", table.table()).put("upTo", upTo).put("rows", digest.rows)
                    .put("sha256", digest.hex());
        }
        Coverage.sealAll(c, payload);
        return new AuditEntry(at, null, BASELINE, "workspace", "-", payload);
    }

    /** The rolling digest of the rows a baseline seals: {@code id:sha256\n} per row, in id order. */
    static final class Baseline {
        private final MessageDigest digest = AuditCanonical.digest();
        long rows;

        void add(long id, String sha256) {
            digest.update((id + ":" + sha256 + "\n").getBytes(StandardCharsets.UTF_8));
            rows++;
        }

        String hex() {
            return HexFormat.of().formatHex(digest.digest());
        }
    }
}
