package org.redress.letters.qr;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import org.jspecify.annotations.Nullable;
import org.redress.audit.AuditChain;
import org.redress.audit.AuditEntry;
import org.redress.keys.DeviceKey;
import org.redress.keys.FileDeviceKey;
import org.redress.store.SettingsRepository;
import org.redress.store.Workspace;

import java.security.PublicKey;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;

/**
 * The workstation's side: what the office gave it to sign letters' QR codes with, kept in the
 * workspace's settings (audited like every setting), and the signer the letter press uses.
 * <ul>
 *   <li>{@code letters.signer.endorsement}: the office's {@link Endorsement} of this device's key (base64);</li>
 *   <li>{@code letters.office_key}: the office's public letter key (X.509, base64), which
 *       {@code redress letters verify} uses and an officer can hand out;</li>
 *   <li>{@code letters.verify.url}: the office's public verification page, printed on letters and put
 *       before the payload in the QR code (by default the hub's address + {@code /v}).</li>
 * </ul>
 * Choice (docs/letters.md): each workstation signs with its own device key, endorsed by the office's
 * key — the office's private key never leaves the hub, a stolen laptop signs at most until its
 * endorsement lapses ({@link #ENDORSEMENT_KEY}, renewed at every sign-in while the device is approved),
 * and a verifier still needs only the office's one public key because the QR code carries the
 * endorsement.
 */
public final class QrSigning {

    public static final String ENDORSEMENT_KEY = "letters.signer.endorsement";
    public static final String OFFICE_KEY = "letters.office_key";
    public static final String VERIFY_URL = "letters.verify.url";

    private QrSigning() {
    }

    /**
     * The signer for letters of this workspace: null (letters keep the unsigned {@code RDL1} code)
     * when the office has not endorsed this workstation's current key, or the endorsement has lapsed.
     */
    public static SignedPayload.@Nullable Signer forWorkspace(Map<String, String> settings, Workspace workspace,
                                                             LocalDate today) {
        String encoded = settings.get(ENDORSEMENT_KEY);
        if (encoded == null || encoded.isBlank() || !java.nio.file.Files.exists(workspace.deviceKeyFile())) {
            return null;
        }
        Endorsement endorsement;
        try {
            endorsement = Endorsement.decode(Base64.getDecoder().decode(encoded.strip()));
        } catch (IllegalArgumentException e) {
            return null;
        }
        DeviceKey key = FileDeviceKey.loadOrCreate(workspace.deviceKeyFile()).key();
        if (!Arrays.equals(Ed25519Keys.raw(key.publicKey()), endorsement.deviceKey()) || today.isAfter(endorsement.lastDay())) {
            return null;
        }
        String address = settings.get(VERIFY_URL);
        String verifyAddress = address == null || address.isBlank() ? null : address.strip();
        return new SignedPayload.Signer() {
            @Override
            public Endorsement endorsement() {
                return endorsement;
            }

            @Override
            public byte[] sign(byte[] message) {
                return key.sign(message);
            }

            @Override
            public @Nullable String verifyAddress() {
                return verifyAddress;
            }
        };
    }

    /**
     * Keeps what the office gave: the endorsement and its public key, and the verification address when
     * the workspace has none yet. Refused when the office key did not make the endorsement.
     */
    public static void store(Connection c, Endorsement endorsement, PublicKey officeKey, @Nullable String verifyAddress,
                             Instant at) throws SQLException {
        if (!endorsement.madeBy(officeKey)) {
            throw new IllegalArgumentException("the office key did not make this endorsement");
        }
        SettingsRepository settings = new SettingsRepository(c);
        put(c, settings, ENDORSEMENT_KEY, Base64.getEncoder().encodeToString(endorsement.encode()), at);
        put(c, settings, OFFICE_KEY, Base64.getEncoder().encodeToString(officeKey.getEncoded()), at);
        if (verifyAddress != null && settings.get(VERIFY_URL).filter(v -> !v.isBlank()).isEmpty()) {
            put(c, settings, VERIFY_URL, verifyAddress, at);
        }
    }

    /** The office's public letter key as the workspace keeps it, if it has one. */
    public static @Nullable PublicKey officeKey(Map<String, String> settings) {
        String encoded = settings.get(OFFICE_KEY);
        if (encoded == null || encoded.isBlank()) {
            return null;
        }
        try {
            return Ed25519Keys.fromX509(Base64.getDecoder().decode(encoded.strip()));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static void put(Connection c, SettingsRepository settings, String key, String value, Instant at)
            throws SQLException {
        if (settings.get(key).filter(value::equals).isPresent()) {
            return;
        }
        settings.put(key, value);
        // Audited as every setting is (no personal data: keys and an address).
        AuditChain.append(c, new AuditEntry(at, null, "settings.change", "settings", key,
                JsonNodeFactory.instance.objectNode().put("value", value)));
    }
}
