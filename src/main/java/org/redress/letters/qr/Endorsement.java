package org.redress.letters.qr;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The office's word that a workstation's key may sign letters' QR payloads for it until a day: an
 * Ed25519 signature by the office's letter key over
 * {@code "redress-letter-signer/v1\n" ‖ office code ‖ "\n" ‖ device key (32 bytes) ‖ last day (epoch day, 4 bytes)}.
 * The QR payload carries it, so a verifier needs only the office's public key (a two-link chain,
 * like a certificate but 100 bytes). The hub gives one to every approved device of the office
 * ({@code GET /v1/letters/signer}); the workstation keeps it and signs offline.
 *
 * @param deviceKey the workstation's Ed25519 public key, 32 raw bytes
 * @param lastDay   the last day of issue the endorsement covers
 * @param signature the office key's 64-byte signature
 */
public record Endorsement(String officeCode, byte[] deviceKey, LocalDate lastDay, byte[] signature) {

    private static final byte[] DOMAIN = "redress-letter-signer/v1\n".getBytes(StandardCharsets.US_ASCII);
    private static final Pattern OFFICE = Pattern.compile("[A-Z]{2,8}");

    public Endorsement {
        Objects.requireNonNull(lastDay, "lastDay");
        if (!OFFICE.matcher(officeCode).matches() || deviceKey.length != 32 || signature.length != 64) {
            throw new IllegalArgumentException("an endorsement names an office code, a 32-byte key and a 64-byte signature");
        }
        deviceKey = deviceKey.clone();
        signature = signature.clone();
    }

    /** The office endorses {@code deviceKey} with its private letter key. */
    public static Endorsement issue(PrivateKey officeKey, String officeCode, PublicKey deviceKey, LocalDate lastDay) {
        byte[] raw = Ed25519Keys.raw(deviceKey);
        try {
            Signature signer = Signature.getInstance("Ed25519");
            signer.initSign(officeKey);
            signer.update(message(officeCode, raw, lastDay));
            return new Endorsement(officeCode, raw, lastDay, signer.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign with the office's letter key", e);
        }
    }

    /** Whether the office's public key made this endorsement. */
    public boolean madeBy(PublicKey officeKey) {
        return Ed25519Keys.verify(officeKey, message(officeCode, deviceKey, lastDay), signature);
    }

    public PublicKey devicePublicKey() {
        return Ed25519Keys.fromRaw(deviceKey);
    }

    @Override
    public byte[] deviceKey() {
        return deviceKey.clone();
    }

    @Override
    public byte[] signature() {
        return signature.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Endorsement e && officeCode.equals(e.officeCode) && Arrays.equals(deviceKey, e.deviceKey)
                && lastDay.equals(e.lastDay) && Arrays.equals(signature, e.signature);
    }

    @Override
    public int hashCode() {
        return Objects.hash(officeCode, Arrays.hashCode(deviceKey), lastDay, Arrays.hashCode(signature));
    }

    /** Office code, device key, last day, signature, as the workstation stores it (base64 of this). */
    public byte[] encode() {
        ByteBuffer b = ByteBuffer.allocate(1 + officeCode.length() + 32 + 4 + 64);
        b.put((byte) officeCode.length()).put(officeCode.getBytes(StandardCharsets.US_ASCII)).put(deviceKey)
                .putInt((int) lastDay.toEpochDay()).put(signature);
        return b.array();
    }

    public static Endorsement decode(byte[] bytes) {
        try {
            ByteBuffer b = ByteBuffer.wrap(bytes);
            byte[] office = new byte[b.get()];
            b.get(office);
            byte[] key = new byte[32];
            b.get(key);
            LocalDate last = LocalDate.ofEpochDay(b.getInt());
            byte[] sig = new byte[64];
            b.get(sig);
            if (b.hasRemaining()) {
                throw new IllegalArgumentException("trailing bytes after an endorsement");
            }
            return new Endorsement(new String(office, StandardCharsets.US_ASCII), key, last, sig);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("not an endorsement: " + e.getMessage(), e);
        }
    }

    static byte[] message(String officeCode, byte[] deviceKey, LocalDate lastDay) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(80);
        out.writeBytes(DOMAIN);
        out.writeBytes(officeCode.getBytes(StandardCharsets.US_ASCII));
        out.write('\n');
        out.writeBytes(deviceKey);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) lastDay.toEpochDay()).array());
        return out.toByteArray();
    }
}
