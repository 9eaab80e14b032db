package org.redress.hub.accounts;

import org.redress.hub.http.HttpProblem;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * A bound on password hashes running at once: each costs tens of MiB and a core for a tenth of a
 * second, so a flood of sign-ins must not queue without end. A sign-in waits at most
 * {@code wait} for a permit; beyond that it is answered 503 with {@code Retry-After: 1} at once.
 */
final class HashGate {

    private final Semaphore permits;
    private final long waitNanos;

    HashGate(int permits, Duration wait) {
        if (permits < 1) {
            throw new IllegalArgumentException("at least one hash at a time");
        }
        this.permits = new Semaphore(permits);
        this.waitNanos = wait.toNanos();
    }

    /** Runs {@code check} under a permit, or refuses with 503 when none frees up in time. */
    boolean run(java.util.function.BooleanSupplier check) {
        boolean acquired;
        try {
            acquired = permits.tryAcquire(waitNanos, TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            acquired = false;
        }
        if (!acquired) {
            throw new HttpProblem(503, "the hub is busy checking other sign-ins; try again in a moment")
                    .withCode("SIGN_IN_BUSY").retryAfter(1);
        }
        try {
            return check.getAsBoolean();
        } finally {
            permits.release();
        }
    }
}
