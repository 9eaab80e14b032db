package org.redress.cli;

import org.redress.demo.DemoBuilder;
import org.redress.demo.DemoRequest;
import org.redress.platform.DurableFiles;
import org.redress.platform.FolderTrees;
import org.redress.platform.StartupCache;
import org.redress.ui.StartupProbe;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

/**
 * {@code redress startup-cache}: the installed workstation's per-user start-up cache (see
 * {@link StartupCache}) — where it is and whether this start used it; {@code --build} makes it now
 * (the workstation does this by itself in the background the first time); {@code --clear} deletes it.
 */
@Command(name = "startup-cache",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {"Shows, builds or clears the installed workstation's start-up cache.",
                "The cache is a JDK ahead-of-time cache of the morning path, kept per user. Without options: where it "
                        + "is, its size, and whether this start used it.",
                "The workstation builds it by itself, in the background, the first time it starts without one."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done", "1:the build failed", "2:this launcher names no start-up cache"})
public final class StartupCacheCommand implements Callable<Integer> {

    /** The training workspace: big enough to page the queue, small enough to make in a second or two. */
    static final long TRAINING_CASES = 300;
    static final int TRAINING_CASES_OPENED = 3;
    private static final String MAIN = Main.class.getName();

    @Spec
    CommandSpec spec;

    @Option(names = "--build", description = "Build the cache now: a training start on a small demo workspace, then its assembly.")
    boolean build;

    @Option(names = "--background", hidden = true, description = "Started by the workstation: quiet unless it fails.")
    boolean background;

    @Option(names = "--clear", description = "Delete the cache (the next workstation start builds it again).")
    boolean clear;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        StartupCache cache = StartupCache.ofThisJvm().orElse(null);
        if (cache == null) {
            err.println("redress startup-cache: this launcher names no start-up cache (-XX:AOTCache); "
                    + "the installed app's does (see docs/installer.md)");
            err.flush();
            return 2;
        }
        try {
            if (clear) {
                boolean deleted = Files.deleteIfExists(cache.target());
                Files.deleteIfExists(cache.failureMarker());
                out.println((deleted ? "Deleted " : "There was no cache at ") + cache.target());
            }
            if (build) {
                return build(cache, out);
            }
            if (!clear) {
                status(cache, out);
            }
            out.flush();
            return 0;
        } catch (IOException e) {
            err.println("redress startup-cache: " + e.getMessage());
            err.flush();
            return 1;
        }
    }

    private static void status(StartupCache cache, PrintWriter out) throws IOException {
        Path target = cache.target();
        out.println("start-up cache: " + target);
        out.println(Files.exists(target)
                ? String.format(Locale.ROOT, "  %.1f MB, written %s", Files.size(target) / 1e6, Files.getLastModifiedTime(target))
                : "  not built yet (the next workstation start builds it)");
        out.println("  this start " + (cache.inUse() ? "used it" : "did not use it"));
        out.println("  build log: " + cache.log());
    }

    private int build(StartupCache cache, PrintWriter out) throws IOException {
        Path target = cache.target();
        Files.createDirectories(target.getParent());
        FileChannel channel = FileChannel.open(cache.lockFile(), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock held = channel.tryLock();
        if (held == null) {
            channel.close();
            out.println("Another start-up cache build is running; leaving it to finish.");
            out.flush();
            return 0;
        }
        Path work = Files.createTempDirectory(target.getParent(), "training-");
        long began = System.nanoTime();
        try {
            say(out, "building the start-up cache " + target);
            Path workspace = work.resolve("workspace");
            new DemoBuilder(new DemoRequest(TRAINING_CASES, DemoRequest.DEFAULT_SEED, LocalDate.now())).build(workspace);
            Path configuration = work.resolve("redress.aotconf");
            Path made = work.resolve(target.getFileName());
            // Classes only, no method profiles (JEP 515): profiles of a 300-case training workspace made
            // C2 compile early for small ledgers, and the 1,332-entry case then painted in ~310 ms, not ~120.
            run(cache.javaCommand(List.of("-XX:AOTMode=record", "-XX:AOTConfiguration=" + configuration,
                            "-XX:+UnlockDiagnosticVMOptions", "-XX:-AOTRecordTraining",
                            "-Dglass.platform=Headless", "-Dprism.order=sw",
                            "-D" + StartupProbe.SIGN_IN + "=wang.fang",
                            "-D" + StartupProbe.OPEN_CASES + "=" + TRAINING_CASES_OPENED),
                    MAIN, List.of("open", "--workspace", workspace.toString())), work, "training start");
            run(cache.javaCommand(List.of("-XX:AOTMode=create", "-XX:AOTConfiguration=" + configuration,
                    "-XX:AOTCache=" + made), MAIN, List.of("--version")), work, "assembly");
            if (!Files.isRegularFile(made)) {
                throw new IOException("the assembly wrote no cache");
            }
            DurableFiles.replace(made, target);
            removeOthers(target);
            Files.deleteIfExists(cache.failureMarker());
            say(out, String.format(Locale.ROOT, "built %s (%.1f MB) in %.1f s", target, Files.size(target) / 1e6,
                    (System.nanoTime() - began) / 1e9));
            return 0;
        } catch (IOException | RuntimeException e) {
            Files.writeString(cache.failureMarker(), Instant.now() + " " + e.getMessage() + System.lineSeparator());
            say(out, "the start-up cache was not built: " + e.getMessage());
            return 1;
        } finally {
            FolderTrees.delete(work);
            held.release();
            channel.close();
            // Deleted by the build that held it, once released: a file left behind would only be clutter.
            Files.deleteIfExists(cache.lockFile());
        }
    }

    private void say(PrintWriter out, String line) {
        out.println(background ? Instant.now() + " " + line : line);
        out.flush();
    }

    /** Runs one JVM of the build, its output kept in the work folder and quoted when it fails. */
    private static void run(List<String> command, Path work, String what) throws IOException {
        Path output = work.resolve(what.replace(' ', '-') + ".log");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile());
        builder.environment().remove("JAVA_TOOL_OPTIONS");
        builder.environment().put("REDRESS_LOG_LEVEL", "WARN");
        Process process = builder.start();
        try {
            if (!process.waitFor(10, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IOException("the " + what + " did not finish within 10 minutes");
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted during the " + what, e);
        }
        if (process.exitValue() != 0) {
            List<String> lines = Files.readAllLines(output);
            throw new IOException("the " + what + " exited with " + process.exitValue() + ": "
                    + String.join(" | ", lines.subList(Math.max(0, lines.size() - 5), lines.size())));
        }
    }

    /** Caches of earlier builds (another version of the app) are of no use to this one. */
    private static void removeOthers(Path target) throws IOException {
        try (DirectoryStream<Path> siblings = Files.newDirectoryStream(target.getParent(), "redress-*.aot")) {
            for (Path sibling : siblings) {
                if (!sibling.getFileName().equals(target.getFileName())) {
                    Files.deleteIfExists(sibling);
                }
            }
        }
    }
}
