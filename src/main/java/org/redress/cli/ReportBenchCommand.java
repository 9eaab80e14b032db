package org.redress.cli;

import org.redress.bench.ReportBenchmark;
import org.redress.casework.SignInService;
import org.redress.catalog.CalendarCatalog;
import org.redress.catalog.SchemeCatalog;
import org.redress.domain.access.Officer;
import org.redress.domain.access.Role;
import org.redress.reports.ReportName;
import org.redress.reports.ReportRequest;
import org.redress.reports.ReportService;
import org.redress.security.PasswordHasher;
import org.redress.store.Database;
import org.redress.store.OfficerRepository;
import org.redress.store.OfficerRow;
import org.redress.store.SettingsRepository;
import org.redress.store.Workspace;
import org.redress.ui.AppContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * {@code redress bench report}: every report on a demo workspace, each run beside a plain GROUP BY over
 * the same report table and one over the cases table, interleaved; medians and the load average.
 */
@Command(name = "report", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Times each report on a demo workspace (as its supervisor, no password: demo workspaces only).",
                "Each run of a report is followed by a plain GROUP BY over the table it reads most and one over the "
                        + "cases table, so all three meet the same load; the first round is a warm-up. Medians of wall "
                        + "clock and of the measuring thread's CPU time (reads run on it), which load does not inflate."})
final class ReportBenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    WorkspaceOption workspace;

    @Option(names = "--runs", defaultValue = "7", description = "Counted runs of each (default: ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "First day of the period (default: a year before --to).")
    String from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Last day (default: the demo's today).")
    String to;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path root = workspace.existing(spec);
        if (root == null) {
            return WorkspaceOption.NO_WORKSPACE;
        }
        try (Database db = Database.open(new Workspace(root))) {
            Map<String, String> settings = db.read(c -> new SettingsRepository(c).all());
            SignInService signIn = new SignInService(db, new PasswordHasher());
            if (!signIn.isDemo()) {
                err.println("redress bench report: runs on demo workspaces only (it signs in as their supervisor without a password)");
                return 2;
            }
            Optional<Officer> supervisor = db.read(c -> new OfficerRepository(c).all().stream()
                    .filter(o -> Role.SUPERVISOR.name().equals(o.role())).map(OfficerRow::username).findFirst())
                    .flatMap(signIn::demoOfficer);
            if (supervisor.isEmpty()) {
                err.println("redress bench report: the workspace has no supervisor");
                return 1;
            }
            Clock clock = AppContext.demoDayClock(settings);
            LocalDate last = to == null ? LocalDate.now(clock) : LocalDate.parse(to);
            LocalDate first = from == null ? last.minusYears(1).plusDays(1) : LocalDate.parse(from);
            ReportRequest request = new ReportRequest(first, last, null, null);
            ReportService service = new ReportService(db, SchemeCatalog.loadDefault(), CalendarCatalog.fromClasspath(),
                    clock);
            long cases = db.read(c -> {
                try (var rs = c.createStatement().executeQuery("SELECT count(*) FROM appeal_case")) {
                    return rs.next() ? rs.getLong(1) : 0L;
                }
            });
            var timings = ReportBenchmark.run(db, service, supervisor.get(), request, runs, err::println);
            out.printf(Locale.ROOT, "%,d cases; period %s to %s; %d counted runs each, interleaved; cores %d%n", cases,
                    first, last, runs, Runtime.getRuntime().availableProcessors());
            out.printf(Locale.ROOT, "%-14s %10s %16s %8s %18s %8s %12s %10s %14s%n", "report", "median ms",
                    "GROUP BY same ms", "ratio", "GROUP BY cases ms", "CPU ms", "CPU GROUP BY", "CPU ratio",
                    "load average");
            for (ReportName name : ReportName.values()) {
                var t = timings.get(name);
                double report = t.median(t.report());
                double baseline = t.median(t.baseline());
                double cpu = t.median(t.reportCpu());
                double cpuBaseline = t.median(t.baselineCpu());
                out.printf(Locale.ROOT, "%-14s %10.0f %16.0f %8.2f %18.0f %8.0f %12.0f %10.2f %9.2f–%.2f%n", name.id(),
                        report, baseline, report / Math.max(0.001, baseline), t.median(t.casesTable()), cpu, cpuBaseline,
                        cpu / Math.max(0.001, cpuBaseline),
                        t.load().stream().mapToDouble(Double::doubleValue).min().orElse(0),
                        t.load().stream().mapToDouble(Double::doubleValue).max().orElse(0));
            }
            out.printf(Locale.ROOT, "load average now %.2f%n", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            out.flush();
            return 0;
        } catch (RuntimeException e) {
            err.println("redress bench report: " + e.getMessage());
            return 1;
        }
    }
}
