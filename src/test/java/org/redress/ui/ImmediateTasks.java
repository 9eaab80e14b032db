package org.redress.ui;

import org.redress.ui.common.FxTasks;

import java.util.List;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Task helpers for view-model tests without a toolkit: the "background" work and the "FX thread"
 * callbacks both run at once on the calling thread, so a test reads the outcome on the next line.
 */
public final class ImmediateTasks {

    private ImmediateTasks() {
    }

    public static FxTasks create() {
        FxTasks tasks = new FxTasks(new Inline(), Runnable::run);
        tasks.setDefaultErrorHandler(e -> {
            throw new AssertionError("background work failed in a test", e);
        });
        return tasks;
    }

    private static final class Inline extends AbstractExecutorService {
        private volatile boolean shutdown;

        @Override
        public void execute(Runnable command) {
            command.run();
        }

        @Override
        public void shutdown() {
            shutdown = true;
        }

        @Override
        public List<Runnable> shutdownNow() {
            shutdown = true;
            return List.of();
        }

        @Override
        public boolean isShutdown() {
            return shutdown;
        }

        @Override
        public boolean isTerminated() {
            return shutdown;
        }

        @Override
        public boolean awaitTermination(long timeout, TimeUnit unit) {
            return true;
        }
    }
}
