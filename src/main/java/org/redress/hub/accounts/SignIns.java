package org.redress.hub.accounts;

import org.jspecify.annotations.Nullable;
import org.redress.domain.access.Role;
import org.redress.hub.db.HubDatabase;
import org.redress.hub.http.HttpProblem;
import org.redress.security.PasswordHasher;
import org.redress.sync.protocol.DeviceProof;
import org.redress.sync.protocol.SignInRequest;
import org.redress.sync.protocol.SignInResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

/**
 * One sign-in, cheapest checks first: the back-off (429), the challenge's MAC and expiry, the
 * device's signature over it, then — under the {@link HashGate} (503 when full) — the password.
 * A good password on a new key enrols the device (PENDING, 403); only an APPROVED device of the
 * officer's office gets a token, and every earlier token of that device stops working.
 */
final class SignIns {

    private static final Logger LOG = LoggerFactory.getLogger(SignIns.class);
    private static final int MAX_USERNAME = 64;
    private static final int MAX_PASSWORD = 1_024;
    private static final int MAX_FIELD = 512;
    /** Keys the address tags of the log: the same address gives the same tag until the hub restarts. */
    private static final byte[] LOG_KEY = randomKey();

    private final HubDatabase db;
    private final SignInSettings settings;
    private final PasswordHasher hasher;
    private final PasswordCheck check;
    private final Clock clock;
    private final Challenges challenges;
    private final SignInThrottle throttle;
    private final HashGate gate;
    private volatile @Nullable String decoyVerifier;

    SignIns(HubDatabase db, SignInSettings settings, PasswordHasher hasher, PasswordCheck check, Clock clock,
            Challenges challenges) {
        this.db = db;
        this.settings = settings;
        this.hasher = hasher;
        this.check = check;
        this.clock = clock;
        this.challenges = challenges;
        this.throttle = new SignInThrottle(db, clock);
        this.gate = new HashGate(settings.concurrentHashes(), settings.hashWait());
    }

    SignInResponse signIn(SignInRequest request, String address) throws SQLException {
        String username = required(request.username(), "username", MAX_USERNAME);
        String password = required(request.password(), "password", MAX_PASSWORD);
        String publicKeyText = required(request.publicKey(), "publicKey", MAX_FIELD);
        String nonce = required(request.nonce(), "nonce", MAX_FIELD);
        String signature = required(request.signature(), "signature", MAX_FIELD);
        String account = SignInThrottle.accountKey(username);
        String source = SignInThrottle.addressKey(address);
        throttle.check(account, source);

        Instant nonceExpires = challenges.check(nonce);
        PublicKey key = Devices.parseKey(publicKeyText);
        if (!verifies(key, DeviceProof.message(nonce, username, publicKeyText), signature)) {
            LOG.warn("event=hub.sign_in outcome=refused reason=device_proof source={}", tag(address));
            throw HttpProblem.unauthorized("the workstation did not prove it holds its device key").withCode("DEVICE_PROOF_FAILED");
        }

        Optional<OfficerRow> found = findOfficer(username);
        String verifier = found.map(OfficerRow::verifier).orElseGet(this::decoy);
        char[] typed = password.toCharArray();
        boolean matches = gate.run(() -> check.verify(typed, verifier));
        if (found.isEmpty() || !matches || !found.get().active()) {
            int failures = throttle.failed(account, source);
            LOG.warn("event=hub.sign_in outcome=refused reason=credentials accountFailures={} source={}", failures, tag(address));
            throw HttpProblem.unauthorized("unknown username or wrong password").withCode("CREDENTIALS");
        }
        throttle.succeeded(account);
        OfficerRow officer = found.get();
        if (hasher.needsRehash(verifier)) {
            upgrade(officer, typed);
        }
        Instant now = clock.instant();
        Instant expires = now.plus(settings.tokenLifetime());
        Issued issued = db.inTransaction(c -> {
            challenges.consume(c, nonce, nonceExpires);
            Devices.Device device = Devices.enrol(c, key, officer.officeCode(), request.deviceName(), officer.id());
            if (!device.officeCode().equals(officer.officeCode())) {
                return new Issued(device, null);
            }
            if (device.status() != Devices.Status.APPROVED) {
                return new Issued(device, null);
            }
            return new Issued(device, Tokens.issue(c, officer.id(), device.id(), expires, now));
        });
        Devices.Device device = issued.device();
        if (!device.officeCode().equals(officer.officeCode())) {
            throw HttpProblem.forbidden("this workstation is enrolled with another office").withCode("DEVICE_OTHER_OFFICE");
        }
        if (issued.token() == null) {
            throw refusal(device);
        }
        LOG.info("event=hub.sign_in outcome=ok role={}", officer.role());
        return new SignInResponse(issued.token(), officer.id().toString(), officer.role().name(), officer.officeCode(),
                expires, device.id());
    }

