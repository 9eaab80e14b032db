package org.redress.sync;

import org.jspecify.annotations.Nullable;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.UUID;

/** The one row of {@code sync_meta} on one connection. */
public final class SyncMetaTable {

    private final Connection connection;

    public SyncMetaTable(Connection connection) {
        this.connection = connection;
    }

    public SyncMeta read() throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("SELECT * FROM sync_meta WHERE id = 1");
             ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                throw new SQLException("sync_meta has no row: the workspace was not migrated");
            }
            return new SyncMeta(UUID.fromString(rs.getString("client_id")), rs.getString("hub_url"),
                    rs.getString("server_epoch"), rs.getString("pull_cursor"), rs.getLong("last_acked_seq"),
                    rs.getString("hub_officer"), rs.getString("hub_token"),
                    SyncTimes.parseNullable(rs.getString("token_expires")),
                    SyncTimes.parseNullable(rs.getString("last_attempt_at")),
                    SyncTimes.parseNullable(rs.getString("last_success_at")), rs.getString("last_error"),
                    rs.getString("hub_pin"));
        }
    }

    /**
     * Gives a copied workspace a client id of its own (two workstations must never share one);
     * refused once the outbox holds anything, whose seqs belong to the old id.
     */
    public UUID renewClientId() throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("SELECT count(*) FROM outbox");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            if (rs.getLong(1) > 0) {
                throw new SQLException("the outbox holds changes of this client id; it cannot be renewed");
            }
        }
        UUID id = UUID.randomUUID();
        try (PreparedStatement ps = connection.prepareStatement(
                "UPDATE sync_meta SET client_id = ?, server_epoch = NULL, pull_cursor = NULL, last_acked_seq = 0,"
                        + " hub_token = NULL WHERE id = 1")) {
            ps.setString(1, id.toString());
            ps.executeUpdate();
        }
        // Blocks of numbers were leased to the old id; another copy of the workspace may be using them.
        new org.redress.store.NumberSeries(connection).forgetLeases();
        return id;
    }

    public void setHubUrl(@Nullable String url) throws SQLException {
        update("hub_url", url);
    }

    /** Trusts the hub whose certificate key has {@code fingerprint} (64 hex digits), and no other. */
    public void setHubPin(String fingerprint) throws SQLException {
        update("hub_pin", fingerprint);
    }

    /**
     * Takes the hub's id of this device as the client id. When it differs from the one the outbox was
     * sent under, the hub has none of this device's mutations under the new id: every row is pending
     * again and is sent once more under its own seq and mutation id (the hub answers the ones it
     * took before as duplicates, with their first result). Returns whether the id changed.
     */
    public boolean adoptDeviceId(UUID deviceId) throws SQLException {
        if (read().clientId().equals(deviceId)) {
            return false;
        }
        try (PreparedStatement ps = connection.prepareStatement(
                "UPDATE sync_meta SET client_id = ?, last_acked_seq = 0 WHERE id = 1")) {
            ps.setString(1, deviceId.toString());
            ps.executeUpdate();
        }
        new Outbox(connection).reopenAfter(0);
        return true;
    }

    public void setSession(String officer, String token, Instant expires) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(
                "UPDATE sync_meta SET hub_officer = ?, hub_token = ?, token_expires = ? WHERE id = 1")) {
            ps.setString(1, officer);
            ps.setString(2, token);
            ps.setString(3, SyncTimes.text(expires));
            ps.executeUpdate();
        }
    }

    public void clearToken() throws SQLException {
        update("hub_token", null);
    }

    /** The replica now matches the hub up to {@code cursor} of {@code epoch}. */
    public void setPulled(String epoch, String cursor, long lastAckedSeq) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("""
                UPDATE sync_meta SET server_epoch = ?, pull_cursor = ?, last_acked_seq = max(last_acked_seq, ?)
                WHERE id = 1""")) {
            ps.setString(1, epoch);
            ps.setString(2, cursor);
            ps.setLong(3, lastAckedSeq);
            ps.executeUpdate();
        }
    }

    /** A hub restored from backup: pull from the start of {@code epoch}; the hub holds mutations up to {@code hubLast}. */
    public void reset(@Nullable String epoch, long hubLast) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(
                "UPDATE sync_meta SET server_epoch = ?, pull_cursor = NULL, last_acked_seq = ? WHERE id = 1")) {
            if (epoch == null) {
                ps.setNull(1, Types.VARCHAR);
            } else {
                ps.setString(1, epoch);
            }
            ps.setLong(2, hubLast);
            ps.executeUpdate();
        }
    }

    public void setAcked(long seq) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(
                "UPDATE sync_meta SET last_acked_seq = max(last_acked_seq, ?) WHERE id = 1")) {
            ps.setLong(1, seq);
            ps.executeUpdate();
        }
    }

    public void recordAttempt(Instant at, @Nullable String error) throws SQLException {
        String sql = error == null
                ? "UPDATE sync_meta SET last_attempt_at = ?, last_success_at = ?, last_error = NULL WHERE id = 1"
                : "UPDATE sync_meta SET last_attempt_at = ?, last_error = ? WHERE id = 1";
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            ps.setString(1, SyncTimes.text(at));
            ps.setString(2, error == null ? SyncTimes.text(at) : error);
            ps.executeUpdate();
        }
    }

    private void update(String column, @Nullable String value) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("UPDATE sync_meta SET " + column + " = ? WHERE id = 1")) {
            if (value == null) {
                ps.setNull(1, Types.VARCHAR);
            } else {
                ps.setString(1, value);
            }
            ps.executeUpdate();
        }
    }
}
