package org.redress.audit;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.jspecify.annotations.Nullable;
import org.redress.store.JournalSink;
import org.redress.store.LocalChange;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Appends every local change to the audit log in the change's own transaction. The event keeps
 * the change's ids and codes (not its free text) and the digest of each append-only row the change
 * wrote, so a row altered afterwards is caught by {@code redress verify}.
 */
public final class AuditSink implements JournalSink {

    public static final int ORDER = 10;

    @Override
    public int order() {
        return ORDER;
    }

    @Override
    public void record(Connection connection, LocalChange change) throws SQLException {
        ObjectNode payload = AuditPayloads.sanitized(change.payload());
        payload.put("baseVersion", change.baseVersion());
        cover(connection, change, payload);
        AuditChain.append(connection, new AuditEntry(change.at(), change.actorId(), change.kind(), change.entityType(),
                change.entityId(), payload));
    }

    private static void cover(Connection c, LocalChange change, ObjectNode payload) throws SQLException {
        ObjectNode source = change.payload();
        if (source.hasNonNull("decisionId") && "decision.record".equals(change.kind())) {
            AuditChain.cover(c, payload, CoveredTable.DECISION, source.get("decisionId").asLong());
        }
        if (source.hasNonNull("noteId")) {
            AuditChain.cover(c, payload, CoveredTable.NOTE, source.get("noteId").asLong());
        }
        if (source.hasNonNull("declarationId")) {
            AuditChain.cover(c, payload, CoveredTable.DECLARATION, source.get("declarationId").asLong());
        }
        if (source.hasNonNull("letterId")) {
            AuditChain.cover(c, payload, CoveredTable.LETTER, source.get("letterId").asLong());
        }
        if ("approval.give".equals(change.kind()) && "case".equals(change.entityType())) {
            Long approval = latestApproval(c, change.entityId());
            if (approval != null) {
                AuditChain.cover(c, payload, CoveredTable.APPROVAL, approval);
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
