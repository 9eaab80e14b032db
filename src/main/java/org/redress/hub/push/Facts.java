package org.redress.hub.push;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.redress.hub.accounts.Caller;
import org.redress.hub.http.HubJson;
import org.redress.sync.protocol.Mutation;
import org.redress.sync.protocol.MutationKind;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/** Conflict rule 1 of SYNC.md: notes, attachments and audit events are appended, always. */
final class Facts {

    private Facts() {
    }

    static Outcome append(Connection c, Caller caller, Mutation m) throws SQLException, Rejection {
        JsonNode payload = CaseFields.payload(m);
        String entity = switch (m.kind()) {
            case MutationKind.NOTE_ADD -> "note";
            case MutationKind.ATTACHMENT_ADD -> "attachment";
            default -> "audit";
        };
        if (entity.equals("attachment")) {
            String sha = payload.path("sha256").asText("");
            if (!sha.matches("[0-9a-f]{64}")) {
                throw new Rejection("an attachment names its file's SHA-256 (64 lowercase hex digits)");
            }
        }
        // Audit events may concern no case (a sign-in); they then stay in the caller's office.
        String caseNo = null;
        long version = 0;
        if (!entity.equals("audit") || HubCase.lock(c, m.entityId()) != null) {
            HubCase hubCase = HubCase.lockOrCreate(c, caller, m.entityId());
            caseNo = hubCase.caseNo();
            version = hubCase.version();
        }
        ObjectNode n = HubJson.object();
        n.put("id", m.id().toString());
        n.put("caseNo", caseNo);
        n.put("officerId", caller.officerId().toString());
        n.put("entityId", m.entityId());
        n.set("payload", payload);
        // The fact and its change_log row in one round trip; no row back means the id was taken.
        try (PreparedStatement ps = c.prepareStatement("""
                WITH fact AS (
                    INSERT INTO case_fact (id, case_no, office_code, kind, officer_id, payload)
                    VALUES (?, ?, ?, ?, ?, ?::jsonb) ON CONFLICT (id) DO NOTHING RETURNING id)
                INSERT INTO change_log (office_code, entity, entity_id, op, version, payload)
                SELECT ?, ?, id::text, 'append', 1, ?::jsonb FROM fact""")) {
            ps.setObject(1, m.id());
            ps.setString(2, caseNo);
            ps.setString(3, caller.officeCode());
            ps.setString(4, entity);
            ps.setObject(5, caller.officerId());
            ps.setString(6, HubJson.write(payload));
            ps.setString(7, caller.officeCode());
            ps.setString(8, entity);
            ps.setString(9, HubJson.write(n));
            if (ps.executeUpdate() == 0) {
                throw new Rejection("a record with this id exists already");
            }
        }
        return Outcome.applied(version);
    }
}
