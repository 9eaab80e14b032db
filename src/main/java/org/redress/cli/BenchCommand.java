package org.redress.cli;

import org.redress.bench.ImportBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code redress bench …}: measurements on real workspaces, each beside a baseline from the same run. */
@Command(name = "bench",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Measures Redress on this machine. Tests never assert speed; these commands report it.",
        subcommands = {BenchCommand.ImportBench.class})
public final class BenchCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing required subcommand");
    }

    @Command(name = "import", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
            description = {"Imports a generated, valid ledger feed into fresh workspaces and reports rows per second,",
                    "beside the sqlite3 shell's .import of the same CSV into a table with the same columns and unique key."})
    static final class ImportBench implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--rows", defaultValue = "200000", description = "Ledger rows in the feed (default: ${DEFAULT-VALUE}).")
        int rows;

        @Option(names = "--runs", defaultValue = "5", description = "Runs of each; the median is reported (default: ${DEFAULT-VALUE}).")
        int runs;

        @Option(names = "--sqlite3", defaultValue = "sqlite3", description = "The sqlite3 shell for the baseline (default: ${DEFAULT-VALUE}).")
        String sqlite3;

        @Option(names = "--scratch", description = "Folder for the feed and the workspaces (default: a temporary folder).")
        Path scratch;

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            Path dir = scratch != null ? scratch : Files.createTempDirectory("redress-bench-import");
            String shell = onPath(sqlite3) ? sqlite3 : null;
            if (shell == null) {
                spec.commandLine().getErr().println("no sqlite3 shell found; reporting Redress alone");
            }
            ImportBenchmark.Result r = ImportBenchmark.run(dir, rows, runs, shell);
            out.printf(Locale.ROOT, "rows: %d, runs: %d, cores: %d%n", rows, runs, Runtime.getRuntime().availableProcessors());
            out.printf(Locale.ROOT, "redress import:  median %.2f s  %,.0f rows/s   runs %s%n",
                    ImportBenchmark.median(r.redressSeconds()), r.redressRowsPerSecond(), r.redressSeconds());
            if (shell != null) {
                out.printf(Locale.ROOT, "sqlite3 .import: median %.2f s  %,.0f rows/s   runs %s%n",
                        ImportBenchmark.median(r.shellSeconds()), r.shellRowsPerSecond(), r.shellSeconds());
                out.printf(Locale.ROOT, "ratio redress / sqlite3: %.2f%n", r.ratio());
            }
            return 0;
        }

        private static boolean onPath(String command) {
            if (command.contains("/")) {
                return Files.isExecutable(Path.of(command));
            }
            String path = System.getenv("PATH");
            if (path == null) {
                return false;
            }
            for (String dir : path.split(java.io.File.pathSeparator)) {
                if (Files.isExecutable(Path.of(dir, command))) {
                    return true;
                }
            }
            return false;
        }
    }
}
