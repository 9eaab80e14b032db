package org.redress.hub.push;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.redress.domain.access.Permission;
import org.redress.hub.accounts.Caller;
import org.redress.hub.db.ChangeLog;
import org.redress.hub.http.HubJson;
import org.redress.sync.protocol.Mutation;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * {@code recusal.declare}: an officer's declaration of a relation that bars them, kept by the hub
 * so that its recusal check ({@link CaseView}) holds it as the workstation's does. A declaration
 * names a case of the office (and so its subject: every case of that subject is barred) or an
 * agency ({@code agency:<code>}: every case disputing that agency's entries). Only the declarant's
 * own declarations are taken; they are never withdrawn. Each is published to the office's
 * workstations ({@code recusal} changes), whose local checks then bar the declarant too.
 */
final class Declarations {

    static final String AGENCY_PREFIX = "agency:";
    /** The change log's entity of a published declaration. */
    static final String ENTITY = "recusal";
    static final int MAX_RELATION = 200;

    private Declarations() {
    }

    static Outcome declare(Connection c, Caller caller, Mutation m) throws SQLException, Rejection {
        Rules.requireRole(caller, Permission.DECLARE_RECUSAL);
        JsonNode p = CaseFields.payload(m);
        String relation = p.path("relation").asText("").strip();
        if (relation.isEmpty() || relation.length() > MAX_RELATION) {
            throw new Rejection("a declaration names the relation (1 to " + MAX_RELATION + " characters)");
        }
        Instant at;
        try {
            at = Instant.parse(p.path("declaredAt").asText(""));
        } catch (DateTimeParseException e) {
            throw new Rejection("a declaration has the time it was made");
        }
        java.util.UUID caseId = null;
        String subject = null;
        String agency = null;
        String caseNo = null;
        long version = 0;
        if (m.entityId().startsWith(AGENCY_PREFIX)) {
            agency = m.entityId().substring(AGENCY_PREFIX.length());
            if (!agency.matches("[A-Za-z0-9_.-]{1,32}")) {
                throw new Rejection("not an agency code");
            }
        } else {
            HubCase hubCase = HubCase.lockKnown(c, caller, m);
            caseId = hubCase.caseId();
            caseNo = hubCase.caseNo();
            subject = CaseView.subjectKey(CaseView.details(c, caseId), caseId);
            version = hubCase.version();
        }
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO recusal_declaration (id, officer_id, office_code, case_id, subject_key, agency_code,
                    relation, declared_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING""")) {
            ps.setObject(1, m.id());
            ps.setObject(2, caller.officerId());
            ps.setString(3, caller.officeCode());
            ps.setObject(4, caseId);
            ps.setString(5, subject);
            ps.setString(6, agency);
            ps.setString(7, relation);
            ps.setTimestamp(8, Timestamp.from(at));
            if (ps.executeUpdate() == 0) {
                throw new Rejection("a declaration with this id exists already");
            }
        }
        // Published to the office's workstations, so their own recusal checks bar the declarant as the hub does.
        ObjectNode published = HubJson.object();
        published.put("declarationId", m.id().toString());
        published.put("by", caller.username());
        published.put("caseId", caseId == null ? null : caseId.toString());
        published.put("caseNo", caseNo);
        published.put("agencyCode", agency);
        published.put("relation", relation);
        published.put("declaredAt", p.path("declaredAt").asText());
        ChangeLog.append(c, caller.officeCode(), ENTITY, m.id().toString(), "append", 1, published);
        return Outcome.applied(version);
    }
}
