package org.redress.hub.db;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * The hub's epoch: a new value after a restore from backup, so that workstations holding a cursor
 * of the old history pull again from scratch instead of silently missing changes.
 */
public final class ServerEpoch {

    private ServerEpoch() {
    }

    public static String current(Connection c) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT epoch FROM server_epoch WHERE id = 1")) {
            if (!rs.next()) {
                throw new SQLException("server_epoch has no row");
            }
            return rs.getString(1);
        }
    }

    /** Starts a new epoch, as an operator does after restoring the database from a backup. */
    public static String renew(Connection c) throws SQLException {
        String epoch = UUID.randomUUID().toString();
        try (var ps = c.prepareStatement("UPDATE server_epoch SET epoch = ?, started_at = now() WHERE id = 1")) {
            ps.setString(1, epoch);
            ps.executeUpdate();
        }
        return epoch;
    }
}
