package org.redress.platform;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The installed workstation's start-up cache: a JDK ahead-of-time cache (classes loaded and linked,
 * method profiles) of the officer's morning path — start, sign in, the queue, a few cases. The
 * package ships none (it would add ~55 MB to every install, and it is only valid for this exact
 * runtime and class path); the launcher's configuration names where it lives in the per-user cache
 * ({@code -XX:AOTCache=$HOME/.cache/redress/startup/redress-VERSION-BUILD.aot}), the JVM maps it when it
 * is there and silently starts without it when it is not, and the first workstation start that finds
 * none builds it in a background process ({@code redress startup-cache --build}) for the next start.
 *
 * <p>Without {@code -XX:AOTCache} on the command line (the {@code ./redress} developer launcher, tests)
 * there is nothing to build and this class does nothing.
 */
public final class StartupCache {

    private static final Logger LOG = LoggerFactory.getLogger(StartupCache.class);
    static final String OPTION = "-XX:AOTCache=";
    /** After a failed build, the workstation does not try again for this long (a day's starts stay quiet). */
    static final Duration RETRY_AFTER = Duration.ofHours(20);

    private final Path target;
    private final Path java;
    private final List<String> jvmOptions;
    private final String classPath;
    private final boolean inUse;

    StartupCache(Path target, Path java, List<String> jvmOptions, String classPath, boolean inUse) {
        this.target = target;
        this.java = java;
        this.jvmOptions = List.copyOf(jvmOptions);
        this.classPath = classPath;
        this.inUse = inUse;
    }

    /** The cache this JVM was started with, if its command line names one. */
    public static Optional<StartupCache> ofThisJvm() {
        List<String> arguments = ManagementFactory.getRuntimeMXBean().getInputArguments();
        Path java = Path.of(System.getProperty("java.home"), "bin", isWindows() ? "java.exe" : "java");
        // "sharing" is how the JVM says it mapped a class-data archive or AOT cache at start.
        boolean mapped = System.getProperty("java.vm.info", "").contains("sharing");
        return of(arguments, java, System.getProperty("java.class.path", ""), mapped);
    }

    static Optional<StartupCache> of(List<String> arguments, Path java, String classPath, boolean mapped) {
        Path target = null;
        for (String argument : arguments) {
            if (argument.startsWith(OPTION) && argument.length() > OPTION.length()) {
                target = Path.of(argument.substring(OPTION.length()));
            }
        }
        if (target == null) {
            return Optional.empty();
        }
        return Optional.of(new StartupCache(target, java, childOptions(arguments), classPath, mapped));
    }

    /**
     * The options a training or assembling JVM inherits: this JVM's, less the cache it mapped, the
     * logging that silences the cache's absence, and anything a measured start added (its probe).
     */
    static List<String> childOptions(List<String> arguments) {
        List<String> kept = new ArrayList<>();
        for (String argument : arguments) {
            if (argument.startsWith("-XX:AOTCache") || argument.startsWith("-XX:AOTMode")
                    || argument.startsWith("-XX:AOTConfiguration") || argument.startsWith("-XX:SharedArchiveFile")
                    || argument.startsWith("-Xlog:aot") || argument.startsWith("-Xlog:cds")
                    || argument.startsWith("-Dredress.bench.") || argument.startsWith("-XX:StartFlightRecording")
                    || argument.startsWith("-agentlib") || argument.startsWith("-javaagent")) {
                continue;
            }
            kept.add(argument);
        }
        return kept;
    }

    /** Where the cache is (or will be). */
    public Path target() {
        return target;
    }

    /** Whether this JVM started from the cache. */
    public boolean inUse() {
        return inUse;
    }

    /** The file that records a failed build; its time says when. */
    public Path failureMarker() {
        return target.resolveSibling(target.getFileName() + ".failed");
    }

    /** Held by the build that is running, so two workstations starting at once build it once. */
    public Path lockFile() {
        return target.resolveSibling(target.getFileName() + ".lock");
    }

    /**
     * Whether a start should build the cache: it is not in use, and no build failed recently (a
     * broken build must not cost every start a background JVM).
     */
    public boolean wanted(Instant now) {
        if (inUse) {
            return false;
        }
        try {
            if (Files.exists(failureMarker())
                    && Files.getLastModifiedTime(failureMarker()).toInstant().plus(RETRY_AFTER).isAfter(now)) {
                return false;
            }
        } catch (IOException e) {
            return false;
        }
        return true;
    }

    /** A JVM like this one: same runtime, options and class path, then {@code extra} and the main class and arguments. */
    public List<String> javaCommand(List<String> extra, String mainClass, List<String> arguments) {
        List<String> command = new ArrayList<>();
        command.add(java.toString());
        command.addAll(jvmOptions);
        command.addAll(extra);
        command.add("-cp");
        command.add(classPath);
        command.add(mainClass);
        command.addAll(arguments);
        return command;
    }

    /**
     * Starts {@code redress startup-cache --build --background} as a process of its own, at low
     * priority where the platform has {@code nice}, its output in a log beside the cache. It outlives
     * this workstation if the officer closes it first. Empty when it could not be started (logged).
     */
    public Optional<Process> buildInBackground(String mainClass) {
        try {
            Files.createDirectories(target.getParent());
            List<String> command = new ArrayList<>();
            @Nullable Path nice = lowPriority();
            if (nice != null) {
                command.addAll(List.of(nice.toString(), "-n", "10"));
            }
            command.addAll(javaCommand(List.of(), mainClass, List.of("startup-cache", "--build", "--background")));
            ProcessBuilder builder = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log().toFile()))
                    .redirectInput(ProcessBuilder.Redirect.from(new File(isWindows() ? "NUL" : "/dev/null")));
            builder.environment().remove("JAVA_TOOL_OPTIONS");
            builder.environment().remove("JDK_JAVA_OPTIONS");
            Process process = builder.start();
            LOG.info("event=startup_cache.build_started pid={}", process.pid());
            return Optional.of(process);
        } catch (IOException | RuntimeException e) {
            LOG.warn("event=startup_cache.build_not_started reason={}", e.toString());
            return Optional.empty();
        }
    }

    /** The builder's log, beside the cache. */
    public Path log() {
        return target.resolveSibling("startup-cache.log");
    }

    private static @Nullable Path lowPriority() {
        for (String candidate : List.of("/usr/bin/nice", "/bin/nice")) {
            Path nice = Path.of(candidate);
            if (Files.isExecutable(nice)) {
                return nice;
            }
        }
        return null;
    }

    private static boolean isWindows() {
        return System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
    }
}
