package org.redress.hub.push;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.jspecify.annotations.Nullable;
import org.redress.hub.accounts.Caller;
import org.redress.hub.http.HubJson;
import org.redress.sync.protocol.Mutation;
import org.redress.sync.protocol.MutationKind;
import org.redress.sync.protocol.ReasonCodes;

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

    /**
     * Whether an attachment may name a file: one no office has uploaded yet, or one the caller's office
     * holds ({@code uploadedBy} is then the caller's office; another office's code when only others hold it).
     */
    static boolean blobMayBeNamed(@Nullable String uploadedBy, Caller caller) {
        return uploadedBy == null || uploadedBy.isEmpty() || uploadedBy.equals(caller.officeCode());
    }

    /** The caller's office when it holds the file, else another holder's, or null when nobody uploaded it yet. */
    private static @Nullable String blobOffice(Connection c, String sha256, Caller caller) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT CASE WHEN bool_or(office_code = ?) THEN ? ELSE min(office_code) END
                FROM blob_holder WHERE sha256 = ?""")) {
            ps.setString(1, caller.officeCode());
            ps.setString(2, caller.officeCode());
            ps.setString(3, sha256);
            try (java.sql.ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    /** The officer's declarations as the fast path reads them: a JSON array of [caseId, subjectKey, agency, relation, at]. */
    static java.util.List<CaseView.HubDeclaration> declarations(String json) {
        java.util.List<CaseView.HubDeclaration> list = new java.util.ArrayList<>();
        for (JsonNode d : HubJson.tree(json)) {
            String at = d.path(4).asText("");
            list.add(new CaseView.HubDeclaration(d.path(0).isTextual() ? UUID.fromString(d.get(0).asText()) : null,
                    d.path(1).isTextual() ? d.get(1).asText() : null, d.path(2).isTextual() ? d.get(2).asText() : null,
                    d.path(3).asText(""), java.time.OffsetDateTime.parse(at).toInstant()));
        }
        return list;
    }

    static Outcome append(Connection c, Caller caller, Mutation m) throws SQLException, Rejection {
        JsonNode payload = CaseFields.payload(m);
        String entity = entityOf(m.kind());
        if (!entity.equals("audit")) {
            Rules.requireRole(caller, org.redress.domain.access.Permission.ADD_NOTE);
        }
        if (entity.equals("attachment")) {
            if (!validSha(payload)) {
                throw new Rejection("an attachment names its file's SHA-256 (64 lowercase hex digits)");
            }
            if (!blobMayBeNamed(blobOffice(c, payload.get("sha256").asText(), caller), caller)) {
                throw new Rejection(ReasonCodes.BLOB_OTHER_OFFICE, "the file " + payload.get("sha256").asText()
                        + " was uploaded by another office; an attachment cannot make it this office's");
            }
        }
        // Audit events may concern no case (a sign-in); they then stay in the caller's office.
        HubCase hubCase = null;
        UUID caseId = HubCase.caseId(m.entityId());
        if (!entity.equals("audit") || caseId != null && HubCase.lockById(c, caseId) != null) {
            hubCase = HubCase.lockKnown(c, caller, m);
            if (entity.equals("note") || entity.equals("attachment")) {
                // An officer who must stand aside from a case adds nothing to its file (NoteService, AttachmentService);
                // the deadline clock's steps are bookkeeping, not review.
                Rules.requireNotRecused(CaseView.read(c, caller, hubCase));
            }
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
