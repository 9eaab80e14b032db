package org.redress.cli;

import org.redress.ui.StartupBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/** {@code redress bench startup}: JVM start to an interactive queue, and optionally case open to first paint. */
@Command(name = "startup", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Times the workstation's start, from JVM start to an interactive queue.",
                "Launches the workstation in a fresh JVM per run (Headless without a display), signed in as a demo "
                        + "account, and reports JVM start -> interactive queue (first page of rows shown) per run and "
                        + "the median. With --open-cases N each run then opens the queue's first N cases one after the "
                        + "other and reports open -> first paint and the heap after a full collection.",
                "Demo workspaces only (the automatic sign-in is refused elsewhere)."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the runs finished and were reported", "1:a run failed", "2:the command line is wrong"})
final class StartupBench implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--workspace", required = true, description = "The demo workspace to open.")
    Path workspace;

    @Option(names = "--runs", defaultValue = "5", description = "Launches; the median is reported (default: ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--open-cases", defaultValue = "0", description = "Cases to open in a row after the queue (default: ${DEFAULT-VALUE}).")
    int openCases;

    @Option(names = "--case", description = "A case to open (repeatable; taken in turn); default: the queue's first cases.")
    List<String> cases = new ArrayList<>();

    @Option(names = "--officer", defaultValue = "wang.fang", description = "Demo account to sign in as (default: ${DEFAULT-VALUE}).")
    String officer;

    @Option(names = "--jvm-option", description = "An option for the workstation's JVM, e.g. -Xmx512m (repeatable).")
    List<String> jvmOptions = new ArrayList<>();

    @Option(names = "--launcher", paramLabel = "PATH",
            description = "Start this installed redress launcher (redress open) instead of this JVM's java and class path.")
    Path launcher;

    @Option(names = "--verbose", description = "Echo the workstation's log.")
    boolean verbose;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isRegularFile(workspace.resolve("redress.db"))) {
            err.println("no workspace at " + workspace + " (make one with: redress demo --no-open --workspace DIR)");
            return 2;
        }
        if (runs < 1 || openCases < 0) {
            err.println("--runs must be at least 1 and --open-cases not negative");
            return 2;
        }
        var settings = new StartupBenchmark.Settings(workspace, officer, openCases, cases, jvmOptions, launcher);
        List<Long> queue = new ArrayList<>();
        List<Long> paints = new ArrayList<>();
        List<Long> heaps = new ArrayList<>();
        out.printf(Locale.ROOT, "workspace: %s, runs: %d, open cases: %d, cores: %d, load average before: %.2f%n",
                workspace, runs, openCases, Runtime.getRuntime().availableProcessors(), loadAverage());
        for (int run = 1; run <= runs; run++) {
            StartupBenchmark.Run result;
            try {
                result = StartupBenchmark.launch(settings, verbose ? line -> err.println("  | " + line) : line -> { });
            } catch (IOException e) {
                err.println("run " + run + " failed: " + e.getMessage());
                return 1;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return 1;
            }
            queue.add(result.queueInteractiveMillis());
            paints.addAll(result.casePaintMillis());
            if (result.heapAfterGcMegabytes() != null) {
                heaps.add(result.heapAfterGcMegabytes());
            }
            out.printf(Locale.ROOT, "run %d: JVM start -> interactive queue %d ms%s%s%n", run,
                    result.queueInteractiveMillis(),
                    result.casePaintMillis().isEmpty() ? "" : String.format(Locale.ROOT,
                            "; case open -> first paint median %.0f ms (%s)",
                            StartupBenchmark.median(result.casePaintMillis()),
                            result.casePaintMillis().stream().map(String::valueOf).collect(Collectors.joining(" "))),
                    result.heapAfterGcMegabytes() == null ? "" : "; heap after GC " + result.heapAfterGcMegabytes() + " MB");
            out.flush();
        }
        out.printf(Locale.ROOT, "median JVM start -> interactive queue: %.0f ms%n", StartupBenchmark.median(queue));
        if (!paints.isEmpty()) {
            out.printf(Locale.ROOT, "median case open -> first paint: %.0f ms over %d openings (max %d ms)%n",
                    StartupBenchmark.median(paints), paints.size(), paints.stream().mapToLong(Long::longValue).max().orElse(0));
        }
        if (!heaps.isEmpty()) {
            out.printf(Locale.ROOT, "median heap after opening %d cases and a full GC: %.0f MB%n", openCases,
                    StartupBenchmark.median(heaps));
        }
        out.printf(Locale.ROOT, "load average after: %.2f%n", loadAverage());
        return 0;
    }

    private static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }
}
