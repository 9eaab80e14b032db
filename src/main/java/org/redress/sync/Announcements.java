package org.redress.sync;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.redress.sync.protocol.MutationKind;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The {@code case.create} of a case: written by {@link OutboxSink} in the transaction that made the
 * case, so it comes before any change to it. Cases made here before cases were synced (marked
 * {@code announce = 1} by the migration) are announced late: before the first change to them, or
 * by the sync round, whichever comes first, with {@code legacy: true} (their numbers predate leases).
 */
final class Announcements {

    private Announcements() {
    }

    /** Appends the case's creation to the outbox (inside the caller's transaction) and clears its mark. */
    static void announce(Connection c, long caseStoreId, UUID mutationId, Instant at, boolean legacy) throws SQLException {
        ObjectNode payload = CaseContent.of(c, caseStoreId);
        String caseId = payload.get("caseId").asText();
        payload.put("at", SyncTimes.text(at));
        if (legacy) {
            payload.put("legacy", true);
        }
        new Outbox(c).append(mutationId, MutationKind.CASE_CREATE, caseId, 0, Outbox.json(payload), at);
        try (PreparedStatement ps = c.prepareStatement("UPDATE appeal_case SET announce = 0 WHERE id = ? AND announce = 1")) {
            ps.setLong(1, caseStoreId);
            ps.executeUpdate();
        }
    }

    /** Announces up to {@code limit} cases still marked; returns how many. */
    static int announceMarked(Connection c, Instant at, int limit) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM appeal_case WHERE announce = 1 ORDER BY id LIMIT ?")) {
            ps.setInt(1, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
        }
        for (long id : ids) {
            announce(c, id, UUID.randomUUID(), at, true);
        }
        return ids.size();
    }

    /** Whether any case still waits to be announced (cheap: a partial index). */
    static boolean anyMarked(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM appeal_case WHERE announce = 1 LIMIT 1");
             ResultSet rs = ps.executeQuery()) {
            return rs.next();
        }
    }
}
