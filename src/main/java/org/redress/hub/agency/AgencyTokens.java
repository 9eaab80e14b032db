package org.redress.hub.agency;

import org.jspecify.annotations.Nullable;
import org.redress.hub.db.HubDatabase;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Agencies' API credentials ({@code agency_token}, hub migration V75): 256 random bits shown once
 * when made, stored only as SHA-256. An agency may hold several; revoking is a date.
 */
public final class AgencyTokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    private AgencyTokens() {
    }

    /** Makes a token for a registered agency and returns it (the only time it is seen). */
    public static String create(HubDatabase db, String agencyCode) throws SQLException {
        byte[] raw = new byte[32];
        RANDOM.nextBytes(raw);
        String token = "agency_" + Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
        db.inTransaction(c -> {
            try (PreparedStatement check = c.prepareStatement("SELECT 1 FROM agency WHERE code = ?")) {
                check.setString(1, agencyCode);
                try (ResultSet rs = check.executeQuery()) {
                    if (!rs.next()) {
                        throw new IllegalArgumentException("the hub knows no agency '" + agencyCode
                                + "'; add it first (redress hub add-agency)");
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO agency_token (token_sha256, agency_code) VALUES (?, ?)")) {
                ps.setString(1, sha256(token));
                ps.setString(2, agencyCode);
                return ps.executeUpdate();
            }
        });
        return token;
    }

    /** The agency a bearer header's token belongs to; null for none, an officer's token, or a revoked one. */
    static @Nullable String agencyOf(Connection c, @Nullable String authorization) throws SQLException {
        if (authorization == null || !authorization.startsWith("Bearer agency_")) {
            return null;
        }
        String token = authorization.substring("Bearer ".length()).strip();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT agency_code FROM agency_token WHERE token_sha256 = ? AND revoked_at IS NULL")) {
            ps.setString(1, sha256(token));
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
