package org.redress.vault;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * The workspace's data key: 256 random bits that seal every evidence file and letter. It is never
 * written anywhere in the clear (but the demo's open slot): only wrapped, in {@link KeySlots}. Its
 * id (the first 8 bytes of a SHA-256 over it, with a label) names it in sealed files and slots
 * without revealing anything of it.
 */
public final class WorkspaceKey {

    static final int BYTES = 32;
    static final int ID_BYTES = 8;

    private final byte[] key;
    private final byte[] id;

    WorkspaceKey(byte[] key) {
        if (key.length != BYTES) {
            throw new IllegalArgumentException("a workspace key has " + BYTES + " bytes");
        }
        this.key = key.clone();
        this.id = idOf(this.key);
    }

    /** A new key from the system's secure random source. */
    public static WorkspaceKey generate() {
        byte[] bytes = new byte[BYTES];
        new SecureRandom().nextBytes(bytes);
        return new WorkspaceKey(bytes);
    }

    SecretKey secretKey() {
        return new SecretKeySpec(key, "AES");
    }

    byte[] bytes() {
        return key.clone();
    }

    byte[] idBytes() {
        return id.clone();
    }

    /** The key's id in hex: safe to show and store. */
    public String id() {
        return HexFormat.of().formatHex(id);
    }

    private static byte[] idOf(byte[] key) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update("redress workspace key id\0".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            return Arrays.copyOf(digest.digest(key), ID_BYTES);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK provides SHA-256", e);
        }
    }

    @Override
    public String toString() {
        return "WorkspaceKey[" + id() + "]";
    }
}
