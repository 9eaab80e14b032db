package org.redress.bench;

import org.redress.catalog.CalendarCatalog;
import org.redress.catalog.SchemeCatalog;
import org.redress.domain.calendar.WorkingDayCalendar;
import org.redress.domain.scheme.Catalog;
import org.redress.intake.FeedImporter;
import org.redress.intake.ImportMode;
import org.redress.intake.ImportReport;
import org.redress.platform.FolderTrees;
import org.redress.store.AgencyRepository;
import org.redress.store.AgencyRow;
import org.redress.store.Database;
import org.redress.store.Workspace;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Ledger rows per second through {@code redress import} (validation, subjects, fingerprints, the
 * re-deduction guard, one transaction at synchronous=FULL), beside the sqlite3 shell's
 * {@code .import} of the same CSV into a table with the same columns and unique key.
 */
public final class ImportBenchmark {
    public record Result(int rows, List<Double> redressSeconds, List<Double> shellSeconds) {
        public double redressRowsPerSecond() {
            return rows / median(redressSeconds);
        }

        public double shellRowsPerSecond() {
            return shellSeconds.isEmpty() ? Double.NaN : rows / median(shellSeconds);
        }

        public double ratio() {
            return redressRowsPerSecond() / shellRowsPerSecond();
        }
    }

    private static final String AGENCY = "BENCH-BANK";

    private ImportBenchmark() {}

    public static Result run(Path scratch, int rows, int runs, @org.jspecify.annotations.Nullable String sqlite3) throws IOException, InterruptedException {
        Files.createDirectories(scratch);
        Path feed = scratch.resolve("ledger-" + rows + ".csv");
        LocalDate today = LocalDate.now();
        LedgerFeedFile.write(feed, rows, AGENCY, today, 42);
        Catalog catalog = SchemeCatalog.loadDefault();
        WorkingDayCalendar calendar = CalendarCatalog.fromClasspath();
        List<Double> ours = new ArrayList<>();
        List<Double> shell = new ArrayList<>();
        for (int run = 0; run < runs; run++) {
            ours.add(importOnce(scratch.resolve("ws-" + run), feed, catalog, calendar));
            if (sqlite3 != null) {
                shell.add(shellImportOnce(scratch.resolve("shell-" + run + ".db"), feed, sqlite3));
            }
        }
        return new Result(rows, ours, shell);
    }

    private static double importOnce(Path root, Path feed, Catalog catalog, WorkingDayCalendar calendar) throws IOException {
        FolderTrees.delete(root);
        try (Database db = Database.open(new Workspace(root))) {
            db.writeAndWait(c -> {
                new AgencyRepository(c).save(new AgencyRow(AGENCY, "基准银行", "Benchmark Bank", "371082"));
                return null;
            });
            FeedImporter importer = new FeedImporter(db, catalog, calendar, Clock.systemDefaultZone());
            long start = System.nanoTime();
            ImportReport report = importer.importFile(feed, ImportMode.ALL_OR_NOTHING);
            double seconds = (System.nanoTime() - start) / 1e9;
            if (!report.committed() || report.hasErrors()) {
                throw new IllegalStateException("benchmark feed did not import: " + report.problems().stream()
                        .limit(3).map(p -> p.describe()).toList());
            }
            return seconds;
        }
    }

    private static double shellImportOnce(Path db, Path feed, String sqlite3) throws IOException, InterruptedException {
        Files.deleteIfExists(db);
        String script = """
                PRAGMA journal_mode=WAL;
                PRAGMA synchronous=FULL;
                CREATE TABLE ledger (reference TEXT NOT NULL, agency TEXT NOT NULL, subject_id TEXT NOT NULL,
                    subject_name TEXT NOT NULL, scheme TEXT NOT NULL, rule TEXT NOT NULL, kind TEXT NOT NULL, points INTEGER NOT NULL,
                    imposed_on TEXT NOT NULL, UNIQUE (agency, reference));
                CREATE INDEX ledger_by_subject ON ledger (subject_id, scheme, imposed_on);
                .import --csv --skip 1 '%s' ledger
                """.formatted(feed.toAbsolutePath().toString().replace("'", "''"));
        ProcessBuilder pb = new ProcessBuilder(sqlite3, db.toString()).redirectErrorStream(true);
        long start = System.nanoTime();
        Process p = pb.start();
        try (var in = p.getOutputStream()) {
            in.write(script.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        byte[] output = p.getInputStream().readAllBytes();
        if (!p.waitFor(10, TimeUnit.MINUTES) || p.exitValue() != 0) {
            throw new IllegalStateException("sqlite3 .import failed: " + new String(output, java.nio.charset.StandardCharsets.UTF_8));
        }
        return (System.nanoTime() - start) / 1e9;
    }

    public static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
