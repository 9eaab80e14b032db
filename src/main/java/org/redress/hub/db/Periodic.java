package org.redress.hub.db;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * A housekeeping pass the hub runs on its own daemon thread now and then every so often (dropping
 * abandoned uploads, making agency notices). A failed pass is logged by its event name and class
 * of error only — never a message, which could carry data — and the next one runs as planned.
 */
public final class Periodic implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Periodic.class);

    /** One pass; may throw, the timer goes on. */
    @FunctionalInterface
    public interface Pass {
        void run() throws Exception;
    }

    private final ScheduledExecutorService timer;

    private Periodic(ScheduledExecutorService timer) {
        this.timer = timer;
    }

    /** Runs {@code pass} after {@code first}, then {@code every} after each pass ends. */
    public static Periodic every(String event, Duration first, Duration every, Pass pass) {
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "redress-" + event.replace('.', '-'));
            t.setDaemon(true);
            return t;
        });
        timer.scheduleWithFixedDelay(() -> {
            try {
                pass.run();
            } catch (Exception e) {
                LOG.warn("event={} outcome=failed error={}", event, e.getClass().getSimpleName());
            }
        }, first.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
        return new Periodic(timer);
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
