package org.redress.sync;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.redress.sync.protocol.Change;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;

/**
 * Evidence another workstation attached, as a pull brings it: the attachment row with who, when,
 * source and reason, the blob's row, and a {@code blob_download} entry so the bytes are fetched
 * (until then the attachment shows as "file pending"). One's own attachments come back
 * recognised by their mutation id and are left alone.
 */
final class PulledAttachments {

    private PulledAttachments() {
    }

    static boolean apply(Connection c, ReplicaLookups ids, Change change, ObjectNode f, Instant now)
            throws SQLException {
        String hubId = f.path("id").asText(change.entityId());
        if (ids.known("attachment", hubId) != null) {
            return false;
        }
        Long caseId = ids.caseId(f.path("caseId").asText(""));
        String sha = f.path("sha256").asText("");
        String by = f.path("by").isTextual() ? f.get("by").asText() : null;
        long size = f.path("size").asLong(-1);
        if (caseId == null || by == null || !sha.matches("[0-9a-f]{64}") || size < 0) {
            return false;
        }
        try (PreparedStatement blob = c.prepareStatement(
                "INSERT INTO evidence_blob (sha256, size, media_type) VALUES (?, ?, ?) ON CONFLICT (sha256) DO NOTHING")) {
            blob.setString(1, sha);
            blob.setLong(2, size);
            blob.setString(3, f.path("mediaType").asText("application/octet-stream"));
            blob.executeUpdate();
        }
        try (PreparedStatement row = c.prepareStatement("""
                INSERT INTO attachment (case_id, sha256, file_name, added_by, added_at, source, reason)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")) {
            row.setLong(1, caseId);
            row.setString(2, sha);
            row.setString(3, f.path("fileName").asText(sha));
            row.setLong(4, ids.officer(by));
            row.setString(5, f.path("at").asText(SyncTimes.text(now)));
            row.setString(6, f.path("source").asText(""));
            row.setString(7, f.path("reason").asText(""));
            row.executeUpdate();
        }
        ids.remember("attachment", hubId, ids.lastId());
        BlobDownloads.expect(c, sha, size, now);
        return true;
    }
}
