package org.redress.audit;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.jspecify.annotations.Nullable;
import org.redress.keys.DeviceKey;
import org.redress.keys.FileDeviceKey;
import org.redress.store.Database;
import org.redress.store.JournalSink;
import org.redress.store.LocalChange;
import org.redress.store.Workspace;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Appends every local change to the audit log in the change's own transaction. The event keeps
 * the change's ids and codes (not its free text) and the digest of each append-only row the change
 * wrote, so a row altered afterwards is caught by {@code redress verify}.
 *
 * <p>Around every write transaction it also keeps the chain whole: as a transaction begins, rows
 * written outside the workstation are passed over (never vouched for); before it commits, tracked
 * rows it wrote after its last event are sealed by one more event; after it commits, and when the
 * database closes, the chain's head is signed with the device's key into the checkpoint log
 * (at most once a second while writes keep coming). Opening a workspace makes its device key
 * when it has none.
 */
public final class AuditSink implements JournalSink {

    public static final int ORDER = 10;
    private static final Logger LOG = LoggerFactory.getLogger(AuditSink.class);
    private static final long CHECKPOINT_EVERY_NANOS = 1_000_000_000L;

    /** Per open workspace: its device key and when its head was last signed. */
    private static final class Signing {
        final DeviceKey key;
        long lastNanos;
        boolean signedOnce;

        Signing(DeviceKey key) {
            this.key = key;
        }
    }

    private static final Map<Path, Signing> SIGNING = new ConcurrentHashMap<>();

    @Override
    public int order() {
        return ORDER;
    }

    @Override
    public void record(Connection connection, LocalChange change) throws SQLException {
        ObjectNode payload = change.payload().deepCopy();
        payload.put("baseVersion", change.baseVersion());
        cover(connection, change, payload);
        AuditChain.append(connection, new AuditEntry(change.at(), change.actorId(), change.kind(), change.entityType(),
                change.entityId(), payload));
    }

    private static void cover(Connection c, LocalChange change, ObjectNode payload) throws SQLException {
        ObjectNode source = change.payload();
        if (source.path("decisionId").isIntegralNumber() && "decision.record".equals(change.kind())) {
            AuditChain.cover(c, payload, CoveredTable.DECISION, source.get("decisionId").asLong());
        }
        if (source.path("noteId").isIntegralNumber()) {
            AuditChain.cover(c, payload, CoveredTable.NOTE, source.get("noteId").asLong());
        }
        if (source.path("declarationId").isIntegralNumber()) {
            AuditChain.cover(c, payload, CoveredTable.DECLARATION, source.get("declarationId").asLong());
        }
        if (source.path("letterId").isIntegralNumber()) {
            AuditChain.cover(c, payload, CoveredTable.LETTER, source.get("letterId").asLong());
        }
        if ("approval.give".equals(change.kind()) && "case".equals(change.entityType())) {
            Long approval = latestApproval(c, change.entityId());
            if (approval != null) {
                AuditChain.cover(c, payload, CoveredTable.APPROVAL, approval);
            }
        }
    }

    @Override
    public void opened(Database database) {
        Workspace workspace = database.workspace();
        FileDeviceKey.Opened opened = FileDeviceKey.loadOrCreate(workspace.deviceKeyFile());
        SIGNING.put(workspace.root(), new Signing(opened.key()));
        ChainHead head = database.read(AuditChain::head).orElse(null);
        AuditCheckpoints.begin(workspace.checkpointsFile(), opened.key(), opened.created(), head, Instant.now());
        if (head != null && !database.read(Coverage::tracking)) {
            database.writeAndWait(c -> AuditChain.extend(c, Instant.now()));
        }
    }

    @Override
    public void began(Connection connection) throws SQLException {
        AuditChain.disown(connection);
    }

    @Override
    public void committing(Connection connection) throws SQLException {
        AuditChain.seal(connection, Instant.now());
    }

    @Override
    public void committed(Workspace workspace, Connection connection) {
        sign(workspace, connection, false);
    }

    @Override
    public void closing(Workspace workspace, Connection connection) {
        sign(workspace, connection, true);
        SIGNING.remove(workspace.root());
    }

    /** Signs the chain's head into the checkpoint log when it moved (throttled unless {@code now}). */
    private static void sign(Workspace workspace, Connection connection, boolean now) {
        Signing signing = SIGNING.computeIfAbsent(workspace.root(),
                root -> new Signing(FileDeviceKey.loadOrCreate(workspace.deviceKeyFile()).key()));
        synchronized (signing) {
            long t = System.nanoTime();
            if (!now && signing.signedOnce && t - signing.lastNanos < CHECKPOINT_EVERY_NANOS) {
                return;
            }
            try {
                var head = AuditChain.head(connection);
                if (head.isPresent()) {
                    AuditCheckpoints.checkpoint(workspace.checkpointsFile(), signing.key, head.get(), Instant.now());
                    signing.lastNanos = t;
                    signing.signedOnce = true;
                }
            } catch (SQLException | RuntimeException e) {
                LOG.warn("the audit chain's head could not be signed", e);
            }
        }
    }

    /** The approval just written for the case's latest decision (the change names the case, not the row). */
    private static @Nullable Long latestApproval(Connection c, String caseNo) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT a.id FROM approval a JOIN decision d ON d.id = a.decision_id
                JOIN appeal_case k ON k.id = d.case_id WHERE k.case_no = ? ORDER BY a.id DESC LIMIT 1""")) {
            ps.setString(1, caseNo);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : null;
            }
        }
    }
}
