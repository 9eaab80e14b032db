package org.redress.hub.blobs;

import org.redress.hub.db.HubDatabase;
import org.redress.hub.db.Periodic;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Uploads a device began and never finished ({@code blob_transfer} rows and their chunks) are
 * dropped once no chunk has arrived for {@link #DEFAULT_AGE}: a workstation that comes back later
 * starts that file again from byte 0 (its HEAD finds no upload of its own). The sweep skips an
 * upload a PATCH holds at that moment and never touches the chunks of a complete blob. The hub runs
 * it at start and every {@link #DEFAULT_EVERY} ({@link #schedule}); {@link #sweep} is the one pass.
 */
public final class AbandonedUploads implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(AbandonedUploads.class);

    /** How long an upload may rest without a chunk before it counts as abandoned. */
    public static final Duration DEFAULT_AGE = Duration.ofDays(7);
    /** How often a running hub sweeps. */
    public static final Duration DEFAULT_EVERY = Duration.ofHours(6);

    private final Periodic timer;

    private AbandonedUploads(Periodic timer) {
        this.timer = timer;
    }

    /** Sweeps now (on its own thread) and every {@code every}, dropping uploads idle for longer than {@code age}. */
    public static AbandonedUploads schedule(HubDatabase db, Duration age, Duration every) {
        return new AbandonedUploads(Periodic.every("hub.upload_sweep", Duration.ZERO, every,
                () -> sweep(db, Instant.now().minus(age))));
    }

    /** Drops every upload with no chunk since {@code idleSince}, with its chunks; returns how many uploads went. */
    public static int sweep(HubDatabase db, Instant idleSince) throws SQLException {
        int dropped = db.inTransaction(c -> {
            List<UUID> ids = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT t.id FROM blob_transfer t WHERE t.updated_at < ?
                      AND NOT EXISTS (SELECT 1 FROM blob b WHERE b.upload_id = t.id)
                    FOR UPDATE SKIP LOCKED""")) {
                ps.setTimestamp(1, Timestamp.from(idleSince));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getObject(1, UUID.class));
                    }
                }
            }
            if (ids.isEmpty()) {
                return 0;
            }
            Array array = c.createArrayOf("uuid", ids.toArray());
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM blob_chunk WHERE upload_id = ANY (?)")) {
                ps.setArray(1, array);
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM blob_transfer WHERE id = ANY (?)")) {
                ps.setArray(1, array);
                return ps.executeUpdate();
            }
        });
        if (dropped > 0) {
            LOG.info("event=hub.upload_sweep dropped={}", dropped);
        }
        return dropped;
    }

    @Override
    public void close() {
        timer.close();
    }
}
