package org.redress.cli;

import org.redress.catalog.CalendarCatalog;
import org.redress.catalog.SchemeCatalog;
import org.redress.hub.EmbeddedHub;
import org.redress.hub.PostgresBinariesUnavailable;
import org.redress.hub.db.HubDatabase;
import org.redress.hub.reports.HubReports;
import org.redress.hub.reports.ReportBenchData;
import org.redress.reports.ReportName;
import org.redress.reports.ReportRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code redress bench hub-report}: the hub's reports over N cases in an embedded PostgreSQL, each
 * run followed by a plain GROUP BY over the per-case rows, interleaved; medians and the load average.
 */
@Command(name = "hub-report", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Times each hub report over N cases of ten offices in an embedded PostgreSQL (written by SQL).",
                "Each run of a report (all ten offices, the last year) is followed by a plain GROUP BY over the per-case "
                        + "rows it would otherwise read, so both meet the same load; the first round is a warm-up."})
final class HubReportBenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--dir", required = true, paramLabel = "DIR",
            description = "Folder of the embedded PostgreSQL (kept: a second run with as many cases reuses it).")
    Path dir;

    @Option(names = "--cases", defaultValue = "1000000", description = "Cases to write (default: ${DEFAULT-VALUE}).")
    long cases;

    @Option(names = "--runs", defaultValue = "5", description = "Counted runs of each (default: ${DEFAULT-VALUE}).")
    int runs;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Files.createDirectories(dir);
        try (EmbeddedHub pg = EmbeddedHub.start(dir.resolve("pg"), 0);
             HubDatabase db = HubDatabase.open(pg.config().jdbcUrl(), pg.config().user(), pg.config().password(), 2)) {
            long held = ReportBenchData.cases(db);
            if (held != cases) {
                out.printf("writing %,d cases …%n", cases);
                out.flush();
                long[] ms = ReportBenchData.fill(db, cases);
                out.printf("written: report_case %,d ms, report_outcome %,d ms, keys + aggregates + ANALYZE %,d ms%n",
                        ms[0], ms[1], ms[2]);
            } else {
                out.printf("reusing %,d cases in %s%n", held, dir);
            }
            ReportBenchData.sizes(db).forEach(out::println);
            HubReports reports = new HubReports(db, SchemeCatalog.loadDefault(), CalendarCatalog.fromClasspath(),
                    Clock.systemUTC());
            List<String> offices = ReportBenchData.offices();
            ReportRequest request = ReportRequest.lastYear(reports.today());
            Map<ReportName, long[][]> times = new LinkedHashMap<>();
            for (ReportName name : ReportName.values()) {
                times.put(name, new long[2][runs]);
            }
            for (int round = -1; round < runs; round++) {
                for (ReportName name : ReportName.values()) {
                    long t0 = System.nanoTime();
                    reports.report(offices, name, request);
                    long t1 = System.nanoTime();
                    ReportBenchData.plainGroupBy(db, name.id(), offices);
                    long t2 = System.nanoTime();
                    if (round >= 0) {
                        times.get(name)[0][round] = (t1 - t0) / 1_000_000;
                        times.get(name)[1][round] = (t2 - t1) / 1_000_000;
                    }
                }
            }
            out.printf("%,d cases, %d offices, last year, %d runs after a warm-up; medians (all runs), wall ms%n",
                    cases, offices.size(), runs);
            out.printf("%-14s %10s %16s %8s%n", "report", "hub report", "plain GROUP BY", "ratio");
            for (var e : times.entrySet()) {
                long report = median(e.getValue()[0]);
                long plain = median(e.getValue()[1]);
                out.printf("%-14s %10d %16d %8.2f   %s | %s%n", e.getKey().id(), report, plain,
                        plain == 0 ? 0.0 : (double) report / plain, Arrays.toString(e.getValue()[0]),
                        Arrays.toString(e.getValue()[1]));
            }
            out.printf("load average %.2f (2 cores shared)%n", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            out.flush();
            return 0;
        } catch (PostgresBinariesUnavailable e) {
            return HubCommand.noBinaries(spec, e);
        }
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
