package org.redress.security;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * When repeated failed sign-ins lock an account, and for how long: the first
 * {@code freeFailures} cost nothing; each failure beyond locks the account for
 * {@code firstLock}, doubled per further failure, up to {@code longestLock}. A successful sign-in
 * clears the count. The lock is offline and per workstation, like the verifier it protects.
 */
public record LockoutPolicy(int freeFailures, Duration firstLock, Duration longestLock) {

    public static final LockoutPolicy STANDARD = new LockoutPolicy(5, Duration.ofMinutes(1), Duration.ofHours(1));

    public LockoutPolicy {
        if (freeFailures < 1 || firstLock.isNegative() || firstLock.isZero() || longestLock.compareTo(firstLock) < 0) {
            throw new IllegalArgumentException("a lockout allows at least one failure and locks for a positive time");
        }
    }

    /** Until when the account is locked after its {@code failures}-th consecutive failure at {@code at}. */
    public Optional<Instant> lockedUntil(int failures, Instant at) {
        if (failures <= freeFailures) {
            return Optional.empty();
        }
        int doublings = Math.min(failures - freeFailures - 1, 30);
        Duration lock = firstLock.multipliedBy(1L << doublings);
        return Optional.of(at.plus(lock.compareTo(longestLock) > 0 ? longestLock : lock));
    }
}
