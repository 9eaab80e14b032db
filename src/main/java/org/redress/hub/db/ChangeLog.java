package org.redress.hub.db;

import com.fasterxml.jackson.databind.JsonNode;
import org.redress.hub.http.HubJson;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Appends to change_log inside the caller's transaction; the row takes its transaction's commit
 * position when it commits (a deferred trigger, migration V15), which is what pulls follow.
 */
public final class ChangeLog {

    private ChangeLog() {
    }

    public static void append(Connection c, String officeCode, String entity, String entityId, String op,
                              long version, JsonNode payload) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO change_log (office_code, entity, entity_id, op, version, payload) VALUES (?,?,?,?,?,?::jsonb)")) {
            ps.setString(1, officeCode);
            ps.setString(2, entity);
            ps.setString(3, entityId);
            ps.setString(4, op);
            ps.setLong(5, version);
            ps.setString(6, HubJson.write(payload));
            ps.executeUpdate();
        }
    }
}
