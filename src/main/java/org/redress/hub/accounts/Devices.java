package org.redress.hub.accounts;

import org.jspecify.annotations.Nullable;
import org.redress.domain.access.Role;
import org.redress.hub.db.HubDatabase;
import org.redress.hub.http.HttpProblem;
import org.redress.sync.protocol.KeyFingerprint;
import org.redress.sync.protocol.DeviceProof;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * The workstations of the hub, each named by its Ed25519 key ({@link DeviceProof#deviceId}). A
 * key seen for the first time at a sign-in with a valid password enrols its device as PENDING in
 * the officer's office; a supervisor or administrator of that office (or the hub's operator at the
 * command line) approves or revokes it. Only an APPROVED device's tokens work. Every decision is
 * kept in {@code device_decision} (who, in which role, over HTTP or at the command line, when).
 */
public final class Devices {

    private static final Logger LOG = LoggerFactory.getLogger(Devices.class);
    private static final int MAX_NAME = 100;

    /** Where a device stands. LEGACY: registered before devices had keys; it never signs in again. */
    public enum Status { LEGACY, PENDING, APPROVED, REVOKED }

    /** One device as the hub holds it. {@code fingerprint} is its key's SHA-256 (null for LEGACY). */
    public record Device(UUID id, String name, String officeCode, Status status, @Nullable String fingerprint,
                         @Nullable String enrolledBy, Instant firstSeen, Instant lastSeen, @Nullable String decidedBy,
                         @Nullable Instant decidedAt) {

        /** The first 8 hex digits of the id: enough to name it at the command line. */
        public String shortId() {
            return id.toString().substring(0, 8);
        }
    }

    private static final String SELECT = """
            SELECT d.id, d.name, d.office_code, d.status, d.public_key, o.username, d.first_seen, d.last_seen,
                   d.decided_by, d.decided_at
            FROM device d LEFT JOIN officer o ON o.id = d.enrolled_by""";

    private final HubDatabase db;

    Devices(HubDatabase db) {
        this.db = db;
    }

    /** An Ed25519 public key in X.509 encoding, base64; 400 when it is not one. */
    static PublicKey parseKey(String base64) {
        try {
            byte[] encoded = java.util.Base64.getDecoder().decode(base64);
            PublicKey key = KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(encoded));
            if (!"Ed25519".equals(key.getAlgorithm()) && !"EdDSA".equals(key.getAlgorithm())) {
                throw HttpProblem.badRequest("the device key is not an Ed25519 key");
            }
            return key;
        } catch (IllegalArgumentException | GeneralSecurityException e) {
            throw HttpProblem.badRequest("the device key is not an Ed25519 public key in X.509 encoding, base64");
        }
    }

    /**
     * The device of {@code key}: found (its name and last contact updated), or enrolled PENDING in
     * {@code officeCode} by {@code officerId}, in the caller's transaction.
     */
    static Device enrol(Connection c, PublicKey key, String officeCode, String name, UUID officerId) throws SQLException {
        UUID id = DeviceProof.deviceId(key.getEncoded());
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO device (id, name, office_code, public_key, status, enrolled_by) VALUES (?, ?, ?, ?, 'PENDING', ?)
                ON CONFLICT (id) DO UPDATE SET last_seen = now(),
                    name = CASE WHEN device.office_code = EXCLUDED.office_code THEN EXCLUDED.name ELSE device.name END""")) {
            ps.setObject(1, id);
            ps.setString(2, trim(name));
            ps.setString(3, officeCode);
            ps.setBytes(4, key.getEncoded());
            ps.setObject(5, officerId);
            ps.executeUpdate();
        }
        Device device = find(c, id).orElseThrow();
        if (device.fingerprint() == null || !device.fingerprint().equals(KeyFingerprint.of(key))) {
            // An id of 128 bits of the key's hash taken by another key (or a LEGACY row): never this device.
            throw HttpProblem.forbidden("this device's id is taken at the hub; make a new device key").withCode("DEVICE_CONFLICT");
        }
        return device;
    }

    /**
     * Enrols and approves the device of {@code publicKeyEncoded} at once (the demo's hub approves its
     * own demo workstation; tests), and returns it. An existing device is approved as it is.
     */
    public Device enrolApproved(byte[] publicKeyEncoded, String officeCode, String name, String by) throws SQLException {
        PublicKey key = parseKey(java.util.Base64.getEncoder().encodeToString(publicKeyEncoded));
        UUID id = DeviceProof.deviceId(key.getEncoded());
        db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    INSERT INTO device (id, name, office_code, public_key, status, decided_by, decided_at)
                    VALUES (?, ?, ?, ?, 'APPROVED', ?, now())
                    ON CONFLICT (id) DO NOTHING""")) {
                ps.setObject(1, id);
                ps.setString(2, trim(name));
                ps.setString(3, officeCode);
                ps.setBytes(4, key.getEncoded());
                ps.setString(5, by);
                ps.executeUpdate();
            }
            return null;
        });
        return decide(id.toString(), Status.APPROVED, by, null);
    }

    /** Every device, or those of {@code officeCode}, newest contact first. */
    public List<Device> list(@Nullable String officeCode) throws SQLException {
        try (Connection c = db.connection();
             PreparedStatement ps = c.prepareStatement(SELECT + (officeCode == null ? "" : " WHERE d.office_code = ?")
                     + " ORDER BY d.last_seen DESC, d.id")) {
            if (officeCode != null) {
                ps.setString(1, officeCode);
            }
            List<Device> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(row(rs));
                }
            }
            return out;
        }
    }

    /** The device named by its id or a prefix of it (at least 8 hex digits) that names only one. */
    public Optional<Device> find(String idOrPrefix) throws SQLException {
        try (Connection c = db.connection()) {
            return find(c, idOrPrefix);
        }
    }

    /**
     * Approves the device (PENDING or REVOKED → APPROVED). {@code caller} is the supervisor or
     * administrator doing it over HTTP (their office only, never a device they enrolled themselves),
     * or null for the hub's operator at the command line; {@code by} is recorded.
     */
    public Device approve(String idOrPrefix, String by, @Nullable Caller caller) throws SQLException {
        return decide(idOrPrefix, Status.APPROVED, by, caller);
    }

    /** Revokes the device: from its next request on it gets nothing and is told so. */
    public Device revoke(String idOrPrefix, String by, @Nullable Caller caller) throws SQLException {
        return decide(idOrPrefix, Status.REVOKED, by, caller);
    }

    private Device decide(String idOrPrefix, Status status, String by, @Nullable Caller caller) throws SQLException {
        if (caller != null && caller.role() != Role.SUPERVISOR && caller.role() != Role.ADMINISTRATOR) {
            throw HttpProblem.forbidden("only a supervisor or an administrator approves or revokes devices");
        }
        return db.inTransaction(c -> {
            Device device = find(c, idOrPrefix).orElseThrow(() -> new HttpProblem(404, "no such device"));
            if (caller != null && !caller.officeCode().equals(device.officeCode())) {
                throw new HttpProblem(404, "no such device");
            }
            if (device.status() == Status.LEGACY) {
                throw new HttpProblem(409, "this device was registered before devices had keys; its workstation enrols anew");
            }
            if (caller != null && status == Status.APPROVED && caller.username().equals(device.enrolledBy())) {
                throw HttpProblem.forbidden("a device is approved by someone other than the officer who enrolled it");
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE device SET status = ?, decided_by = ?, decided_at = now() WHERE id = ?")) {
                ps.setString(1, status.name());
                ps.setString(2, by);
                ps.setObject(3, device.id());
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("""
                    INSERT INTO device_decision (device_id, office_code, status, decided_by, role, via)
                    VALUES (?, ?, ?, ?, ?, ?)""")) {
                ps.setObject(1, device.id());
                ps.setString(2, device.officeCode());
                ps.setString(3, status.name());
                ps.setString(4, by);
                ps.setString(5, caller == null ? null : caller.role().name());
                ps.setString(6, caller == null ? "OPERATOR" : "HTTP");
                ps.executeUpdate();
            }
            LOG.info("event=hub.device_{} by={}", status == Status.APPROVED ? "approved" : "revoked",
                    caller == null ? "operator" : caller.role());
            return find(c, device.id().toString()).orElseThrow();
        });
    }

    static Optional<Device> find(Connection c, UUID id) throws SQLException {
        return find(c, id.toString());
    }

    private static Optional<Device> find(Connection c, String idOrPrefix) throws SQLException {
        String text = idOrPrefix.strip().toLowerCase(Locale.ROOT);
        if (!text.matches("[0-9a-f-]{8,36}")) {
            throw HttpProblem.badRequest("a device is named by its id or the first 8 or more digits of it");
        }
        try (PreparedStatement ps = c.prepareStatement(SELECT + " WHERE d.id::text LIKE ? ORDER BY d.id LIMIT 2")) {
            ps.setString(1, text + "%");
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                Device first = row(rs);
                if (rs.next()) {
                    throw new HttpProblem(409, "more than one device starts with " + text + "; give more of its id");
                }
                return Optional.of(first);
            }
        }
    }

    private static Device row(ResultSet rs) throws SQLException {
        byte[] key = rs.getBytes(5);
        Timestamp decided = rs.getTimestamp(10);
        return new Device(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), Status.valueOf(rs.getString(4)),
                key == null ? null : KeyFingerprint.of(key), rs.getString(6), rs.getTimestamp(7).toInstant(),
                rs.getTimestamp(8).toInstant(), rs.getString(9), decided == null ? null : decided.toInstant());
    }

    private static String trim(String name) {
        String clean = name == null ? "" : name.replaceAll("\\p{Cntrl}", " ").strip();
        return clean.length() > MAX_NAME ? clean.substring(0, MAX_NAME) : clean;
    }
}
