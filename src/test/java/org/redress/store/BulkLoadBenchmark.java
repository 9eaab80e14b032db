package org.redress.store;

import org.redress.domain.identity.SubjectKind;
import org.redress.domain.ledger.LedgerEvent;
import org.redress.domain.ledger.LedgerEventKind;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Hand-run timing of the bulk paths (not part of the test suite): ledger rows per second through
 * {@link BulkLoader} as an import would write them, and a demo-shaped fill of cases.
 *
 * <pre>
 * ./mvnw -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java --enable-native-access=ALL-UNNAMED -cp target/classes:target/test-classes:$(cat target/cp.txt) \
 *      org.redress.store.BulkLoadBenchmark /tmp/bulk-bench
 * </pre>
 */
public final class BulkLoadBenchmark {

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args.length > 0 ? args[0] : "/tmp/redress-bulk-bench");
        if (args.length < 2 || !args[1].equals("demo-only")) {
            ledger(folder.resolve("ledger"));
        }
        demo(folder.resolve("demo"), 100_000, 5, false);
        demo(folder.resolve("demo-deferred"), 100_000, 5, true);
    }

    /** Five rounds of 500,000 ledger entries, each round one transaction, 100,000 subjects first. */
    static void ledger(Path folder) throws Exception {
        wipe(folder);
        try (Database db = Database.open(Workspace.create(folder))) {
            db.writeAndWait(c -> {
                new SyntheticCases(1).reference(c);
                return null;
            });
            Instant now = Instant.parse("2026-01-01T00:00:00Z");
            LocalDate day = LocalDate.of(2025, 1, 1);
            for (int round = 0; round < 5; round++) {
                int base = round * 100_000;
                db.writeAndWait(c -> {
                    try (BulkLoader bulk = new BulkLoader(c)) {
                        for (int i = 0; i < 100_000; i++) {
                            bulk.subject(new SubjectRow(0, SubjectKind.PERSON, "ID" + (base + i), "RESIDENT_ID",
                                    "VALID", null, "张三", "110000", null));
                        }
                    }
                    return null;
                });
                long start = System.nanoTime();
                db.writeAndWait(c -> {
                    try (BulkLoader bulk = new BulkLoader(c)) {
                        for (int i = 0; i < 500_000; i++) {
                            bulk.ledgerEntry(new LedgerEntryRow(base + 1 + i / 5, new LedgerEvent(0, "RONGCHENG",
                                    "R" + (i % 60), LedgerEventKind.DEDUCTION, -10, SyntheticCases.agencyCode(i % 40),
                                    day.plusDays(i % 700), "REF-" + (base * 5 + i), null, null), null, null, null,
                                    "feed.csv", now));
                        }
                    }
                    return null;
                });
                double seconds = (System.nanoTime() - start) / 1e9;
                System.out.printf(Locale.ROOT, "ledger round %d: 500,000 entries in %.2f s = %,.0f rows/s%n",
                        round + 1, seconds, 500_000 / seconds);
            }
        }
    }

    /** A demo-shaped fill: cases with subjects, ledger entries, history and search rows, one transaction. */
    static void demo(Path folder, int cases, int ledgerPerCase, boolean deferIndexes) throws Exception {
        wipe(folder);
        try (Database db = Database.open(Workspace.create(folder))) {
            SyntheticCases synthetic = new SyntheticCases(42);
            long start = System.nanoTime();
            long rows = db.writeAndWait(c -> {
                synthetic.reference(c);
                BulkLoader bulk = new BulkLoader(c);
                try (bulk) {
                    if (deferIndexes) {
                        bulk.deferIndexes();
                    }
                    synthetic.addCases(bulk, cases, ledgerPerCase);
                }
                return bulk.rows();
            });
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf(Locale.ROOT, "demo fill%s: %,d cases x %d ledger entries, %,d rows in %.1f s%n",
                    deferIndexes ? " (indexes built after)" : "", cases, ledgerPerCase, rows, seconds);
        }
    }

    private static void wipe(Path folder) throws Exception {
        if (Files.exists(folder)) {
            try (Stream<Path> paths = Files.walk(folder)) {
                paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
