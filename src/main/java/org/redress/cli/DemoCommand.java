package org.redress.cli;

import org.redress.catalog.CalendarCatalog;
import org.redress.catalog.SchemeCatalog;
import org.redress.demo.DemoBuilder;
import org.redress.demo.DemoOfficer;
import org.redress.demo.DemoProgress;
import org.redress.demo.DemoRequest;
import org.redress.demo.DemoResult;
import org.redress.demo.DemoSummary;
import org.redress.demo.DemoWorkspaceState;
import org.redress.domain.appeal.CaseStatus;
import org.redress.domain.scheme.Catalog;
import org.redress.domain.scheme.Scheme;
import org.redress.store.Database;
import org.redress.store.Workspace;
import org.redress.vault.RecoveryKey;
import org.redress.vault.SealMigration;
import org.redress.vault.WorkspaceKeys;
import org.redress.ui.Workstation;
import org.redress.ui.common.FxRuntime;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code redress demo}: makes a realistic demo workspace (or reports the one already there) and
 * prints what it holds, with the demo accounts' passwords the one time they exist in clear.
 */
@Command(name = "demo",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
                "Makes a demo workspace: a review office with its agencies, officers, subjects, ledgers and appeal "
                        + "cases in every state, with history, notes, decisions and evidence, all generated from the "
                        + "seed and the day, so the same seed and day give the same content.",
                "A workspace that already exists is never regenerated: its summary is printed instead. A run that "
                        + "is interrupted leaves nothing at the workspace path."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
                "0:the workspace was made, or already existed, and its summary was printed",
                "1:the folder holds something other than a demo workspace (an office's workspace is never touched), or making it failed",
                "2:the command line is wrong"})
public final class DemoCommand implements Callable<Integer> {

    static final int OK = 0;
    static final int FAILED = 1;

    @Spec
    CommandSpec spec;

