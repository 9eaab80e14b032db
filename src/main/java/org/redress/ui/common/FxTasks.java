package org.redress.ui.common;

import javafx.application.Platform;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * The one way screens run work off the FX thread: the work runs on a small pool, its success,
 * error and finally callbacks on the FX thread ({@code Platform.runLater}). It counts work in
 * flight, callbacks included, so a caller off the FX thread can wait until the screens are idle
 * (the screenshot command and UI tests do, instead of sleeping).
 *
 * <p>Both executors are injected: view-model tests pass direct executors and run without a toolkit.
 */
public final class FxTasks implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(FxTasks.class);

    private final ExecutorService background;
    private final Executor fx;
    private final AtomicInteger pending = new AtomicInteger();
    private final Object idle = new Object();
    private volatile Consumer<Throwable> defaultErrorHandler = e -> LOG.error("background work failed", e);

    /** Set when {@link #close()} starts: failures of work it cuts short are not reported. */
    private volatile boolean closing;

    public FxTasks(ExecutorService background, Executor fx) {
        this.background = Objects.requireNonNull(background, "background");
        this.fx = Objects.requireNonNull(fx, "fx");
    }

    /** A pool of {@code threads} daemon threads reporting back on the FX thread. */
    public static FxTasks forToolkit(int threads) {
        AtomicInteger n = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread thread = new Thread(r, "redress-ui-work-" + n.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        return new FxTasks(pool, Platform::runLater);
    }

    /** Where errors go when a task names no handler of its own (the shell shows them to the officer). */
    public void setDefaultErrorHandler(Consumer<Throwable> handler) {
        this.defaultErrorHandler = Objects.requireNonNull(handler, "handler");
    }

    /** Hands a failure to the default handler (for callbacks that also did something of their own). */
    public void report(Throwable failure) {
        defaultErrorHandler.accept(failure);
    }

    /** Work that returns a result. */
    public <T> Work<T> supply(Callable<T> work) {
        return new Work<>(work);
    }

    /** Work that returns nothing. */
    public Work<Void> run(Runnable work) {
        return new Work<>(() -> {
            work.run();
            return null;
        });
    }

    /** Runs {@code action} on the FX thread, counted like any task (for UI updates a caller must be able to wait for). */
    public void onFx(Runnable action) {
        pending.incrementAndGet();
        try {
            fx.execute(() -> {
                try {
                    action.run();
                } finally {
                    finished();
                }
            });
        } catch (RejectedExecutionException | IllegalStateException e) {
            finished();
        }
    }

    /** Work in flight, callbacks included. */
    public int pending() {
        return pending.get();
    }

    /**
     * Blocks (never on the FX thread) until no work is in flight.
     *
     * @throws TimeoutException when work is still in flight after {@code timeout}
     */
    public void awaitIdle(Duration timeout) throws InterruptedException, TimeoutException {
        if (Platform.isFxApplicationThread()) {
            throw new IllegalStateException("the FX thread never waits");
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (idle) {
            while (pending.get() > 0) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new TimeoutException(pending.get() + " background tasks still running after " + timeout);
                }
                TimeUnit.NANOSECONDS.timedWait(idle, left);
            }
        }
    }

    private void finished() {
        if (pending.decrementAndGet() == 0) {
            synchronized (idle) {
                idle.notifyAll();
            }
        }
    }

    /** Stops the pool; work still queued is dropped, running work is interrupted. */
    @Override
    public void close() {
        closing = true;
        background.shutdownNow();
        try {
            if (!background.awaitTermination(5, TimeUnit.SECONDS)) {
                LOG.warn("background work did not stop within 5 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A piece of work with its FX-thread callbacks; nothing runs until {@link #start()}. */
    public final class Work<T> {
        private final Callable<T> work;
        private Consumer<? super T> onSuccess = value -> { };
        private @Nullable Consumer<Throwable> onError;
        private Runnable andFinally = () -> { };

        private Work(Callable<T> work) {
            this.work = work;
        }

        public Work<T> onSuccess(Consumer<? super T> handler) {
            this.onSuccess = Objects.requireNonNull(handler);
            return this;
        }

        public Work<T> onError(Consumer<Throwable> handler) {
            this.onError = Objects.requireNonNull(handler);
            return this;
        }

        public Work<T> andFinally(Runnable handler) {
            this.andFinally = Objects.requireNonNull(handler);
            return this;
        }

        public Future<?> start() {
            pending.incrementAndGet();
            try {
                return background.submit(this::execute);
            } catch (RejectedExecutionException e) {
                finished();
                throw e;
            }
        }

        private void execute() {
            T result;
            try {
                result = work.call();
            } catch (Throwable failure) {
                if (closing) {
                    // Interrupted (or cut off from the closed database) by closing: not the officer's error.
                    LOG.debug("background work ended by closing: {}", failure.toString());
                    finished();
                    return;
                }
                Consumer<Throwable> handler = onError != null ? onError : defaultErrorHandler;
                report(() -> handler.accept(failure));
                return;
            }
            report(() -> onSuccess.accept(result));
        }

        private void report(Runnable callback) {
            try {
                fx.execute(() -> {
                    try {
                        callback.run();
                    } catch (RuntimeException e) {
                        LOG.error("a callback of background work failed", e);
                    } finally {
                        try {
                            andFinally.run();
                        } finally {
                            finished();
                        }
                    }
                });
            } catch (RejectedExecutionException | IllegalStateException e) {
                // The toolkit is gone (the window closed while work ran): nobody is left to tell.
                finished();
            }
        }
    }
}
