package org.redress.security;

/**
 * The cost of an Argon2id hash: memory in KiB, passes, lanes. {@link #RECOMMENDED} is OWASP's
 * 2023 minimum for Argon2id (19 MiB, 2 passes, 1 lane); nothing cheaper is accepted for hashing.
 */
public record Argon2Cost(int memoryKiB, int iterations, int parallelism) {

    public static final Argon2Cost RECOMMENDED = new Argon2Cost(19_456, 2, 1);

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
