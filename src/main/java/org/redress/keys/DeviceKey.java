package org.redress.keys;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.Signature;
import java.util.HexFormat;

/**
 * The device's signing key (Ed25519). Implementations decide where the private half lives and when
 * it may be used; callers see only signing and the public half.
 */
public interface DeviceKey {

    String ALGORITHM = "Ed25519";

    PublicKey publicKey();

    /** An Ed25519 signature of {@code message}. */
    byte[] sign(byte[] message);

    /** The key's fingerprint: SHA-256 (hex) of the public key's X.509 encoding. */
    default String keyId() {
        return fingerprint(publicKey());
    }

    static String fingerprint(PublicKey key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getEncoded()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JDK provides SHA-256", e);
        }
    }

    /** Whether {@code signature} is {@code key}'s Ed25519 signature of {@code message}. */
    static boolean verify(PublicKey key, byte[] message, byte[] signature) {
        try {
            Signature verifier = Signature.getInstance(ALGORITHM);
            verifier.initVerify(key);
            verifier.update(message);
            return verifier.verify(signature);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
