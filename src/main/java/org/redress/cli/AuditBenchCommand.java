package org.redress.cli;

import org.redress.audit.AuditVerifier;
import org.redress.audit.VerificationReport;
import org.redress.bench.AuditChainWorkspace;
import org.redress.store.Database;
import org.redress.store.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code redress bench audit}: {@code verify} on a generated workspace with a long chain and many evidence files. */
@Command(name = "audit", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Times the integrity check of redress verify on a large audit chain.",
                "Generates the chain and evidence files once, in --workspace, then reports each run, the median and "
                        + "the load average."})
final class AuditBenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--events", defaultValue = "1000000", description = "Audit events (default: ${DEFAULT-VALUE}).")
    int events;

    @Option(names = "--evidence", defaultValue = "100000", description = "Evidence files (default: ${DEFAULT-VALUE}).")
    int evidence;

    @Option(names = "--runs", defaultValue = "3", description = "Verify runs; the median is reported (default: ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--workspace", required = true, paramLabel = "DIR",
            description = "Where the generated workspace lives; reused when it already has a database.")
    Path workspace;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (!Files.exists(workspace.resolve(Workspace.DATABASE_FILE))) {
            long started = System.nanoTime();
            AuditChainWorkspace.Made made = AuditChainWorkspace.generate(workspace, events, evidence, 20261127L);
            out.printf(Locale.ROOT, "generated %,d events (%,d vouched rows), %,d evidence files (%,d MB) in %.1f s%n",
                    made.events(), made.vouchedRows(), made.evidenceFiles(), made.evidenceBytes() >> 20,
                    (System.nanoTime() - started) / 1e9);
        }
        List<Double> seconds = new ArrayList<>();
        VerificationReport last = null;
        for (int i = 0; i < runs; i++) {
            double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
            long started = System.nanoTime();
            try (Database db = Database.open(new Workspace(workspace))) {
                last = db.read(c -> new AuditVerifier(db.workspace()).verify(c, null));
            }
            double s = (System.nanoTime() - started) / 1e9;
            seconds.add(s);
            out.printf(Locale.ROOT, "run %d: %.2f s (load average %.2f before the run)%n", i + 1, s, load);
        }
        List<Double> sorted = seconds.stream().sorted().toList();
        out.printf(Locale.ROOT, "verify: %,d events, %,d rows, %,d evidence files, %,d letters; median %.2f s; intact=%s;"
                        + " cores %d%n", last.events(), last.rows(), last.evidenceFiles(), last.letters(),
                sorted.get(sorted.size() / 2), last.intact(), Runtime.getRuntime().availableProcessors());
        return last.intact() ? 0 : 1;
    }
}
