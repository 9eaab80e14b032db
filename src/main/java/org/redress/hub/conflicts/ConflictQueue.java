package org.redress.hub.conflicts;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.redress.hub.accounts.Caller;
import org.redress.hub.db.HubDatabase;
import org.redress.hub.http.HttpProblem;
import org.redress.hub.http.HubJson;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code GET /v1/conflicts}: the open decision conflicts of the supervisor's office, each with
 * every competing decision, so the resolution can name them all ({@code conflict.resolve}).
 */
public final class ConflictQueue {

    private final HubDatabase db;

    public ConflictQueue(HubDatabase db) {
        this.db = db;
    }

    public ObjectNode open(Caller caller) throws SQLException {
        if (!caller.role().approves()) {
            throw HttpProblem.forbidden("only supervisors see the conflict queue");
        }
        Map<String, ObjectNode> conflicts = new LinkedHashMap<>();
        try (Connection c = db.connection();
             PreparedStatement ps = c.prepareStatement("""
                     SELECT k.id, k.case_no, k.version, k.opened_at, d.id, d.officer_id, o.username, d.state,
                            d.base_version, d.recorded_version, d.recorded_at, d.payload::text
                     FROM decision_conflict k
                     JOIN conflict_decision cd ON cd.conflict_id = k.id
                     JOIN case_decision d ON d.id = cd.decision_id
                     LEFT JOIN officer o ON o.id = d.officer_id
                     WHERE k.office_code = ? AND k.status = 'OPEN'
                     ORDER BY k.opened_at, k.id, d.recorded_version""")) {
            ps.setString(1, caller.officeCode());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String id = rs.getString(1);
                    ObjectNode conflict = conflicts.get(id);
                    if (conflict == null) {
                        conflict = HubJson.object();
                        conflict.put("id", id);
                        conflict.put("caseNo", rs.getString(2));
                        conflict.put("conflictVersion", rs.getLong(3));
                        conflict.put("openedAt", rs.getTimestamp(4).toInstant().toString());
                        conflict.putArray("decisions");
                        conflicts.put(id, conflict);
                    }
                    ObjectNode d = ((ArrayNode) conflict.get("decisions")).addObject();
                    d.put("id", rs.getString(5));
                    d.put("officerId", rs.getString(6));
                    d.put("username", rs.getString(7));
                    d.put("state", rs.getString(8));
                    d.put("baseVersion", rs.getLong(9));
                    d.put("recordedVersion", rs.getLong(10));
                    d.put("recordedAt", rs.getTimestamp(11).toInstant().toString());
                    d.set("payload", HubJson.tree(rs.getString(12)));
                }
            }
        }
        ObjectNode body = HubJson.object();
        body.put("officeCode", caller.officeCode());
        ArrayNode list = body.putArray("conflicts");
        conflicts.values().forEach(list::add);
        return body;
    }
}
