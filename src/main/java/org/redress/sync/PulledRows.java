package org.redress.sync;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.redress.audit.AuditChain;
import org.redress.audit.AuditEntry;
import org.redress.audit.CoveredTable;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;

/**
 * Rows another workstation wrote and a pull brought here enter the audit chain like local ones:
 * one {@code sync.pulled} event per row, vouching for its content, so {@code redress verify} tells
 * a pulled note from one slipped into the database by hand.
 */
final class PulledRows {

    static final String KIND = "sync.pulled";

    private PulledRows() {
    }

    static void vouch(Connection c, CoveredTable table, long localId, String hubId, String caseNo, Instant at)
            throws SQLException {
        ObjectNode payload = JsonNodeFactory.instance.objectNode().put("hubId", hubId);
        AuditChain.cover(c, payload, table, localId);
        AuditChain.append(c, new AuditEntry(at, null, KIND, table.name().toLowerCase(java.util.Locale.ROOT),
                caseNo.isBlank() ? hubId : caseNo, payload));
    }
}
