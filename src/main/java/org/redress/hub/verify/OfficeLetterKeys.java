package org.redress.hub.verify;

import org.jspecify.annotations.Nullable;
import org.redress.hub.db.HubDatabase;
import org.redress.letters.qr.Ed25519Keys;
import org.redress.letters.qr.Endorsement;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Each office's letter key ({@code office_letter_key}, made on first need, kept for good) and the
 * endorsements it gives the office's approved workstations: a workstation's key may sign QR payloads
 * for {@link #ENDORSED_DAYS} days; the workstation asks again at every sign-in, so a revoked device
 * stops getting one and its endorsement lapses offline too.
 */
public final class OfficeLetterKeys {

    /** How long an endorsement lasts: a workstation offline longer signs no more letters. */
    public static final int ENDORSED_DAYS = 90;

    private final HubDatabase db;
    private final Clock clock;

    public OfficeLetterKeys(HubDatabase db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** What an approved workstation receives. */
    public record Grant(String officeCode, PublicKey officeKey, Endorsement endorsement) {
    }

    /**
     * Endorses the key of device {@code deviceId} of {@code officeCode}; refused (null) unless the
     * device is APPROVED, of that office, and holds a key.
     */
    public @Nullable Grant endorse(String officeCode, UUID deviceId) throws SQLException {
        return db.inTransaction(c -> {
            byte[] deviceKey;
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT public_key FROM device WHERE id = ? AND office_code = ? AND status = 'APPROVED'")) {
                ps.setObject(1, deviceId);
                ps.setString(2, officeCode);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next() || rs.getBytes(1) == null) {
                        return null;
                    }
                    deviceKey = rs.getBytes(1);
                }
            }
            KeyPair office = keyPair(c, officeCode);
            LocalDate last = LocalDate.now(clock.withZone(ZoneOffset.UTC)).plusDays(ENDORSED_DAYS);
            return new Grant(officeCode, office.getPublic(), Endorsement.issue(office.getPrivate(), officeCode,
                    Ed25519Keys.fromX509(deviceKey), last));
        });
    }

    /** The office's public letter key, made when the office has none; null for an office the hub does not know. */
    public @Nullable PublicKey publicKey(String officeCode) throws SQLException {
        return db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM office WHERE code = ?")) {
                ps.setString(1, officeCode);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return null;
                    }
                }
            }
            return keyPair(c, officeCode).getPublic();
        });
    }

    /** Every office's public letter key the hub has made, by office code: the published key set. */
    public Map<String, PublicKey> published() throws SQLException {
        Map<String, PublicKey> keys = new LinkedHashMap<>();
        try (Connection c = db.connection();
             PreparedStatement ps = c.prepareStatement("SELECT office_code, public_key FROM office_letter_key ORDER BY 1");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                keys.put(rs.getString(1), Ed25519Keys.fromX509(rs.getBytes(2)));
            }
        }
        return keys;
    }

    /** The office's key pair; two instances making one at once agree on the first one written. */
    private static KeyPair keyPair(Connection c, String officeCode) throws SQLException {
        KeyPair read = read(c, officeCode);
        if (read != null) {
            return read;
        }
        try {
            KeyPair made = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
            try (PreparedStatement ps = c.prepareStatement("""
                    INSERT INTO office_letter_key (office_code, public_key, private_key) VALUES (?, ?, ?)
                    ON CONFLICT (office_code) DO NOTHING""")) {
                ps.setString(1, officeCode);
                ps.setBytes(2, made.getPublic().getEncoded());
                ps.setBytes(3, made.getPrivate().getEncoded());
                ps.executeUpdate();
            }
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JDK makes Ed25519 keys", e);
        }
        KeyPair kept = read(c, officeCode);
        if (kept == null) {
            throw new SQLException("the office's letter key was not kept");
        }
        return kept;
    }

    private static @Nullable KeyPair read(Connection c, String officeCode) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT public_key, private_key FROM office_letter_key WHERE office_code = ?")) {
            ps.setString(1, officeCode);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                PrivateKey privateKey = KeyFactory.getInstance("Ed25519")
                        .generatePrivate(new PKCS8EncodedKeySpec(rs.getBytes(2)));
                return new KeyPair(Ed25519Keys.fromX509(rs.getBytes(1)), privateKey);
            }
        } catch (GeneralSecurityException e) {
            throw new SQLException("the office's letter key does not read as Ed25519", e);
        }
    }
}
