package org.redress.ui.common;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.lang.management.ManagementFactory;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Set;

/**
 * Logs the start-up's milestones with the milliseconds since the launcher began, so a slow start
 * explains itself in the log ("toolkit started at 412 ms", "queue interactive at 1630 ms"). Each
 * milestone is logged once.
 */
public final class Milestones {

    private static final Logger LOG = LoggerFactory.getLogger(Milestones.class);

    private final long startedNanos;
    private final Set<String> reached = ConcurrentHashMap.newKeySet();

    public Milestones(long startedNanos) {
        this.startedNanos = startedNanos;
    }

    public static Milestones startingNow() {
        return new Milestones(System.nanoTime());
    }

    /** Logs the milestone the first time it is reached; returns the elapsed milliseconds. */
    public long reach(String milestone) {
        long elapsed = elapsedMillis();
        if (reached.add(milestone)) {
            LOG.info("{} at {} ms ({} ms since the JVM started)", milestone, elapsed,
                    ManagementFactory.getRuntimeMXBean().getUptime());
        }
        return elapsed;
    }

    public long elapsedMillis() {
        return (System.nanoTime() - startedNanos) / 1_000_000;
    }
}
