package org.redress.ui.common;

import javafx.application.Platform;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * Starting the JavaFX toolkit without an {@code Application} (JavaFX is on the class path), once per
 * process, on the Headless platform when there is no display to draw on.
 */
public final class FxRuntime {

    private static final long CALL_TIMEOUT_SECONDS = 120;
    private static boolean started;

    private FxRuntime() {
    }

    /** Whether a window can be shown: on Linux and BSD only with an X11 or Wayland display. */
    public static boolean hasDisplay() {
        return hasDisplay(System.getProperty("os.name", ""), System.getenv(), System.getProperty("glass.platform"));
    }

    static boolean hasDisplay(String osName, Map<String, String> environment, String glassPlatform) {
        if ("Headless".equalsIgnoreCase(glassPlatform)) {
            return false;
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows") || os.startsWith("mac")) {
            return true;
        }
        return !blank(environment.get("DISPLAY")) || !blank(environment.get("WAYLAND_DISPLAY"));
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    /**
     * Chooses the Headless platform and software rendering when nothing else was chosen and there is no
     * display; must run before the toolkit starts.
     */
    public static void useHeadlessWithoutDisplay() {
        if (System.getProperty("glass.platform") == null && !hasDisplay()) {
            System.setProperty("glass.platform", "Headless");
            if (System.getProperty("prism.order") == null) {
                System.setProperty("prism.order", "sw");
            }
        }
    }

    /**
     * The window toolkit cannot start here: on Linux usually the GTK 3 library is missing (JavaFX
     * draws its windows through it) or the display refused the connection. The message says so in
     * one sentence, for the command line to print instead of a stack trace.
     */
    public static final class ToolkitUnavailable extends RuntimeException {
        public ToolkitUnavailable(Throwable cause) {
            super("the window cannot open here: " + (cause.getMessage() == null ? cause.getClass().getSimpleName()
                    : cause.getMessage().strip()) + ". On Linux JavaFX needs the GTK 3 library (Debian/Ubuntu: "
                    + "apt install libgtk-3-0) and a display it may connect to", cause);
        }
    }

    /** Starts the toolkit if this process has not yet (a test harness may have); returns at once when it runs. */
    public static synchronized void start() {
        if (started) {
            return;
        }
        CompletableFuture<Void> ready = new CompletableFuture<>();
        try {
            Platform.startup(() -> ready.complete(null));
        } catch (IllegalStateException alreadyRunning) {
            ready.complete(null);
        } catch (RuntimeException | LinkageError cannot) {
            // No GTK 3 (JavaFX's windowing library on Linux), a display that refuses us, no graphics pipeline.
            throw new ToolkitUnavailable(cannot);
        }
        ready.join();
        // The workstation decides when the toolkit ends (closing a window or a picture's stage must not end it).
        Platform.setImplicitExit(false);
        started = true;
    }

    /** Runs {@code work} on the FX thread and waits for its result (never call this on the FX thread). */
    public static <T> T call(Supplier<T> work) {
        if (Platform.isFxApplicationThread()) {
            return work.get();
        }
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.get());
            } catch (Throwable t) {
                result.completeExceptionally(t);
            }
        });
        try {
            return result.get(CALL_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            throw new IllegalStateException("the FX thread did not answer within " + CALL_TIMEOUT_SECONDS
                    + " s (has the toolkit stopped?)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the FX thread", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    public static void run(Runnable work) {
        call(() -> {
            work.run();
            return null;
        });
    }
}
