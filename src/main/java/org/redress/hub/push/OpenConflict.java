package org.redress.hub.push;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.jspecify.annotations.Nullable;
import org.redress.hub.db.ChangeLog;
import org.redress.hub.http.HubJson;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A case's one open decision_conflict, locked for the transaction. */
record OpenConflict(UUID id, String caseNo, long version) {

    static @Nullable OpenConflict lockOpen(Connection c, String caseNo) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT id, version FROM decision_conflict WHERE case_no = ? AND status = 'OPEN' FOR UPDATE")) {
            ps.setString(1, caseNo);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? new OpenConflict(rs.getObject(1, UUID.class), caseNo, rs.getLong(2)) : null;
            }
        }
    }

    static OpenConflict open(Connection c, HubCase hubCase) throws SQLException {
        UUID id = UUID.randomUUID();
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO decision_conflict (id, case_no, office_code, status, version) VALUES (?, ?, ?, 'OPEN', 1)")) {
            ps.setObject(1, id);
            ps.setString(2, hubCase.caseNo());
            ps.setString(3, hubCase.officeCode());
            ps.executeUpdate();
        }
        return new OpenConflict(id, hubCase.caseNo(), 1);
    }

    /** The conflict grew: a resolution naming only the earlier decisions will be refused. */
    OpenConflict extend(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE decision_conflict SET version = version + 1 WHERE id = ?")) {
            ps.setObject(1, id);
            ps.executeUpdate();
        }
        return new OpenConflict(id, caseNo, version + 1);
    }

    void add(Connection c, UUID decisionId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO conflict_decision (conflict_id, decision_id) VALUES (?, ?) ON CONFLICT DO NOTHING")) {
            ps.setObject(1, id);
            ps.setObject(2, decisionId);
            ps.executeUpdate();
        }
    }

    static List<UUID> members(Connection c, UUID conflictId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT cd.decision_id FROM conflict_decision cd JOIN case_decision d ON d.id = cd.decision_id
                WHERE cd.conflict_id = ? ORDER BY d.recorded_version, d.id""")) {
            ps.setObject(1, conflictId);
            List<UUID> ids = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getObject(1, UUID.class));
                }
            }
            return ids;
        }
    }

    /** Writes the conflict's current state to change_log; returns its decisions. */
    static List<UUID> publish(Connection c, UUID conflictId, String officeCode, long caseVersion) throws SQLException {
        List<UUID> members = members(c, conflictId);
        try (PreparedStatement ps = c.prepareStatement(
                """
                SELECT d.case_no, d.status, d.version, d.opened_at, d.resolved_at, d.resolved_by, d.resolution::text,
                       k.case_id::text
                FROM decision_conflict d JOIN hub_case k ON k.case_no = d.case_no WHERE d.id = ?""")) {
            ps.setObject(1, conflictId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                ObjectNode n = HubJson.object();
                n.put("id", conflictId.toString());
                n.put("caseId", rs.getString(8));
                n.put("caseNo", rs.getString(1));
                n.put("status", rs.getString(2));
                n.put("conflictVersion", rs.getLong(3));
                n.put("openedAt", rs.getTimestamp(4).toInstant().toString());
                n.put("resolvedAt", rs.getTimestamp(5) == null ? null : rs.getTimestamp(5).toInstant().toString());
                n.put("resolvedBy", rs.getString(6));
                n.set("resolution", rs.getString(7) == null ? null : HubJson.tree(rs.getString(7)));
                ArrayNode ids = n.putArray("decisionIds");
                members.forEach(d -> ids.add(d.toString()));
                ChangeLog.append(c, officeCode, "conflict", conflictId.toString(), "upsert", caseVersion, n);
            }
        }
        return members;
    }

    List<UUID> publish(Connection c, String officeCode, long caseVersion) throws SQLException {
        return publish(c, id, officeCode, caseVersion);
    }
}