    @Option(names = "--cases", paramLabel = "N", defaultValue = "" + DemoRequest.DEFAULT_CASES,
            description = "How many appeal cases (default ${DEFAULT-VALUE}).")
    long cases;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "" + DemoRequest.DEFAULT_SEED,
            description = "Seed of everything generated (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--workspace", paramLabel = "DIR",
            description = {"The demo's folder (default: a folder of its own beside the officer's workspace, on Linux "
                    + "~/.local/share/redress/demo). An office's workspace is never touched."})
    Path workspace;

    @Option(names = "--today", paramLabel = "YYYY-MM-DD", converter = CalendarCommand.DateConverter.class,
            description = "The day everything is generated relative to (default: the system date).")
    LocalDate today;

    @Option(names = "--no-open", description = "Only make the workspace and print its summary; do not open the workstation window.")
    boolean noOpen;

    @Option(names = "--hub", paramLabel = "URL",
            description = "Sync with this running hub instead of starting an embedded one beside the workstation.")
    String hubUrl;

    @Option(names = "--no-hub", description = "Work alone: start no hub (the workstation works offline).")
    boolean noHub;

    @Option(names = "--postgres-binaries", paramLabel = "FILE.jar",
            description = "A copy of the PostgreSQL binaries jar for the embedded hub, for a machine with no network.")
    Path postgresBinaries;

    /**
     * Encrypts the new demo's evidence and letters under a workspace key with a slot for each demo
     * account and an open slot (invented data; pictures without a password still show evidence),
     * and prints its recovery key.
     */
    private static void seal(Path target, List<DemoOfficer> accounts, PrintWriter out) {
        try (Database database = Database.open(new Workspace(target))) {
            WorkspaceKeys keys = new WorkspaceKeys(database, java.time.Clock.systemUTC());
            RecoveryKey recovery = keys.create(true);
            java.util.Map<Long, char[]> passwords = new java.util.HashMap<>();
            accounts.forEach(a -> passwords.put(a.id(), a.password().toCharArray()));
            keys.addSlots(passwords);
            var report = new SealMigration(database, java.time.Clock.systemUTC()).run();
            out.println("Evidence and letters encrypted: " + report.sealed() + " files, workspace key " + keys.vault().key()
                    .map(k -> k.id()).orElse("?") + " (demo: the key is also kept in an open slot).");
            KeysCommand.printRecoveryKey(out, recovery);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot encrypt the demo's files", e);
        }
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path target = WorkspaceLocation.demo(workspace);
        LocalDate day = today != null ? today : LocalDate.now();
        DemoRequest request;
        try {
            request = new DemoRequest(cases, seed, day);
        } catch (IllegalArgumentException e) {
            err.println("redress demo: " + e.getMessage());
            err.flush();
            return FAILED;
        }
        Catalog catalog = SchemeCatalog.loadDefault();
        try {
            switch (DemoWorkspaceState.of(target)) {
                case POPULATED -> {
                    DemoSummary summary;
                    try (Database database = Database.open(new Workspace(target))) {
                        summary = DemoSummary.read(database, day, CalendarCatalog.fromClasspath());
                    }
                    if (!summary.isDemo()) {
                        err.println("redress demo: " + target + " is an office's workspace, not a demo; the demo never "
                                + "touches one. Choose another folder with --workspace, or leave it out.");
                        err.flush();
                        return FAILED;
                    }
                    out.println("A demo workspace already exists at " + target + ": it was not regenerated.");
                    print(out, summary, catalog, List.of());
                    out.println("(Passwords were shown when the workspace was made; only their hashes are stored.)");
                }
                case OCCUPIED -> {
                    err.println("redress demo: " + target + " holds files that are not a Redress workspace; "
                            + "choose another folder with --workspace.");
                    err.flush();
                    return FAILED;
                }
                case ABSENT -> {
                    DemoResult result = new DemoBuilder(request).withProgress(progress(err, request.cases())).build(target);
                    out.println("Demo workspace made at " + target + String.format(Locale.ROOT,
                            " in %.1f s (seed %d, as of %s).", result.took().toMillis() / 1000.0, request.seed(), day));
                    print(out, result.summary(), catalog, result.accounts());
                    seal(target, result.accounts(), out);
                }
            }
        } catch (RuntimeException e) {
            err.println("redress demo: the workspace could not be made: " + e.getMessage());
            err.flush();
            return FAILED;
        }
        if (noOpen) {
            if (hubUrl != null) {
                DemoHub.start(target, hubUrl, null).close();
                out.println("Sync: the workspace syncs with " + hubUrl + " (redress sync --workspace " + target + ").");
            }
            out.flush();
            return OK;
        }
        if (!FxRuntime.hasDisplay()) {
            out.println("There is no display here to open the workstation window on; see its screens with: "
                    + "redress screenshot --workspace " + target + " --screen queue --out queue.png");
            out.flush();
            return OK;
        }
        out.println("Opening the workstation on " + target + "; sign in with one of the accounts above.");
        try (DemoHub hub = startHub(out, err, target)) {
            out.flush();
            return Workstation.open(target) == 0 ? OK : FAILED;
        }
    }

    /** The demo's hub (embedded, or --hub), or null when there is none; a hub that fails leaves the demo offline. */
    private DemoHub startHub(PrintWriter out, PrintWriter err, Path target) {
        if (noHub) {
            return null;
        }
        try {
            DemoHub hub = DemoHub.start(target, hubUrl, postgresBinaries);
            out.println("Sync: hub at " + hub.url() + "; sign in to it on the Sync screen with the same password.");
            return hub;
        } catch (RuntimeException e) {
            err.println("redress demo: the hub did not start (" + e.getMessage() + "); the workstation works offline.");
            return null;
        }
    }

    /** A line on standard error every tenth of a large demo, so a long run shows it is moving. */
    private static DemoProgress progress(PrintWriter err, long total) {
        if (total < 200_000) {
            return DemoProgress.NONE;
        }
        long step = total / 10;
        long[] next = {step};
        return (subjects, written) -> {
            if (written >= next[0]) {
                err.printf(Locale.ROOT, "  %,d of %,d cases written%n", written, total);
                err.flush();
                next[0] += step;
            }
        };
    }

    private static void print(PrintWriter out, DemoSummary s, Catalog catalog, List<DemoOfficer> accounts) {
        Map<String, String> settings = s.settings();
        if (settings.containsKey("office.name.zh")) {
            out.println("Office: " + settings.get("office.name.zh") + " (" + settings.get("office.name.en") + ")");
        }
        out.printf(Locale.ROOT, "Subjects: %,d (%,d people, %,d organisations); ledger entries: %,d%n",
                s.subjects(), s.persons(), s.organisations(), s.ledgerEntries());
        out.printf(Locale.ROOT, "Evidence: %,d files in %,d attachments; notes: %,d; decisions: %,d%n",
                s.evidenceFiles(), s.attachments(), s.notes(), s.decisions());
        out.println();
        out.printf(Locale.ROOT, "Cases by status (%,d in all)%n", s.cases());
        for (Map.Entry<CaseStatus, Long> entry : s.byStatus().entrySet()) {
            out.printf(Locale.ROOT, "  %-22s %,9d%n", entry.getKey(), entry.getValue());
        }
        out.printf(Locale.ROOT, "Open cases on %s: %,d — urgent %,d, overdue %,d, due by %s (3 working days) %,d, "
                        + "waiting on the applicant %,d%n", s.asOf(), s.open(), s.urgentOpen(), s.overdue(), s.dueSoonBy(),
                s.dueSoon(), s.waitingOnApplicant());
        out.println();
        out.println("Cases by scheme");
        for (Map.Entry<String, Long> entry : s.byScheme().entrySet()) {
            String name = catalog.scheme(entry.getKey()).map(Scheme::name)
                    .map(n -> n.zh() + " / " + n.en()).orElse("");
            out.printf(Locale.ROOT, "  %-20s %,9d  %s%n", entry.getKey(), entry.getValue(), name);
        }
        out.println();
        if (accounts.isEmpty()) {
            out.println("Accounts");
            for (DemoSummary.Account account : s.accounts()) {
                out.printf(Locale.ROOT, "  %-12s %-14s %s%n", account.username(), account.role(), account.displayName());
            }
        } else {
            out.println("Accounts — the passwords are shown only now; only their hashes are stored:");
            for (DemoOfficer officer : accounts) {
                String line = String.format(Locale.ROOT, "  %-12s %-14s %-4s %-24s %s", officer.username(), officer.role(),
                        officer.displayName(), officer.password(),
                        officer.worksForIssuingAgency() ? "(seconded from " + officer.agencyCode() + ")" : "");
                out.println(line.stripTrailing());
            }
        }
        out.println();
        out.println("Workspace: " + s.workspace());
    }
}
