package org.redress.ui;

import org.jspecify.annotations.Nullable;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code redress bench startup}: launches the workstation in a fresh JVM per run, on the Headless
 * platform when there is no display, signed in by a {@link StartupProbe}, and reads the milestones
 * it logs: JVM start to an interactive queue (its first page of rows shown), and when asked, each
 * case's open-to-first-paint and the heap after opening them all.
 */
public final class StartupBenchmark {

    private static final Pattern QUEUE = Pattern.compile("queue interactive at (\\d+) ms \\((\\d+) ms since the JVM started\\)");
    private static final Pattern PAINT = Pattern.compile("case first paint after (\\d+) ms");
    private static final Pattern HEAP = Pattern.compile(Pattern.quote(StartupProbe.HEAP_LINE) + " (\\d+) MB");

    /** One launch: JVM uptime when the queue became interactive, each case's first paint, the heap after GC. */
    public record Run(long queueInteractiveMillis, List<Long> casePaintMillis, @Nullable Long heapAfterGcMegabytes) {
        public Run {
            casePaintMillis = List.copyOf(casePaintMillis);
        }
    }

    /** @param cases case numbers to open in turn; empty opens the queue's first cases */
    /**
     * @param launcher an installed {@code redress} launcher to start ({@code redress open}); null starts this
     *                 JVM's java on this class path, as {@code ./redress} does
     */
    public record Settings(Path workspace, String officer, int openCases, List<String> cases, List<String> jvmOptions,
                           @Nullable Path launcher) {
        public Settings {
            cases = List.copyOf(cases);
            jvmOptions = List.copyOf(jvmOptions);
        }
    }

    private StartupBenchmark() {
    }

    /** Launches the workstation once and waits for it to close by itself. */
    public static Run launch(Settings settings, Consumer<String> childLog) throws IOException, InterruptedException {
        List<String> probe = new ArrayList<>();
        probe.add("-D" + StartupProbe.SIGN_IN + "=" + settings.officer());
        probe.add("-D" + StartupProbe.OPEN_CASES + "=" + settings.openCases());
        if (!settings.cases().isEmpty()) {
            probe.add("-D" + StartupProbe.CASES + "=" + String.join(",", settings.cases()));
        }
        List<String> command = new ArrayList<>();
        String toolOptions = null;
        if (settings.launcher() != null) {
            // The installed launcher takes its JVM options from its own configuration; the probe's
            // properties (and any --jvm-option) reach its JVM the one way every launcher honours.
            command.addAll(List.of(settings.launcher().toString(), "open", "--workspace", settings.workspace().toString()));
            List<String> options = new ArrayList<>(settings.jvmOptions());
            options.addAll(probe);
            toolOptions = String.join(" ", options);
        } else {
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.add("--enable-native-access=ALL-UNNAMED");
            command.add("-Dfile.encoding=UTF-8");
            command.addAll(settings.jvmOptions());
            if (settings.jvmOptions().stream().noneMatch(o -> o.startsWith("-XX:SharedArchiveFile"))) {
                // As ./redress starts it: a class-data archive written by the first run and mapped by the rest.
                command.add("-XX:+AutoCreateSharedArchive");
                command.add("-XX:SharedArchiveFile=" + archive());
                command.add("-Xlog:cds=off");
                command.add("-Xlog:cds+dynamic=off");
            }
            command.addAll(probe);
            command.add("-cp");
            command.add(System.getProperty("java.class.path"));
            command.add(Workstation.class.getName());
            command.add(settings.workspace().toString());
        }
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("REDRESS_LOG_LEVEL", "INFO");
        if (toolOptions != null) {
            builder.environment().put("JAVA_TOOL_OPTIONS", toolOptions);
        }
        Process child = builder.start();
        List<String> lines = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = out.readLine()) != null; ) {
                lines.add(line);
                childLog.accept(line);
            }
        }
        if (!child.waitFor(5, TimeUnit.MINUTES)) {
            child.destroyForcibly();
            throw new IOException("the workstation did not close within 5 minutes");
        }
        if (child.exitValue() != 0) {
            throw new IOException("the workstation exited with " + child.exitValue() + ": "
                    + String.join("\n", lines.subList(Math.max(0, lines.size() - 15), lines.size())));
        }
        return parse(lines);
    }

    /** Reads a run's numbers from the workstation's log lines. */
    public static Run parse(List<String> lines) throws IOException {
        Long queue = null;
        Long heap = null;
        List<Long> paints = new ArrayList<>();
        for (String line : lines) {
            Matcher q = QUEUE.matcher(line);
            if (q.find() && queue == null) {
                queue = Long.parseLong(q.group(2));
            }
            Matcher p = PAINT.matcher(line);
            if (p.find()) {
                paints.add(Long.parseLong(p.group(1)));
            }
            Matcher h = HEAP.matcher(line);
            if (h.find()) {
                heap = Long.parseLong(h.group(1));
            }
        }
        if (queue == null) {
            throw new IOException("the workstation never reported an interactive queue (is this a demo workspace, "
                    + "and does it have the account?)");
        }
        return new Run(queue, paints, heap);
    }

    /** The median (the mean of the middle two for an even count); 0 for none. */
    public static double median(List<Long> values) {
        if (values.isEmpty()) {
            return 0;
        }
        List<Long> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2.0;
    }

    /** The archive beside the application's jar, as the launcher keeps it for the workstation. */
    private static Path archive() {
        Path first = Path.of(System.getProperty("java.class.path").split(java.io.File.pathSeparator)[0]).toAbsolutePath();
        Path folder = (first.getParent() == null ? Path.of(".") : first.getParent()).resolve("cds");
        try {
            java.nio.file.Files.createDirectories(folder);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return folder.resolve("redress-startup.jsa");
    }
}
