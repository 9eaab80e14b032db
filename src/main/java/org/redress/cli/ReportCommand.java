package org.redress.cli;

import org.jspecify.annotations.Nullable;
import org.redress.catalog.SchemeCatalog;
import org.redress.domain.access.Officer;
import org.redress.reports.FigureId;
import org.redress.reports.Report;
import org.redress.reports.ReportName;
import org.redress.reports.ReportRequest;
import org.redress.reports.ReportService;
import org.redress.reports.ReportText;
import org.redress.reports.ReportWords;
import org.redress.security.AccessDenied;
import org.redress.store.Database;
import org.redress.store.SettingsRepository;
import org.redress.store.Workspace;
import org.redress.ui.AppContext;
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
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * {@code redress report}: the office's reports on the command line, as the Reports screen shows
 * them (docs/reports.md). It reads case data, so the officer signs in ({@code --user}); supervisors
 * and auditors get their office, an officer their own caseload, an administrator nothing. Text goes
 * to the terminal as the screen shows it; a file ({@code --out}) is an export: small cells
 * suppressed, recorded in the audit log.
 */
@Command(name = "report",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {"Prints or exports a report: caseload, outcomes, discrepancies or people (--list names them).",
                "Signs in as --user (the password is asked for, or read from $REDRESS_PASSWORD). Text is printed as "
                        + "the screen shows it; --out writes an export (CSV, PDF/A or text) with counts below 5 "
                        + "suppressed, recorded in the audit log."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the report was printed or written", "1:the report could not be made or written",
                "2:the command line is wrong, or there is no workspace at the folder",
                "3:sign-in refused, or the account's role sees no case data"})
public final class ReportCommand implements Callable<Integer> {

    static final int REFUSED = SignInOption.REFUSED;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "NAME", arity = "0..1", description = "caseload, outcomes, discrepancies or people.")
    @Nullable String name;

    @Option(names = "--list", description = "Name the reports and their figures, and exit.")
    boolean list;

    @Mixin
    WorkspaceOption workspace;

    @Mixin
    SignInOption signInOption;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "First day of the period (default: a year before --to).")
    @Nullable String from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Last day of the period (default: today).")
    @Nullable String to;

    @Option(names = "--scheme", paramLabel = "CODE", description = "Only this scheme.")
    @Nullable String scheme;

    @Option(names = "--agency", paramLabel = "CODE", description = "Only this issuing agency.")
    @Nullable String agency;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text, csv or pdf (default ${DEFAULT-VALUE}; pdf needs --out).")
    String format;

    @Option(names = "--out", paramLabel = "FILE", description = "Write an export here (never over an existing file).")
    @Nullable Path out;

    @Option(names = "--lang", paramLabel = "LANG", defaultValue = "en", description = "Text in en or zh (default ${DEFAULT-VALUE}).")
    String language;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (list) {
            list(stdout);
            return 0;
        }
        Optional<ReportName> report = name == null ? Optional.empty() : ReportName.byId(name);
        if (report.isEmpty()) {
            return usage(err, name == null ? "name a report (redress report --list)"
                    : "no report " + name + "; the reports are " + String.join(", ",
                    Arrays.stream(ReportName.values()).map(ReportName::id).toList()));
        }
        ReportService.Format chosen;
        try {
            chosen = ReportService.Format.valueOf(format.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return usage(err, "--format must be text, csv or pdf, not " + format);
        }
        if (chosen == ReportService.Format.PDF && out == null) {
            return usage(err, "a PDF needs --out FILE");
        }
        if (out != null && Files.exists(out)) {
            return usage(err, out + " exists; an export never writes over a file");
        }
        if (!language.equals("en") && !language.equals("zh")) {
            return usage(err, "--lang must be en or zh, not " + language);
        }
        Path root = workspace.existing(spec);
        if (root == null) {
            return WorkspaceOption.NO_WORKSPACE;
        }
        try (Database db = Database.open(new Workspace(root))) {
            Clock clock = AppContext.demoDayClock(db.read(c -> new SettingsRepository(c).all()));
            ReportRequest request;
            try {
                LocalDate last = to == null ? LocalDate.now(clock) : LocalDate.parse(to);
                LocalDate first = from == null ? last.minusYears(1).plusDays(1) : LocalDate.parse(from);
                request = new ReportRequest(first, last, scheme, agency);
            } catch (DateTimeParseException | IllegalArgumentException e) {
                return usage(err, e.getMessage());
            }
            Optional<Officer> officer = signInOption.signIn(db, err, "report");
            if (officer.isEmpty()) {
                return REFUSED;
            }
            ReportService service = new ReportService(db, SchemeCatalog.loadDefault(), org.redress.casework.CalendarNotices.calendar(db),
                    clock);
            if (report.get() == ReportName.DISCREPANCIES) {
                service.settleScoreChecks(officer.get(), left -> err.printf(Locale.ROOT,
                        "checking reported scores against the ledger: %,d ledgers left%n", left));
            }
            Report made = service.report(officer.get(), report.get(), request);
            Locale lang = language.equals("zh") ? ReportWords.CHINESE : ReportWords.ENGLISH;
            if (out == null && chosen == ReportService.Format.TEXT) {
                stdout.print(ReportText.render(made, lang));
                stdout.flush();
                return 0;
            }
            Path target = out;
            if (target == null) {
                // CSV to standard output: still an export.
                Path temp = Files.createTempFile("redress-report", ".csv");
                Files.delete(temp);
                service.export(officer.get(), made, chosen, temp, lang);
                stdout.print(Files.readString(temp));
                stdout.flush();
                Files.delete(temp);
                return 0;
            }
            service.export(officer.get(), made, chosen, target, lang);
            stdout.println("Wrote " + target.toAbsolutePath() + " (" + report.get().id() + ", " + chosen.name()
                    .toLowerCase(Locale.ROOT) + ", " + request.from() + " to " + request.to()
                    + ", counts below 5 suppressed; the export is in the audit log).");
            stdout.flush();
            return 0;
        } catch (AccessDenied e) {
            err.println("redress report: " + e.getMessage() + " (an administrator sees no case data)");
            err.flush();
            return REFUSED;
        } catch (java.io.IOException | RuntimeException e) {
            err.println("redress report: " + e.getMessage());
            err.flush();
            return 1;
        }
    }

    private void list(PrintWriter stdout) {
        for (ReportName r : ReportName.values()) {
            stdout.println(r.id() + "  " + ReportWords.in(ReportWords.ENGLISH, r.titleKey()) + " / "
                    + ReportWords.in(ReportWords.CHINESE, r.titleKey()));
            stdout.println("    " + ReportWords.in(ReportWords.ENGLISH, r.summaryKey()));
            for (FigureId f : r.figures()) {
                stdout.println("    - " + f.key() + ": " + ReportWords.in(ReportWords.ENGLISH, f.titleKey()));
            }
        }
        stdout.flush();
    }

    private static int usage(PrintWriter err, String message) {
        err.println("redress report: " + message);
        err.flush();
        return 2;
    }
}
