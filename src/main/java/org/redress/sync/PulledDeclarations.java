package org.redress.sync;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.redress.audit.CoveredTable;
import org.redress.sync.protocol.Change;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * A recusal declaration another workstation of the office synced, as the hub publishes it
 * ({@code recusal} changes): stored here so this workstation's own recusal checks bar the declarant
 * as the hub does — on the case's subject, or on an agency's entries. Known by the hub's id; this
 * workstation's own declarations coming back are recognised (by that id, or, for those pushed before
 * it was remembered, by officer, target, relation and time) and not copied. A declaration about a
 * case or an agency this workstation does not hold is skipped (it cannot touch anything here).
 * The row is vouched for in the audit chain ({@link PulledRows}).
 */
final class PulledDeclarations {

    static final String ENTITY = "declaration";

    private PulledDeclarations() {
    }

    static boolean apply(Connection c, ReplicaLookups ids, PulledRows pulled, Change change, ObjectNode f)
            throws SQLException {
        String hubId = change.entityId();
        if (ids.known(ENTITY, hubId) != null) {
            return false;
        }
        String by = f.path("by").asText("");
        String relation = f.path("relation").asText("");
        String declaredAt = f.path("declaredAt").asText("");
        if (by.isBlank() || relation.isBlank() || declaredAt.isBlank()) {
            return false;
        }
        Long caseId = null;
        Long subjectId = null;
        String agency = null;
        if (f.path("caseId").isTextual()) {
            caseId = ids.caseId(f.get("caseId").asText());
            if (caseId == null) {
                return false;
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT subject_id FROM appeal_case WHERE id = ?")) {
                ps.setLong(1, caseId);
                try (ResultSet rs = ps.executeQuery()) {
                    subjectId = rs.next() ? rs.getLong(1) : null;
                }
            }
        } else if (f.path("agencyCode").isTextual()) {
            agency = f.get("agencyCode").asText();
            try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM agency WHERE code = ?")) {
                ps.setString(1, agency);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return false;
                    }
                }
            }
        } else {
            return false;
        }
        long officer = ids.officer(by);
        Long same = same(c, officer, caseId, agency, relation, declaredAt);
        if (same != null) {
            ids.remember(ENTITY, hubId, same);
            return false;
        }
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO recusal_declaration (officer_id, subject_id, agency_code, case_id, relation, statement, declared_at)
                VALUES (?, ?, ?, ?, ?, '', ?)""")) {
            ps.setLong(1, officer);
            ps.setObject(2, subjectId);
            ps.setString(3, agency);
            ps.setObject(4, caseId);
            ps.setString(5, relation);
            ps.setString(6, declaredAt);
            ps.executeUpdate();
        }
        long local = ids.lastId();
        ids.remember(ENTITY, hubId, local);
        pulled.add(CoveredTable.DECLARATION, local);
        return true;
    }

    /** This workstation's own declaration of the same relation, target and time (pushed before it was remembered). */
    private static Long same(Connection c, long officer, Long caseId, String agency, String relation, String declaredAt)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT id FROM recusal_declaration WHERE officer_id = ? AND case_id IS ? AND agency_code IS ?
                  AND relation = ? AND declared_at = ? LIMIT 1""")) {
            ps.setLong(1, officer);
            ps.setObject(2, caseId);
            ps.setString(3, agency);
            ps.setString(4, relation);
            ps.setString(5, declaredAt);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : null;
            }
        }
    }
}
