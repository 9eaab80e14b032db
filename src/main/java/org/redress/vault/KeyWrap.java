package org.redress.vault;

import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;

/**
 * Wrapping the workspace key under a key-encryption key: AES-256-GCM with a random nonce, the
 * slot's kind and officer as associated data. A password's KEK is Argon2id (BouncyCastle; 46 MiB,
 * 2 passes, 1 lane, as the password verifiers, with a salt of its own, so the verifier in the
 * database says nothing about the KEK); a recovery key's is a SHA-256 of its 256 random bits.
 */
final class KeyWrap {

    static final int MEMORY_KIB = 47_104;
    static final int PASSES = 2;
    static final int LANES = 1;
    private static final int SALT_BYTES = 16;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private KeyWrap() {
    }

    /** A fresh KDF description for a password slot: {@code argon2id$m=…,t=…,p=…$<salt>}. */
    static String newPasswordKdf() {
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        return "argon2id$m=" + MEMORY_KIB + ",t=" + PASSES + ",p=" + LANES + "$"
                + Base64.getEncoder().withoutPadding().encodeToString(salt);
    }

    /** The KEK a password gives under {@code kdf}. */
    static byte[] passwordKek(char[] password, String kdf) {
        String[] parts = kdf.split("\\$");
        if (parts.length != 3 || !parts[0].equals("argon2id")) {
            throw new IllegalArgumentException("not a key slot's KDF: " + parts[0]);
        }
        int m = -1;
        int t = -1;
        int p = -1;
        for (String field : parts[1].split(",")) {
            String[] kv = field.split("=", 2);
            int value = Integer.parseInt(kv[1]);
            switch (kv[0]) {
                case "m" -> m = value;
                case "t" -> t = value;
                case "p" -> p = value;
                default -> throw new IllegalArgumentException("unknown KDF field " + kv[0]);
            }
        }
        if (m < MEMORY_KIB || t < PASSES || p < 1) {
            throw new IllegalArgumentException("a key slot's KDF below the workspace's floor");
        }
        byte[] salt = Base64.getDecoder().decode(parts[2]);
        Argon2Parameters parameters = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13).withMemoryAsKB(m).withIterations(t)
                .withParallelism(p).withSalt(salt).build();
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(parameters);
        ByteBuffer encoded = StandardCharsets.UTF_8.encode(CharBuffer.wrap(password));
        byte[] bytes = new byte[encoded.remaining()];
        encoded.get(bytes);
        byte[] out = new byte[WorkspaceKey.BYTES];
        try {
            generator.generateBytes(bytes, out);
        } finally {
            Arrays.fill(bytes, (byte) 0);
            if (encoded.hasArray()) {
                Arrays.fill(encoded.array(), (byte) 0);
            }
        }
        return out;
    }

    /** The KEK of a recovery key's 256 bits. */
    static byte[] recoveryKek(byte[] recovery) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update("redress recovery key\0".getBytes(StandardCharsets.US_ASCII));
            return digest.digest(recovery);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] wrap(byte[] kek, WorkspaceKey key, byte[] context) {
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(kek, "AES"), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(context);
            byte[] plain = key.bytes();
            byte[] sealed = cipher.doFinal(plain);
            Arrays.fill(plain, (byte) 0);
            byte[] out = new byte[NONCE_BYTES + sealed.length];
            System.arraycopy(nonce, 0, out, 0, NONCE_BYTES);
            System.arraycopy(sealed, 0, out, NONCE_BYTES, sealed.length);
            return out;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is in every JDK", e);
        } finally {
            Arrays.fill(kek, (byte) 0);
        }
    }

    /** The key, or empty when the KEK is not the one that wrapped it (a wrong password). */
    static Optional<WorkspaceKey> unwrap(byte[] kek, byte[] wrapped, byte[] context) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(kek, "AES"),
                    new GCMParameterSpec(TAG_BITS, wrapped, 0, NONCE_BYTES));
            cipher.updateAAD(context);
            byte[] plain = cipher.doFinal(wrapped, NONCE_BYTES, wrapped.length - NONCE_BYTES);
            try {
                return Optional.of(new WorkspaceKey(plain));
            } finally {
                Arrays.fill(plain, (byte) 0);
            }
        } catch (AEADBadTagException wrongKey) {
            return Optional.empty();
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return Optional.empty();
        } finally {
            Arrays.fill(kek, (byte) 0);
        }
    }
}
