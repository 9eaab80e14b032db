package org.redress.bench;

import org.redress.domain.access.Officer;
import org.redress.reports.ReportName;
import org.redress.reports.ReportRequest;
import org.redress.reports.ReportService;
import org.redress.store.Database;

import java.lang.management.ManagementFactory;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Times every report on a workspace beside a plain {@code GROUP BY} over the same report table, and
 * beside one over the cases table itself, interleaved run by run so that both meet the same load.
 * The first round warms the JVM and the page cache and is not counted.
 */
public final class ReportBenchmark {

    /** The plain grouping each report is measured against: the table it reads most, grouped by one column. */
    static final Map<ReportName, String> BASELINE = Map.of(
            ReportName.CASELOAD, "SELECT status, count(*) FROM report_case GROUP BY status",
            ReportName.OUTCOMES, "SELECT rule_code, count(*) FROM report_outcome GROUP BY rule_code",
            ReportName.DISCREPANCIES, "SELECT agency_code, count(*) FROM score_check GROUP BY agency_code",
            ReportName.PEOPLE, "SELECT drafter_id, count(*) FROM report_case GROUP BY drafter_id");
    /** A grouping over the wide cases table, as a report without its own tables would have to read it. */
    static final String CASES_TABLE = "SELECT scheme_code, count(*) FROM appeal_case GROUP BY scheme_code";

    /**
     * Milliseconds of each counted run: wall clock, and the CPU time of this thread (reads run on the
     * caller's thread, SQLite included), which a shared machine's load does not inflate.
     */
    public record Timings(List<Double> report, List<Double> baseline, List<Double> casesTable, List<Double> load,
                          List<Double> reportCpu, List<Double> baselineCpu) {
        public double median(List<Double> values) {
            List<Double> sorted = values.stream().sorted().toList();
            int n = sorted.size();
            return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
        }
    }

    private static final java.lang.management.ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private ReportBenchmark() {
    }

    public static Map<ReportName, Timings> run(Database db, ReportService service, Officer officer,
                                               ReportRequest request, int runs, Consumer<String> log) {
        service.settleScoreChecks(officer, left -> log.accept("settling reported scores: " + left + " ledgers left"));
        Map<ReportName, Timings> out = new EnumMap<>(ReportName.class);
        for (ReportName name : ReportName.values()) {
            out.put(name, new Timings(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(),
                    new ArrayList<>(), new ArrayList<>()));
        }
        for (int round = 0; round <= runs; round++) {
            for (ReportName name : ReportName.values()) {
                double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
                long a = System.nanoTime();
                long cpuA = CPU.getCurrentThreadCpuTime();
                service.report(officer, name, request);
                long b = System.nanoTime();
                long cpuB = CPU.getCurrentThreadCpuTime();
                count(db, BASELINE.get(name));
                long c = System.nanoTime();
                long cpuC = CPU.getCurrentThreadCpuTime();
                count(db, CASES_TABLE);
                long d = System.nanoTime();
                if (round > 0) {
                    Timings t = out.get(name);
                    t.report().add((b - a) / 1e6);
                    t.baseline().add((c - b) / 1e6);
                    t.casesTable().add((d - c) / 1e6);
                    t.load().add(load);
                    t.reportCpu().add((cpuB - cpuA) / 1e6);
                    t.baselineCpu().add((cpuC - cpuB) / 1e6);
                }
            }
        }
        return out;
    }

    private static long count(Database db, String sql) {
        return db.read(c -> {
            long rows = 0;
            try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows += rs.getLong(2);
                }
            }
            return rows;
        });
    }
}
