package org.redress.security;

import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;
import org.jspecify.annotations.Nullable;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;

/**
 * Hashes officers' passwords with Argon2id (memory-hard; BouncyCastle's generator), a random
 * 16-byte salt and at least {@link Argon2Cost#RECOMMENDED}, encoded PHC-style as
 * {@code argon2id$v=19$m=<KiB>,t=<passes>,p=<lanes>$<salt base64>$<hash base64>}. Hashes made
 * before with PBKDF2-HMAC-SHA256 ({@code pbkdf2-sha256$<iterations>$<salt>$<hash>}) still verify,
 * and {@link #needsRehash} says so, so that sign-in upgrades them. Unknown prefixes never verify.
 */
public final class PasswordHasher {

    public static final String PREFIX = "pbkdf2-sha256";
    public static final String ARGON2_PREFIX = "argon2id";
    public static final int MIN_ITERATIONS = 210_000;
    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;
    private static final Base64.Encoder ENCODER = Base64.getEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getDecoder();

    private final SecureRandom random;
    /** Null when this hasher makes PBKDF2 hashes (kept for tests of the upgrade path). */
    private final @Nullable Argon2Cost argon2;
    private final int iterations;

    /** Argon2id at the recommended cost. */
    public PasswordHasher() {
        this(new SecureRandom(), Argon2Cost.RECOMMENDED);
    }

    public PasswordHasher(SecureRandom random, Argon2Cost cost) {
        this.random = Objects.requireNonNull(random, "random");
        if (!cost.atLeast(Argon2Cost.RECOMMENDED)) {
            throw new IllegalArgumentException("at least " + Argon2Cost.RECOMMENDED.encoded() + " is required");
        }
        this.argon2 = cost;
        this.iterations = MIN_ITERATIONS;
    }

    /**
     * A hasher that still makes the old PBKDF2 hashes: only to produce hashes as earlier versions
     * stored them (tests of the upgrade, workspaces made by older builds).
     *
     * @throws IllegalArgumentException for fewer than {@value #MIN_ITERATIONS} iterations
     */
    public PasswordHasher(SecureRandom random, int iterations) {
        this.random = Objects.requireNonNull(random, "random");
        if (iterations < MIN_ITERATIONS) {
            throw new IllegalArgumentException("at least " + MIN_ITERATIONS + " iterations are required");
        }
        this.argon2 = null;
        this.iterations = iterations;
    }

    /** A new encoded hash of {@code password}; two calls give different salts, hence different texts. */
    public String hash(char[] password) {
        if (password.length == 0) {
            throw new IllegalArgumentException("a password cannot be empty");
        }
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        if (argon2 == null) {
            byte[] hash = pbkdf2(password, salt, iterations, HASH_BYTES * 8);
            return PREFIX + "$" + iterations + "$" + ENCODER.encodeToString(salt) + "$" + ENCODER.encodeToString(hash);
        }
        byte[] hash = argon2(password, salt, argon2, HASH_BYTES);
        return ARGON2_PREFIX + "$v=19$" + argon2.encoded() + "$" + ENCODER.encodeToString(salt) + "$"
                + ENCODER.encodeToString(hash);
    }

    /**
     * Whether {@code password} matches the encoded hash. A malformed or unknown encoding never
     * matches; the comparison takes the same time wherever the bytes differ.
     */
    public boolean verify(char[] password, String encoded) {
        String[] parts = encoded.split("\\$", -1);
        try {
            if (parts.length == 4 && PREFIX.equals(parts[0])) {
                int storedIterations = Integer.parseInt(parts[1]);
                byte[] salt = DECODER.decode(parts[2]);
                byte[] expected = DECODER.decode(parts[3]);
                if (storedIterations < 1 || salt.length == 0 || expected.length == 0) {
                    return false;
                }
                return MessageDigest.isEqual(expected, pbkdf2(password, salt, storedIterations, expected.length * 8));
            }
            if (parts.length == 5 && ARGON2_PREFIX.equals(parts[0]) && "v=19".equals(parts[1])) {
                Argon2Cost cost = Argon2Cost.parse(parts[2]);
                byte[] salt = DECODER.decode(parts[3]);
                byte[] expected = DECODER.decode(parts[4]);
                if (salt.length < 8 || expected.length < 16) {
                    return false;
                }
                return MessageDigest.isEqual(expected, argon2(password, salt, cost, expected.length));
            }
            return false;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** Whether a stored hash should be replaced on the next sign-in: another algorithm, or a lower cost. */
    public boolean needsRehash(String encoded) {
        String[] parts = encoded.split("\\$", -1);
        try {
            if (argon2 == null) {
                return parts.length != 4 || !PREFIX.equals(parts[0]) || Integer.parseInt(parts[1]) < iterations;
            }
            return parts.length != 5 || !ARGON2_PREFIX.equals(parts[0]) || !Argon2Cost.parse(parts[2]).atLeast(argon2);
        } catch (IllegalArgumentException e) {
            return true;
        }
    }

    private static byte[] argon2(char[] password, byte[] salt, Argon2Cost cost, int length) {
        Argon2Parameters parameters = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withMemoryAsKB(cost.memoryKiB())
                .withIterations(cost.iterations())
                .withParallelism(cost.parallelism())
                .withSalt(salt)
                .build();
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(parameters);
        var encoded = StandardCharsets.UTF_8.encode(CharBuffer.wrap(password));
        byte[] bytes = new byte[encoded.remaining()];
        encoded.get(bytes);
        try {
            byte[] out = new byte[length];
            generator.generateBytes(bytes, out);
            return out;
        } finally {
            Arrays.fill(bytes, (byte) 0);
            if (encoded.hasArray()) {
                Arrays.fill(encoded.array(), (byte) 0);
            }
        }
    }

    private static byte[] pbkdf2(char[] password, byte[] salt, int iterations, int bits) {
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
