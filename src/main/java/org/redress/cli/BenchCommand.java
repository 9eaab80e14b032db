package org.redress.cli;

import org.redress.bench.ImportBenchmark;
import org.redress.bench.SyncThroughput;
import org.redress.bench.LetterThroughput;
import org.redress.letters.LetterLanguage;
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
        subcommands = {BenchCommand.ImportBench.class, BenchCommand.LettersBench.class, BenchCommand.SyncBench.class,
                BenchCommand.CryptBench.class,
                AuditBenchCommand.class, StartupBench.class, ReportBenchCommand.class, HubReportBenchCommand.class})
public final class BenchCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing required subcommand");
    }

    @Command(name = "import", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
            description = {"Times importing a generated, valid ledger feed, in rows per second.",
                    "Each run imports into a fresh workspace, beside the sqlite3 shell's .import of the same CSV into a "
                            + "table with the same columns and unique key."})
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

    @Command(name = "crypt", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
            description = {"What encryption at rest costs: letters rendered and stored per second, and evidence attached "
                    + "in MB/s, into a workspace without a key and one with (AES-256-GCM), taken in turn A B A B; medians."})
    static final class CryptBench implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--letters", defaultValue = "100", description = "Letters per run (default ${DEFAULT-VALUE}).")
        int letters;

        @Option(names = "--files", defaultValue = "8", description = "Evidence files per run (default ${DEFAULT-VALUE}).")
        int files;

        @Option(names = "--mib", defaultValue = "8", description = "Size of each evidence file in MiB (default ${DEFAULT-VALUE}; at most 50).")
        int mib;

        @Option(names = "--runs", defaultValue = "5", description = "Runs of each mode (default ${DEFAULT-VALUE}).")
        int runs;

        @Option(names = "--scratch", description = "Folder for the two workspaces (default: a temporary folder).")
        Path scratch;

        @Override
        public Integer call() throws Exception {
            if (letters < 1 || files < 1 || mib < 1 || mib > 50 || runs < 1) {
                spec.commandLine().getErr().println("--letters, --files, --runs at least 1; --mib from 1 to 50");
                return 2;
            }
            Path dir = scratch != null ? scratch : Files.createTempDirectory("redress-bench-crypt");
            var r = org.redress.bench.SealingThroughput.measure(dir, letters, files, mib, runs);
            PrintWriter out = spec.commandLine().getOut();
            out.printf(Locale.ROOT, "runs: %d of each, interleaved; %d letters and %d x %d MiB evidence per run; cores: %d%n",
                    runs, letters, files, mib, Runtime.getRuntime().availableProcessors());
            out.printf(Locale.ROOT, "letters, plain:      median %7.1f letters/s   runs %s%n",
                    org.redress.bench.SealingThroughput.median(r.plainLetters()), rounded(r.plainLetters()));
            out.printf(Locale.ROOT, "letters, encrypted:  median %7.1f letters/s   runs %s%n",
                    org.redress.bench.SealingThroughput.median(r.sealedLetters()), rounded(r.sealedLetters()));
            out.printf(Locale.ROOT, "evidence, plain:     median %7.1f MB/s        runs %s%n",
                    org.redress.bench.SealingThroughput.median(r.plainMBs()), rounded(r.plainMBs()));
            out.printf(Locale.ROOT, "evidence, encrypted: median %7.1f MB/s        runs %s%n",
                    org.redress.bench.SealingThroughput.median(r.sealedMBs()), rounded(r.sealedMBs()));
            out.flush();
            return 0;
        }

        private static String rounded(java.util.List<Double> values) {
            return values.stream().map(v -> String.format(Locale.ROOT, "%.1f", v)).toList().toString();
        }
    }

    @Command(name = "letters", mixinStandardHelpOptions = true,
            description = {"Times rendering decision letters, in letters per second.",
                    "PDF/A-3u with QR and embedded fonts, not stored, beside PDFBox writing a minimal one-page document "
                            + "with the same font."})
    static final class LettersBench implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--letters", defaultValue = "1000", description = "Letters to render (default ${DEFAULT-VALUE}).")
        int letters;

        @Option(names = "--workers", defaultValue = "2", description = "Worker threads (default ${DEFAULT-VALUE}).")
        int workers;

        @Option(names = "--lang", defaultValue = "bilingual", description = "zh, en or bilingual (default ${DEFAULT-VALUE}).")
        String language;

        @Override
        public Integer call() {
            if (letters < 1 || workers < 1) {
                spec.commandLine().getErr().println("--letters and --workers must be at least 1");
                return 2;
            }
            LetterThroughput.Result r = LetterThroughput.measure(letters, workers, LetterLanguage.parse(language));
            PrintWriter out = spec.commandLine().getOut();
            out.printf("letters:  %d %s letters of %d pages (%d bytes each) on %d workers%n", r.letters(),
                    language, r.pagesPerLetter(), r.bytesPerLetter(), r.workers());
            out.printf("redress:  %.1f letters/s%n", r.lettersPerSecond());
            out.printf("baseline: %.1f documents/s (PDFBox, one page, same font)%n", r.baselinePerSecond());
            out.printf("ratio:    a letter costs %.2fx the baseline document%n", r.ratio());
            // The pools peak at different moments: their sum overstates the peak, and the heap
            // never exceeds its maximum, so the smaller of the two is the bound.
            long max = Runtime.getRuntime().maxMemory();
            out.printf("heap:     peak at most %.0f MB during the letters (max heap %.0f MB)%n",
                    Math.min(r.peakHeapBytes(), max) / 1e6, max / 1e6);
            out.flush();
            return 0;
        }
    }

    @Command(name = "sync", mixinStandardHelpOptions = true,
            description = {"Times sync on loopback against an embedded hub.",
                    "Push (one workstation, batches of 500; eight at once), pull into SQLite, and one evidence file up "
                            + "and down, over HTTPS; medians of the runs. Then what a sign-in costs: a fresh TLS handshake, "
                            + "the challenge and the sign-in (device signature, Argon2id), median of 9."})
    static final class SyncBench implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--mutations", defaultValue = "20000", description = "Notes pushed per run (default ${DEFAULT-VALUE}).")
        int mutations;

        @Option(names = "--workstations", defaultValue = "8", description = "Concurrent workstations (default ${DEFAULT-VALUE}).")
        int workstations;

        @Option(names = "--blob-mb", defaultValue = "128", description = "Size of the evidence file in MB (default ${DEFAULT-VALUE}).")
        int blobMb;

        @Option(names = "--runs", defaultValue = "3", description = "Runs; the median is reported (default ${DEFAULT-VALUE}).")
        int runs;

        @Option(names = "--scratch", description = "Folder for the hub and the workspaces (default: a temporary folder).")
        Path scratch;

        @Override
        public Integer call() throws Exception {
            if (mutations < workstations || workstations < 1 || runs < 1 || blobMb < 1) {
                spec.commandLine().getErr().println("--mutations, --workstations, --runs and --blob-mb must be positive");
                return 2;
            }
            Path dir = scratch != null ? scratch : Files.createTempDirectory("redress-bench-sync");
            SyncThroughput.Result r = SyncThroughput.measure(dir, mutations, runs, workstations, blobMb);
            PrintWriter out = spec.commandLine().getOut();
            out.printf(Locale.ROOT, "runs: %d, cores: %d, load average after: %.2f%n", r.runs(),
                    Runtime.getRuntime().availableProcessors(), r.loadAverage());
            out.printf(Locale.ROOT, "push, 1 workstation, batches of 500:  %,.0f mutations/s (%,d mutations)%n",
                    r.pushPerSecond(), r.mutations());
            out.printf(Locale.ROOT, "push, %d workstations at once:         %,.0f mutations/s%n", r.workstations(),
                    r.concurrentPerSecond());
            out.printf(Locale.ROOT, "pull into SQLite:                      %,.0f changes/s (%,d changes)%n",
                    r.pullPerSecond(), r.pulledChanges());
            out.printf(Locale.ROOT, "evidence file of %d MB: upload %.0f MB/s, download %.0f MB/s%n", r.blobMB(),
                    r.uploadMBps(), r.downloadMBps());
            out.printf(Locale.ROOT, "TLS handshake + /health: %.0f ms; handshake + challenge + sign-in: %.0f ms "
                            + "(of which the Argon2id check %.0f ms); medians of %d%n", r.signIn().handshakeMillis(),
                    r.signIn().signInMillis(), r.signIn().passwordCheckMillis(), r.signIn().samples());
            out.flush();
            return 0;
        }
    }
}
