package org.redress.bench;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.redress.catalog.CalendarCatalog;
import org.redress.catalog.SchemeCatalog;
import org.redress.domain.calendar.WorkingDayCalendar;
import org.redress.domain.scheme.Catalog;
import org.redress.intake.FeedImporter;
import org.redress.intake.ImportMode;
import org.redress.intake.ImportReport;
import org.redress.store.AgencyRepository;
import org.redress.store.AgencyRow;
import org.redress.store.Database;
import org.redress.store.Workspace;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;

/**
 * One import of a valid ledger feed into a fresh workspace, per invocation. Rows per second =
 * rows / score. {@code redress bench import} runs the same import beside the sqlite3 shell's
 * {@code .import} of the same file and prints the ratio.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = {"--enable-native-access=ALL-UNNAMED"})
public class ImportBenchmarks {

    @Param({"200000"})
    public int rows;

    private Path scratch;
    private Path feed;
    private Catalog catalog;
    private WorkingDayCalendar calendar;
    private Database db;
    private int run;

    @Setup(Level.Trial)
    public void writeFeed() throws IOException {
        scratch = Files.createTempDirectory("redress-import-bench");
        feed = scratch.resolve("ledger.csv");
        LedgerFeedFile.write(feed, rows, "BENCH-BANK", LocalDate.now(), 42);
        catalog = SchemeCatalog.loadDefault();
        calendar = CalendarCatalog.fromClasspath();
    }

    @Setup(Level.Invocation)
    public void freshWorkspace() {
        db = Database.open(new Workspace(scratch.resolve("ws-" + run++)));
        db.writeAndWait(c -> {
            new AgencyRepository(c).save(new AgencyRow("BENCH-BANK", "基准银行", "Benchmark Bank", "371082"));
            return null;
        });
    }

    @Benchmark
    public ImportReport importLedgerFeed() {
        try {
            return new FeedImporter(db, catalog, calendar, Clock.systemDefaultZone()).importFile(feed, ImportMode.ALL_OR_NOTHING);
        } finally {
            db.close();
        }
    }
}
