package org.redress.hub.accounts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

/**
 * Bearer tokens: 256 random bits for the device, only their SHA-256 for the database. A device
 * holds one token at a time: a new sign-in on it revokes every earlier one, and signing out
 * revokes the token signed out with.
 */
final class Tokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    private Tokens() {
    }

    static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static byte[] sha256(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /** A new token for {@code officerId} on {@code deviceId}; the device's earlier tokens stop working. */
    static String issue(Connection c, UUID officerId, UUID deviceId, Instant expires, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM access_token WHERE device_id = ? OR expires_at < ?")) {
            ps.setObject(1, deviceId);
            ps.setTimestamp(2, Timestamp.from(now));
            ps.executeUpdate();
        }
        String token = newToken();
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO access_token (token_sha256, officer_id, device_id, expires_at) VALUES (?, ?, ?, ?)")) {
            ps.setBytes(1, sha256(token));
            ps.setObject(2, officerId);
            ps.setObject(3, deviceId);
            ps.setTimestamp(4, Timestamp.from(expires));
            ps.executeUpdate();
        }
        return token;
    }

    /** Revokes {@code token}; true when it existed. */
    static boolean revoke(Connection c, String token) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM access_token WHERE token_sha256 = ?")) {
            ps.setBytes(1, sha256(token));
            return ps.executeUpdate() > 0;
        }
    }
}