    /** The words for a device that may not sign in, with the code the workstation acts on. */
    static HttpProblem refusal(Devices.Device device) {
        return switch (device.status()) {
            case PENDING -> HttpProblem.forbidden("this workstation is enrolled and waits for a supervisor or an "
                            + "administrator to approve it at the hub (device " + device.shortId() + ")")
                    .withCode("DEVICE_PENDING").with("deviceId", device.id().toString())
                    .with("fingerprint", String.valueOf(device.fingerprint()));
            // No id in these words: the workstation logs them when a sync round stops (ids stay out of INFO logs).
            case REVOKED, LEGACY -> HttpProblem.forbidden("this workstation's access to the hub was withdrawn; "
                            + "a supervisor or an administrator can approve it again")
                    .withCode("DEVICE_REVOKED").with("deviceId", device.id().toString());
            case APPROVED -> throw new IllegalStateException("an approved device is not refused");
        };
    }

    private record Issued(Devices.Device device, @Nullable String token) {
    }

    private static byte[] randomKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return key;
    }

    private static boolean verifies(PublicKey key, byte[] message, String signatureBase64) {
        try {
            Signature verifier = Signature.getInstance("Ed25519");
            verifier.initVerify(key);
            verifier.update(message);
            return verifier.verify(Base64.getDecoder().decode(signatureBase64));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    private void upgrade(OfficerRow officer, char[] password) throws SQLException {
        String stronger = hasher.hash(password);
        db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE officer SET password_verifier = ? WHERE id = ? AND password_verifier = ?")) {
                ps.setString(1, stronger);
                ps.setObject(2, officer.id());
                ps.setString(3, officer.verifier());
                return ps.executeUpdate();
            }
        });
        LOG.info("event=hub.password_verifier_upgraded");
    }

    private Optional<OfficerRow> findOfficer(String username) throws SQLException {
        try (Connection c = db.connection();
             PreparedStatement ps = c.prepareStatement(
                     "SELECT id, role, office_code, password_verifier, active FROM officer WHERE username = ?")) {
            ps.setString(1, username);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new OfficerRow(rs.getObject(1, UUID.class), Role.valueOf(rs.getString(2)),
                        rs.getString(3), rs.getString(4), rs.getBoolean(5)));
            }
        }
    }

    // An unknown username costs one verification too, so timing does not tell which names exist.
    private String decoy() {
        String d = decoyVerifier;
        if (d == null) {
            d = hasher.hash("decoy-password".toCharArray());
            decoyVerifier = d;
        }
        return d;
    }

    private static String required(String value, String name, int max) {
        if (value == null || value.isEmpty()) {
            throw HttpProblem.badRequest(name + " is required");
        }
        if (value.length() > max) {
            throw HttpProblem.badRequest(name + " is too long");
        }
        return value;
    }

    /** A short keyed hash of the address: the log can tell one source from another, never which it was. */
    static String tag(String address) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(LOG_KEY, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(address.getBytes(StandardCharsets.UTF_8)), 0, 4);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JDK has HmacSHA256", e);
        }
    }

    private record OfficerRow(UUID id, Role role, String officeCode, String verifier, boolean active) {
    }
}
