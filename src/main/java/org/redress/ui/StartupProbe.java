package org.redress.ui;

import javafx.application.Platform;
import javafx.stage.Stage;
import org.jspecify.annotations.Nullable;
import org.redress.casework.QueueLine;
import org.redress.domain.access.Officer;
import org.redress.ui.shell.ShellView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The workstation under {@code redress bench startup}: signs in as a demo account without a
 * password, and once the queue is interactive opens its first cases one after the other, each as
 * soon as the last one painted, then logs the heap after a full collection and closes the window.
 * Set by system properties; only a demo workspace ({@code workspace.kind=demo}) honours them, so an
 * office's real accounts can never be entered this way.
 */
public final class StartupProbe {

    public static final String SIGN_IN = "redress.bench.signIn";
    public static final String OPEN_CASES = "redress.bench.openCases";
    /** Case numbers to open, comma-separated, taken in turn until {@link #OPEN_CASES} openings; else the queue's first cases. */
    public static final String CASES = "redress.bench.cases";
    private static final String WORKSPACE_KIND = "workspace.kind";
    public static final String HEAP_LINE = "heap after opening the cases and a full collection:";
    private static final Logger LOG = LoggerFactory.getLogger(StartupProbe.class);
    /** A run that hangs (a case that never paints) ends rather than holding the benchmark forever. */
    private static final java.time.Duration WATCHDOG = java.time.Duration.ofMinutes(4);

    private final String username;
    private final int openCases;
    private final List<String> caseNumbers;

    private StartupProbe(String username, int openCases, List<String> caseNumbers) {
        this.username = username;
        this.openCases = openCases;
        this.caseNumbers = List.copyOf(caseNumbers);
    }

    /** The probe the system properties ask for, if any. */
    public static Optional<StartupProbe> fromSystemProperties() {
        String username = System.getProperty(SIGN_IN);
        if (username == null || username.isBlank()) {
            return Optional.empty();
        }
        List<String> numbers = java.util.Arrays.stream(System.getProperty(CASES, "").split(","))
                .map(String::strip).filter(n -> !n.isEmpty()).toList();
        return Optional.of(new StartupProbe(username.strip(), Integer.getInteger(OPEN_CASES, 0), numbers));
    }

    /** The account to sign in as, when the workspace is a demo one and has it. */
    Optional<Officer> officer(AppContext context) {
        if (!"demo".equals(context.settingsAtStart().get(WORKSPACE_KIND))) {
            LOG.warn("automatic sign-in is for demo workspaces only; showing the sign-in screen");
            return Optional.empty();
        }
        return context.signIn().demoOfficer(username);
    }

    /** Signs in through the window and runs the rest of the probe when the queue is interactive. */
    void run(WorkstationWindow window, Officer officer, Stage stage) {
        List<Long> named = new ArrayList<>();
        for (String number : caseNumbers) {
            named.add(window.context().caseFiles().idOf(officer, number)
                    .orElseThrow(() -> new IllegalArgumentException("the workspace has no case " + number)));
        }
        window.setOnQueueInteractive(() -> afterQueue(window, stage, named));
        window.signIn(officer);
        Thread.ofPlatform().daemon().name("bench-watchdog").start(() -> {
            try {
                Thread.sleep(WATCHDOG.toMillis());
            } catch (InterruptedException e) {
                return;
            }
            LOG.error("the measured run did not finish within {}; closing", WATCHDOG);
            Runtime.getRuntime().halt(3);
        });
    }

    private void afterQueue(WorkstationWindow window, Stage stage, List<Long> named) {
        ShellView shell = window.shell();
        if (shell == null) {
            return;
        }
        List<Long> cases = new ArrayList<>();
        for (int i = 0; i < openCases; i++) {
            if (!named.isEmpty()) {
                cases.add(named.get(i % named.size()));
            } else if (i < shell.queueModel().rows().size()) {
                @Nullable QueueLine line = shell.queueModel().rows().get(i);
                if (line != null) {
                    cases.add(line.caseId());
                }
            }
        }
        int[] next = {0};
        shell.setOnCasePainted(millis -> {
            next[0]++;
            openNext(shell, cases, next[0], stage);
        });
        openNext(shell, cases, 0, stage);
    }

    private void openNext(ShellView shell, List<Long> cases, int index, Stage stage) {
        if (index < cases.size()) {
            // Later, so the paint that reported the last case finishes before the next one is built.
            // As an officer would: back to the queue, then the next case (the same case again is read afresh).
            Platform.runLater(() -> {
                shell.model().back();
                shell.model().openCase(cases.get(index));
            });
            return;
        }
        Thread.ofPlatform().name("bench-heap").start(() -> {
            if (!cases.isEmpty()) {
                System.gc();
                System.gc();
                long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
                LOG.info("{} {} MB", HEAP_LINE, used / (1024 * 1024));
            }
            Platform.runLater(stage::hide);
        });
    }
}
