package org.redress.hub.pull;

import com.fasterxml.jackson.core.JsonGenerator;
import org.jspecify.annotations.Nullable;
import org.redress.hub.accounts.Caller;
import org.redress.hub.db.HubDatabase;
import org.redress.hub.db.ServerEpoch;
import org.redress.hub.http.HttpProblem;
import org.redress.hub.http.HubJson;
import org.redress.sync.protocol.Change;
import org.redress.sync.protocol.ProtocolLimits;
import org.redress.sync.protocol.PullResponse;

import java.io.IOException;
import java.io.OutputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code GET /v1/sync/pull}: the office's changes after the cursor in (pos, seq) order, pos being
 * the commit position each writing transaction takes as it commits (migration V15). Positions
 * become visible in order, so a plain {@code (pos, seq) > cursor} skips no slow writer's row (a
 * plain {@code seq > cursor} would), and the order is data a dump and restore keep, unlike
 * transaction ids. A cursor past the hub's last position is from a history the hub no longer has
 * (restored without notice): a new epoch starts and the puller is told (409).
 */
public final class PullService {

    public static final int DEFAULT_LIMIT = 1_000;

    static final String PAGE = """
            SELECT c.seq, c.pos, c.entity, c.entity_id, c.op, c.version, c.payload::text
            FROM change_log c
            WHERE c.office_code = ? AND (c.pos, c.seq) > (?, ?)
            ORDER BY c.pos, c.seq
            LIMIT ?""";

    private final HubDatabase db;

    public PullService(HubDatabase db) {
        this.db = db;
    }

    /** One page, its payloads kept as the JSON text PostgreSQL gave (no parse and re-serialise). */
    public record Page(String epoch, String cursor, boolean hasMore, long lastMutationSeq, List<RawChange> changes) {
    }

    /** A {@link Change} whose payload is JSON text. */
    public record RawChange(long seq, String entity, String entityId, String op, long version, String payloadJson) {
    }

    public PullResponse pull(Caller caller, @Nullable String cursorText, int limit) throws SQLException {
        Page page = page(caller, cursorText, limit);
        List<Change> changes = new ArrayList<>(page.changes().size());
        for (RawChange r : page.changes()) {
            changes.add(new Change(r.seq(), r.entity(), r.entityId(), r.op(), r.version(), HubJson.tree(r.payloadJson())));
        }
        return new PullResponse(page.epoch(), page.cursor(), page.hasMore(), page.lastMutationSeq(), changes);
    }

    public Page page(Caller caller, @Nullable String cursorText, int limit) throws SQLException {
        try (Connection c = db.connection()) {
            String epoch = ServerEpoch.current(c);
            PullCursor cursor = PullCursor.decode(cursorText, epoch);
            if (cursor.pos() > lastPosition(c)) {
                ServerEpoch.renewIfStill(c, epoch);
                throw new HttpProblem(409, "the hub holds less history than this cursor has seen (restored from a backup); "
                        + "pull again from the start");
            }
            long last = lastMutationSeq(c, caller);
            List<RawChange> changes = new ArrayList<>(Math.min(limit, 1024));
            long pos = cursor.pos();
            long seq = cursor.seq();
            boolean more = false;
            try (PreparedStatement ps = c.prepareStatement(PAGE)) {
                ps.setString(1, caller.officeCode());
                ps.setLong(2, cursor.pos());
                ps.setLong(3, cursor.seq());
                ps.setInt(4, limit + 1);
                try (ResultSet rs = ps.executeQuery()) {
                    long bytes = 0;
                    while (rs.next()) {
                        // Bounded by count and by bytes: a page of a few huge changes is cut early (one change at least).
                        if (changes.size() == limit || (!changes.isEmpty() && bytes >= ProtocolLimits.MAX_PULL_PAGE_BYTES)) {
                            more = true;
                            break;
                        }
                        String payload = rs.getString(7);
                        bytes += payload.length() + 128L;
                        seq = rs.getLong(1);
                        pos = rs.getLong(2);
                        changes.add(new RawChange(seq, rs.getString(3), rs.getString(4), rs.getString(5), rs.getLong(6),
                                payload));
                    }
                }
            }
            // What this page shows (changes, lastMutationSeq) must not be lost to a crash after it left.
            HubDatabase.flushBarrier(c);
            return new Page(epoch, new PullCursor(epoch, pos, seq).encode(), more, last, changes);
        }
    }

    /** Writes a page as a {@link PullResponse} in JSON, the payloads copied verbatim. */
    public static void write(Page page, OutputStream out) throws IOException {
        try (JsonGenerator g = HubJson.MAPPER.getFactory().createGenerator(out)) {
            g.writeStartObject();
            g.writeStringField("epoch", page.epoch());
            g.writeStringField("cursor", page.cursor());
            g.writeBooleanField("hasMore", page.hasMore());
            g.writeNumberField("lastMutationSeq", page.lastMutationSeq());
            g.writeArrayFieldStart("changes");
            for (RawChange r : page.changes()) {
                g.writeStartObject();
                g.writeNumberField("seq", r.seq());
                g.writeStringField("entity", r.entity());
                g.writeStringField("entityId", r.entityId());
                g.writeStringField("op", r.op());
                g.writeNumberField("version", r.version());
                g.writeFieldName("payload");
                g.writeRawValue(r.payloadJson());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
    }

    private static long lastPosition(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT last FROM change_counter WHERE id = 1");
             ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    private static long lastMutationSeq(Connection c, Caller caller) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT last_mutation_seq FROM sync_client WHERE client_id = ?")) {
            ps.setObject(1, caller.deviceId());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        }
    }
}
