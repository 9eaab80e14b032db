package org.redress.casework;

import org.redress.audit.AuditEvent;
import org.redress.audit.AuditVerifier;
import org.redress.audit.ChainHead;
import org.redress.audit.VerificationReport;
import org.redress.domain.access.Officer;
import org.redress.domain.access.Permission;
import org.redress.security.Authorization;
import org.redress.store.Database;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The audit log for those allowed to read it (auditors): pages of events, the head, the integrity check. */
public final class AuditTrail {

    private final Database database;

    public AuditTrail(Database database) {
        this.database = database;
    }

    /** Up to {@code limit} events after {@code afterSeq}, oldest first. */
    public List<AuditEvent> page(Officer viewer, long afterSeq, int limit) {
        Authorization.require(viewer, Permission.READ_AUDIT);
        return database.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT seq, at, actor_id, kind, entity_type, entity_id, payload, prev_hash, hash
                    FROM audit_event WHERE seq > ? ORDER BY seq LIMIT ?""")) {
                ps.setLong(1, afterSeq);
                ps.setInt(2, Math.max(0, limit));
                try (ResultSet rs = ps.executeQuery()) {
                    List<AuditEvent> events = new ArrayList<>();
                    while (rs.next()) {
                        long actor = rs.getLong(3);
                        Long actorId = rs.wasNull() ? null : actor;
                        events.add(new AuditEvent(rs.getLong(1), rs.getString(2), actorId, rs.getString(4),
                                rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9)));
                    }
                    return events;
                }
            }
        });
    }

    public Optional<ChainHead> head(Officer viewer) {
        Authorization.require(viewer, Permission.READ_AUDIT);
        return database.read(org.redress.audit.AuditChain::head);
    }

    /** Runs the integrity check the command line runs ({@code redress verify}). */
    public VerificationReport verify(Officer viewer) {
        Authorization.require(viewer, Permission.READ_AUDIT);
        return database.read(c -> new AuditVerifier(database.workspace()).verify(c, null));
    }
}
