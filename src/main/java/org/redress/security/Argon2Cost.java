package org.redress.security;

/**
 * The cost of an Argon2id hash: memory in KiB, passes, lanes. {@link #RECOMMENDED} (46 MiB, 2
 * passes, 1 lane) is above OWASP's minimum ({@link #OWASP_MINIMUM}: 19 MiB and 2 passes, or 46 MiB
 * and 1 pass) in both memory and passes, because the hub holds every officer's verifier and
 * answers sign-ins from the network; nothing cheaper is accepted for hashing, and cheaper hashes
 * are upgraded at the next sign-in ({@link PasswordHasher#needsRehash}). Measured in docs/hub.md.
 */
public record Argon2Cost(int memoryKiB, int iterations, int parallelism) {

    public static final Argon2Cost RECOMMENDED = new Argon2Cost(47_104, 2, 1);
    /** OWASP's 2023 floor for Argon2id (19 MiB, 2 passes): hashes at it verify, and are upgraded. */
    public static final Argon2Cost OWASP_MINIMUM = new Argon2Cost(19_456, 2, 1);

    public Argon2Cost {
        if (memoryKiB < 8 * parallelism || iterations < 1 || parallelism < 1) {
            throw new IllegalArgumentException("not an Argon2 cost: m=" + memoryKiB + ", t=" + iterations + ", p=" + parallelism);
        }
    }

    /** Whether this cost is at least {@code other} in every dimension that makes guessing dearer. */
    boolean atLeast(Argon2Cost other) {
        return memoryKiB >= other.memoryKiB && iterations >= other.iterations;
    }

    String encoded() {
        return "m=" + memoryKiB + ",t=" + iterations + ",p=" + parallelism;
    }

    static Argon2Cost parse(String text) {
        int m = -1;
        int t = -1;
        int p = -1;
        for (String part : text.split(",", -1)) {
            String[] kv = part.split("=", 2);
            if (kv.length != 2) {
                throw new IllegalArgumentException("malformed cost");
            }
            int value = Integer.parseInt(kv[1]);
            switch (kv[0]) {
                case "m" -> m = value;
                case "t" -> t = value;
                case "p" -> p = value;
                default -> throw new IllegalArgumentException("unknown cost field");
            }
        }
        return new Argon2Cost(m, t, p);
    }
}
