package org.redress.hub.db;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * The hub's epoch: a new value after a restore from backup, so that workstations holding a cursor
 * of the old history pull again from scratch instead of silently missing changes. The hub notices
 * a restore by itself ({@link #checkCluster}): at every start it compares what identifies this
 * database — the cluster's system identifier and timeline, the database's and change_log's object
 * ids — with what it recorded; a dump restored anywhere (new relations), a new cluster or a
 * point-in-time recovery (a new timeline) all differ, and a new epoch starts.
 */
public final class ServerEpoch {

    private static final Logger LOG = LoggerFactory.getLogger(ServerEpoch.class);

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

    /** Starts a new epoch, as after restoring the database from a backup. */
    public static String renew(Connection c) throws SQLException {
        String epoch = UUID.randomUUID().toString();
        try (var ps = c.prepareStatement("UPDATE server_epoch SET epoch = ?, started_at = now() WHERE id = 1")) {
            ps.setString(1, epoch);
            ps.executeUpdate();
        }
        return epoch;
    }

    /** Starts a new epoch unless another caller already replaced {@code seen} (so two pullers start one, not two). */
    public static void renewIfStill(Connection c, String seen) throws SQLException {
        try (var ps = c.prepareStatement("UPDATE server_epoch SET epoch = ?, started_at = now() WHERE id = 1 AND epoch = ?")) {
            ps.setString(1, UUID.randomUUID().toString());
            ps.setString(2, seen);
            if (ps.executeUpdate() == 1) {
                LOG.warn("event=hub.restore_detected by=cursor_ahead");
            }
        }
    }

    /**
     * Compares this database's identity with the one recorded and starts a new epoch when it
     * differs (recording the new one); the first check after the migration only records it.
     * Returns the epoch in force.
     */
    public static String checkCluster(DataSource dataSource) throws SQLException {
        String identity = identity(dataSource);
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                String recorded;
                String epoch;
                try (Statement st = c.createStatement();
                     ResultSet rs = st.executeQuery("SELECT cluster, epoch FROM server_epoch WHERE id = 1 FOR UPDATE")) {
                    if (!rs.next()) {
                        throw new SQLException("server_epoch has no row");
                    }
                    recorded = rs.getString(1);
                    epoch = rs.getString(2);
                }
                if (!identity.equals(recorded)) {
                    if (recorded != null) {
                        epoch = renew(c);
                        LOG.warn("event=hub.restore_detected by=database_identity");
                    }
                    try (PreparedStatement ps = c.prepareStatement("UPDATE server_epoch SET cluster = ? WHERE id = 1")) {
                        ps.setString(1, identity);
                        ps.executeUpdate();
                    }
                }
                c.commit();
                return epoch;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        }
    }

    /** What identifies this database; parts the hub's role may not read are left out (each its own statement). */
    static String identity(DataSource dataSource) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            return part(c, "SELECT system_identifier::text FROM pg_control_system()")
                    + ":" + part(c, "SELECT timeline_id::text FROM pg_control_checkpoint()")
                    + ":" + part(c, "SELECT oid::text FROM pg_database WHERE datname = current_database()")
                    + ":" + part(c, "SELECT 'change_log'::regclass::oid::text");
        }
    }

    private static String part(Connection c, String sql) {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : "-";
        } catch (SQLException e) {
            return "-";
        }
    }
}
