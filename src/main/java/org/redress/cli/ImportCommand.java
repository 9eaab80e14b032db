package org.redress.cli;

import org.redress.catalog.SchemeCatalog;
import org.redress.intake.FeedImporter;
import org.redress.intake.FeedProblem;
import org.redress.intake.ImportMode;
import org.redress.intake.ImportReport;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;

/** {@code redress import FILE}: an agency feed into the workspace, all or nothing. */
@Command(name = "import",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {"Imports an agency feed (CSV or JSON; the README documents the columns).",
                "A file with any error imports nothing, and every bad field is reported with its line or "
                        + "record and field name. Importing the same file again changes nothing.",
                "Signs in first (--user; the password is asked for, or read from $REDRESS_PASSWORD): the import's "
                        + "audit event names the officer."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:imported (or, with --dry-run, would import) without errors",
                "1:the feed has errors (with --quarantine: the good records were imported)",
                "2:the command line is wrong, or the file cannot be read",
                "3:the sign-in was refused, or the officer's role may not import"})
public final class ImportCommand implements Callable<Integer> {
    static final int SHOWN_PROBLEMS = 200;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The feed: *.csv or *.json.")
    Path file;

    @Mixin
    WorkspaceOption workspace;

    static final class Mode {
        @Option(names = "--dry-run", description = "Check and count exactly as an import would; keep nothing.")
        boolean dryRun;

        @Option(names = "--quarantine",
                description = "Import the good records; write the bad ones with their reasons to FILE.quarantine-<random>.csv (owner-only).")
        boolean quarantine;
    }

    @ArgGroup(exclusive = true)
    Mode mode = new Mode();

    @Mixin
    SignInOption signIn = new SignInOption();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isRegularFile(file)) {
            err.println("redress import: no such file: " + file);
            return 2;
        }
        ImportMode importMode = mode.dryRun ? ImportMode.DRY_RUN
                : mode.quarantine ? ImportMode.QUARANTINE : ImportMode.ALL_OR_NOTHING;
        try {
            return signIn.run(spec, workspace, "import", (db, officer) -> shown(new FeedImporter(db,
                    SchemeCatalog.loadDefault(), org.redress.casework.CalendarNotices.calendar(db), Clock.systemDefaultZone())
                    .importFile(file, importMode, officer), out, err));
        } catch (java.io.IOException | java.io.UncheckedIOException e) {
            err.println("redress import: " + e.getMessage());
            return 2;
        }
    }

    /** The report on the terminal: the first problems, the summary; exit 1 when the file had errors. */
    private static int shown(ImportReport report, PrintWriter out, PrintWriter err) {
        int shown = 0;
        for (FeedProblem p : report.problems()) {
            if (shown++ == SHOWN_PROBLEMS) {
                err.println("… and " + (report.errorCount() + report.warningCount() - SHOWN_PROBLEMS) + " more");
                break;
            }
            err.println(p.describe());
        }
        out.println(summary(report));
        if (report.quarantineFile() != null) {
            out.println("refused records written to " + report.quarantineFile());
        }
        return report.hasErrors() ? 1 : 0;
    }

    static String summary(ImportReport r) {
        String verb = switch (r.mode()) {
            case DRY_RUN -> "dry run, nothing kept:";
            case QUARANTINE -> r.committed() ? "imported (bad records quarantined):" : "nothing imported:";
            case ALL_OR_NOTHING -> r.committed() ? "imported:" : "nothing imported, the file has errors:";
        };
        return String.format("%s %s — %d records read; ledger entries %d new, %d unchanged; appeals %d new, %d unchanged;"
                        + " %d new subjects; %d errors, %d warnings",
                verb, r.file(), r.recordsRead(), r.ledgerImported(), r.ledgerUnchanged(), r.appealsImported(),
                r.appealsUnchanged(), r.subjectsCreated(), r.errorCount(), r.warningCount());
    }
}
