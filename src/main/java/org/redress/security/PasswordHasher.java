package org.redress.security;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Objects;

/**
 * Hashes officers' passwords with the JDK's PBKDF2-HMAC-SHA256, a random 16-byte salt and at least
 * {@value #MIN_ITERATIONS} iterations (OWASP's 2023 figure), encoded as
 * {@code pbkdf2-sha256$<iterations>$<salt base64>$<hash base64>} so that the cost can rise later
 * without invalidating stored hashes. A later issue may swap in a memory-hard KDF under a new
 * prefix; {@link #verify} refuses prefixes it does not know rather than guessing.
 */
public final class PasswordHasher {

    public static final String PREFIX = "pbkdf2-sha256";
    public static final int MIN_ITERATIONS = 210_000;
    private static final int SALT_BYTES = 16;
    private static final int HASH_BITS = 256;
    private static final Base64.Encoder ENCODER = Base64.getEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getDecoder();

    private final SecureRandom random;
    private final int iterations;

    public PasswordHasher() {
        this(new SecureRandom(), MIN_ITERATIONS);
    }

    /**
     * @throws IllegalArgumentException for fewer than {@value #MIN_ITERATIONS} iterations
     */
    public PasswordHasher(SecureRandom random, int iterations) {
        this.random = Objects.requireNonNull(random, "random");
        if (iterations < MIN_ITERATIONS) {
            throw new IllegalArgumentException("at least " + MIN_ITERATIONS + " iterations are required");
        }
        this.iterations = iterations;
    }

    /** A new encoded hash of {@code password}; two calls give different salts, hence different texts. */
    public String hash(char[] password) {
        if (password.length == 0) {
            throw new IllegalArgumentException("a password cannot be empty");
        }
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        byte[] hash = derive(password, salt, iterations, HASH_BITS);
        return PREFIX + "$" + iterations + "$" + ENCODER.encodeToString(salt) + "$" + ENCODER.encodeToString(hash);
    }

    /**
     * Whether {@code password} matches the encoded hash. A malformed or unknown encoding never
     * matches; the comparison takes the same time wherever the bytes differ.
     */
    public boolean verify(char[] password, String encoded) {
        String[] parts = encoded.split("\\$", -1);
        if (parts.length != 4 || !PREFIX.equals(parts[0])) {
            return false;
        }
        try {
            int storedIterations = Integer.parseInt(parts[1]);
            byte[] salt = DECODER.decode(parts[2]);
            byte[] expected = DECODER.decode(parts[3]);
            if (storedIterations < 1 || salt.length == 0 || expected.length == 0) {
                return false;
            }
            byte[] actual = derive(password, salt, storedIterations, expected.length * 8);
            return MessageDigest.isEqual(expected, actual);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** Whether a stored hash was made with fewer iterations than this hasher uses now. */
    public boolean needsRehash(String encoded) {
        String[] parts = encoded.split("\\$", -1);
        if (parts.length != 4 || !PREFIX.equals(parts[0])) {
            return true;
        }
        try {
            return Integer.parseInt(parts[1]) < iterations;
        } catch (NumberFormatException e) {
            return true;
        }
    }

    private static byte[] derive(char[] password, byte[] salt, int iterations, int bits) {
        PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, bits);
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JDK provides PBKDF2WithHmacSHA256", e);
        } finally {
            spec.clearPassword();
        }
    }
}
