package org.redress.hub.accounts;

import java.time.Duration;

/**
 * How the hub signs officers in: how long a token lives, how many password hashes may run at once
 * (each takes a core and {@link org.redress.security.Argon2Cost#RECOMMENDED}'s memory) and how long
 * a sign-in waits for one before it is told to come back (503).
 */
public record SignInSettings(Duration tokenLifetime, int concurrentHashes, Duration hashWait) {

    public SignInSettings {
        if (concurrentHashes < 1) {
            throw new IllegalArgumentException("at least one password hash at a time");
        }
    }

    /** {@code tokenLifetime}, as many hashes at once as the machine has cores (at least 2), waiting at most 250 ms. */
    public static SignInSettings of(Duration tokenLifetime) {
        return new SignInSettings(tokenLifetime, Math.max(2, Runtime.getRuntime().availableProcessors()),
                Duration.ofMillis(250));
    }
}
