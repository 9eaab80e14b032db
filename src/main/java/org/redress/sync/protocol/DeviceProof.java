package org.redress.sync.protocol;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.UUID;

/**
 * What a workstation signs with its device key at sign-in, and how a device is named by its key.
 * Both sides use this one class so they never disagree.
 */
public final class DeviceProof {

    /** Domain separation: a signature made for this can be mistaken for no other Redress signature. */
    public static final String CONTEXT = "redress-device-sign-in/v1";

    private DeviceProof() {
    }

    /** The bytes signed: the context, the hub's nonce, the username and the device's public key, one per line. */
    public static byte[] message(String nonce, String username, String publicKeyBase64) {
        return (CONTEXT + "\n" + nonce + "\n" + username + "\n" + publicKeyBase64).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The device's id: the first 128 bits of SHA-256 of its public key (X.509 encoding), as a
     * version-8 (custom) UUID. A client can compute it but never choose it.
     */
    public static UUID deviceId(byte[] publicKeyEncoded) {
        byte[] hash;
        try {
            hash = MessageDigest.getInstance("SHA-256").digest(publicKeyEncoded);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
        hash[6] = (byte) ((hash[6] & 0x0f) | 0x80);
        hash[8] = (byte) ((hash[8] & 0x3f) | 0x80);
        ByteBuffer buffer = ByteBuffer.wrap(hash, 0, 16);
        return new UUID(buffer.getLong(), buffer.getLong());
    }
}
