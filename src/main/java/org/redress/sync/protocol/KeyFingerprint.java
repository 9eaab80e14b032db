package org.redress.sync.protocol;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

/**
 * The fingerprint of a public key: the SHA-256 of its X.509 encoding (SubjectPublicKeyInfo). A
 * workstation pins the hub's certificate by it (so a certificate renewed over the same key keeps
 * matching) and a supervisor compares a device's by it. Stored as 64 lower-case hex digits; shown
 * to people as 16 groups of 4 upper-case digits.
 */
public final class KeyFingerprint {

    private KeyFingerprint() {
    }

    /** The fingerprint of {@code certificate}'s public key, 64 lower-case hex digits. */
    public static String of(X509Certificate certificate) {
        return of(certificate.getPublicKey());
    }

    public static String of(PublicKey key) {
        return of(key.getEncoded());
    }

    /** The fingerprint of a public key in X.509 encoding. */
    public static String of(byte[] encodedKey) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(encodedKey));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /** {@code AB12 CD34 …}: the form people read aloud and compare. */
    public static String display(String fingerprint) {
        String hex = fingerprint.toUpperCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(80);
        for (int i = 0; i < hex.length(); i += 4) {
            if (i > 0) {
                out.append(' ');
            }
            out.append(hex, i, Math.min(hex.length(), i + 4));
        }
        return out.toString();
    }

    /**
     * A fingerprint as someone typed or pasted it (spaces, colons, either case, an optional
     * {@code SHA256:} prefix), or empty when it is not 64 hex digits.
     */
    public static Optional<String> parse(String typed) {
        String text = typed.strip();
        if (text.regionMatches(true, 0, "sha256:", 0, 7)) {
            text = text.substring(7);
        }
        String hex = text.replaceAll("[\\s:-]", "").toLowerCase(Locale.ROOT);
        return hex.matches("[0-9a-f]{64}") ? Optional.of(hex) : Optional.empty();
    }
}
