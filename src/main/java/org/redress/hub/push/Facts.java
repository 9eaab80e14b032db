package org.redress.hub.push;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.jspecify.annotations.Nullable;
import org.redress.hub.accounts.Caller;
import org.redress.hub.http.HubJson;
import org.redress.sync.protocol.Mutation;
import org.redress.sync.protocol.MutationKind;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;

/** Conflict rule 1 of SYNC.md: notes, attachments and audit events are appended, always. */
final class Facts {

    /** The fact and its change_log row in one statement; no row inserted means the id was taken. */
    static final String APPEND = """
            WITH fact AS (
                INSERT INTO case_fact (id, case_no, office_code, kind, officer_id, payload)
                VALUES (?, ?, ?, ?, ?, ?::jsonb) ON CONFLICT (id) DO NOTHING RETURNING id)
            INSERT INTO change_log (office_code, entity, entity_id, op, version, payload)
            SELECT ?, ?, id::text, 'append', 1, ?::jsonb FROM fact""";

    private Facts() {
    }

    /** Whether a mutation is a note or attachment on a case: the kinds of the fast path. */
    static boolean fastKind(Caller caller, Mutation m) {
        return caller.role().worksCases()
                && (MutationKind.NOTE_ADD.equals(m.kind()) || MutationKind.ATTACHMENT_ADD.equals(m.kind()))
                && HubCase.isCaseId(m.entityId())
                && (MutationKind.NOTE_ADD.equals(m.kind()) || validSha(CaseFields.payload(m)));
    }

    static String entityOf(String kind) {
        return switch (kind) {
            case MutationKind.NOTE_ADD -> "note";
            case MutationKind.ATTACHMENT_ADD -> "attachment";
            case MutationKind.CASE_CLOCK -> "clock";
            default -> "audit";
        };
    }

    private static boolean validSha(JsonNode payload) {
        return payload.path("sha256").asText("").matches("[0-9a-f]{64}");
    }

    /** Binds {@link #APPEND}'s nine parameters after {@code offset}. */
    static void bind(PreparedStatement ps, int offset, Caller caller, Mutation m, @Nullable HubCase hubCase, String entity,
                     JsonNode payload) throws SQLException {
        String caseNo = hubCase == null ? null : hubCase.caseNo();
        ObjectNode n = HubJson.object();
        n.put("id", m.id().toString());
        n.put("caseId", hubCase == null ? null : hubCase.caseId().toString());
        n.put("caseNo", caseNo);
        n.put("officerId", caller.officerId().toString());
        n.put("entityId", m.entityId());
        n.set("payload", payload);
        ps.setObject(offset + 1, m.id());
        ps.setString(offset + 2, caseNo);
        ps.setString(offset + 3, caller.officeCode());
        ps.setString(offset + 4, entity);
        ps.setObject(offset + 5, caller.officerId());
        ps.setString(offset + 6, HubJson.write(payload));
        ps.setString(offset + 7, caller.officeCode());
        ps.setString(offset + 8, entity);
        ps.setString(offset + 9, HubJson.write(n));
    }

    static Outcome append(Connection c, Caller caller, Mutation m) throws SQLException, Rejection {
        JsonNode payload = CaseFields.payload(m);
        String entity = entityOf(m.kind());
        if (!entity.equals("audit") && !caller.role().worksCases()) {
            throw new Rejection("only officers and supervisors add notes and evidence");
        }
        if (entity.equals("attachment")) {
            if (!validSha(payload)) {
                throw new Rejection("an attachment names its file's SHA-256 (64 lowercase hex digits)");
            }
        }
        // Audit events may concern no case (a sign-in); they then stay in the caller's office.
        HubCase hubCase = null;
        UUID caseId = HubCase.caseId(m.entityId());
        if (!entity.equals("audit") || caseId != null && HubCase.lockById(c, caseId) != null) {
            hubCase = HubCase.lockKnown(c, caller, m);
        }
        long version = hubCase == null ? 0 : hubCase.version();
        try (PreparedStatement ps = c.prepareStatement(APPEND)) {
            bind(ps, 0, caller, m, hubCase, entity, payload);
            if (ps.executeUpdate() == 0) {
                throw new Rejection("a record with this id exists already");
            }
        }
        return Outcome.applied(version);
    }
}
