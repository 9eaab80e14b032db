package org.redress.hub.verify;

import java.time.Clock;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * At most {@link #PER_MINUTE} checks a minute from one address (counted in memory, forgotten each
 * minute): the page needs the signed payload or the record hash's first 64 bits anyway, so
 * sequential references tell nothing; the bound keeps it from being a cheap oracle even so.
 */
final class VerifyThrottle {

    static final int PER_MINUTE = 30;

    private final Clock clock;
    private final ConcurrentHashMap<String, AtomicInteger> counts = new ConcurrentHashMap<>();
    private volatile long minute = -1;

    VerifyThrottle(Clock clock) {
        this.clock = clock;
    }

    /** Counts one check from {@code address}; false when it is over the bound. */
    boolean take(String address) {
        long now = clock.millis() / 60_000;
        if (now != minute) {
            synchronized (this) {
                if (now != minute) {
                    counts.clear();
                    minute = now;
                }
            }
        }
        return counts.computeIfAbsent(address, a -> new AtomicInteger())
                .incrementAndGet() <= PER_MINUTE;
    }
}
