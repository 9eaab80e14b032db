package org.redress.ui.lock;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * Whether the officer has been idle too long: any input resets it; {@link #check} (asked every few
 * seconds) locks once, and nothing counts as activity until {@link #unlocked}. The time source is
 * given, so the rule is tested without waiting.
 */
public final class IdleTimer {

    private final long idleNanos;
    private final LongSupplier nanoTime;
    private final Runnable onLock;
    private long lastActivity;
    private boolean locked;

    public IdleTimer(Duration idle, LongSupplier nanoTime, Runnable onLock) {
        if (idle.isNegative() || idle.isZero()) {
            throw new IllegalArgumentException("the idle time must be positive");
        }
        this.idleNanos = idle.toNanos();
        this.nanoTime = nanoTime;
        this.onLock = onLock;
        this.lastActivity = nanoTime.getAsLong();
    }

    /** A key, a click or a move: the officer is there. Ignored while locked. */
    public void activity() {
        if (!locked) {
            lastActivity = nanoTime.getAsLong();
        }
    }

    /** Locks when idle for the whole time; true if it locked now. */
    public boolean check() {
        if (!locked && nanoTime.getAsLong() - lastActivity >= idleNanos) {
            locked = true;
            onLock.run();
            return true;
        }
        return false;
    }

    /** The officer proved it is them again; the idle time starts afresh. */
    public void unlocked() {
        locked = false;
        lastActivity = nanoTime.getAsLong();
    }

    public boolean locked() {
        return locked;
    }
}
