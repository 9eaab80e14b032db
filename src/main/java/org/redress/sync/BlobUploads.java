package org.redress.sync;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The {@code blob_upload} table: evidence files the hub has yet to receive, and how far each got. */
public final class BlobUploads {

    /** One file on its way; {@code uploaded} bytes are at the hub already. */
    public record Pending(String sha256, long size, long uploaded, String state) {
    }

    private final Connection connection;

    public BlobUploads(Connection connection) {
        this.connection = connection;
    }

    /** Notes that the hub must receive the evidence file {@code sha256} (its size from evidence_blob). */
    static void expect(Connection connection, String sha256, Instant at) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("""
                INSERT OR IGNORE INTO blob_upload (sha256, size, updated_at)
                SELECT ?, ifnull((SELECT size FROM evidence_blob WHERE sha256 = ?), 0), ?""")) {
            ps.setString(1, sha256);
            ps.setString(2, sha256);
            ps.setString(3, SyncTimes.text(at));
            ps.executeUpdate();
        }
    }

    public void expect(String sha256, long size, Instant at) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(
                "INSERT OR IGNORE INTO blob_upload (sha256, size, updated_at) VALUES (?, ?, ?)")) {
            ps.setString(1, sha256);
            ps.setLong(2, size);
            ps.setString(3, SyncTimes.text(at));
            ps.executeUpdate();
        }
    }

    public List<Pending> notDone(int limit) throws SQLException {
        List<Pending> rows = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT sha256, size, uploaded_bytes, state FROM blob_upload WHERE state <> 'DONE' ORDER BY updated_at LIMIT ?")) {
            ps.setInt(1, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Pending(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getString(4)));
                }
            }
        }
        return rows;
    }

    public void progress(String sha256, long uploaded, String state, Instant at) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(
                "UPDATE blob_upload SET uploaded_bytes = ?, state = ?, last_error = NULL, updated_at = ? WHERE sha256 = ?")) {
            ps.setLong(1, uploaded);
            ps.setString(2, state);
            ps.setString(3, SyncTimes.text(at));
            ps.setString(4, sha256);
            ps.executeUpdate();
        }
    }

    public int countNotDone() throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("SELECT count(*) FROM blob_upload WHERE state <> 'DONE'");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
