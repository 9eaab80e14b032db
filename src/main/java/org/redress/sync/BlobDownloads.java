package org.redress.sync;

import org.jspecify.annotations.Nullable;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The {@code blob_download} table: evidence files known from pulls whose bytes are still to fetch. */
final class BlobDownloads {

    record Wanted(String sha256, long size) {
    }

    private BlobDownloads() {
    }

    static void expect(Connection c, String sha256, long size, Instant at) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO blob_download (sha256, size, updated_at) VALUES (?, ?, ?) ON CONFLICT (sha256) DO NOTHING""")) {
            ps.setString(1, sha256);
            ps.setLong(2, size);
            ps.setString(3, SyncTimes.text(at));
            ps.executeUpdate();
        }
    }

    static List<Wanted> pending(Connection c) throws SQLException {
        List<Wanted> wanted = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT sha256, size FROM blob_download WHERE state = 'PENDING' ORDER BY sha256");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                wanted.add(new Wanted(rs.getString(1), rs.getLong(2)));
            }
        }
        return wanted;
    }

    static void done(Connection c, String sha256, Instant at) throws SQLException {
        mark(c, sha256, "DONE", null, at);
    }

    static void failed(Connection c, String sha256, String error, Instant at) throws SQLException {
        mark(c, sha256, "PENDING", error, at);
    }

    private static void mark(Connection c, String sha256, String state, @Nullable String error, Instant at) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE blob_download SET state = ?, last_error = ?, updated_at = ? WHERE sha256 = ?")) {
            ps.setString(1, state);
            ps.setString(2, error);
            ps.setString(3, SyncTimes.text(at));
            ps.setString(4, sha256);
            ps.executeUpdate();
        }
    }
}
