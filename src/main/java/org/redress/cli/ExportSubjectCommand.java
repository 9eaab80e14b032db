package org.redress.cli;

import org.redress.subjectcopy.SubjectCopyService;
import org.redress.store.Database;
import org.redress.store.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;

@Command(name = "export-subject",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {"Writes a subject's own copy for an access request: a bilingual PDF/A and JSON beside it.",
                "The PDF is for the person to read, the JSON (FILE.json) for machines: what is held, each entry with its",
                "rule in words, the score and grade over time, the cases, decisions and letters; no internal ids, codes",
                "or file names. The copy is audited.",
                "Signs in first (--user; the password is asked for, or read from $REDRESS_PASSWORD): a supervisor or an "
                        + "auditor may export."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the copy was written", "1:no subject has that identifier",
                "2:the workspace is missing or the copy cannot be written",
                "3:the sign-in was refused, or the officer's role may not export a subject's record"})
public final class ExportSubjectCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--id", required = true, paramLabel = "IDENTIFIER",
            description = "The subject's identifier (resident ID or unified social credit code).")
    String identifier;

    @Mixin
    WorkspaceOption workspace;

    @Option(names = "--out", required = true, paramLabel = "FILE.pdf",
            description = "Where to write the PDF; the JSON goes beside it with the same name and .json.")
    Path out;

    @Mixin
    SignInOption signIn = new SignInOption();

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path root = workspace.existing(spec);
        if (root == null) {
            return WorkspaceOption.NO_WORKSPACE;
        }
        try (Database db = Database.open(new Workspace(root))) {
            var officer = signIn.signIn(db, err, "export-subject");
            if (officer.isEmpty()) {
                return SignInOption.REFUSED;
            }
            SubjectCopyService.Summary summary = new SubjectCopyService(db,
                    org.redress.catalog.SchemeCatalog.loadDefault(), Clock.systemUTC()).export(officer.get(), identifier, out);
            stdout.printf("Wrote %s and %s: %d ledger entries, %d cases, %d decisions, %d letters.%n", summary.pdf(),
                    summary.json(), summary.entries(), summary.cases(), summary.decisions(), summary.letters());
            return 0;
        } catch (org.redress.security.AccessDenied e) {
            err.println("redress export-subject: " + e.getMessage());
            return SignInOption.REFUSED;
        } catch (org.redress.letters.LetterException e) {
            err.println("redress export-subject: " + e.getMessage());
            return 2;
        } catch (SubjectCopyService.UnknownSubject e) {
            err.println("No subject with that identifier in this workspace.");
            return 1;
        } catch (UncheckedIOException e) {
            err.println("Cannot write the copy: " + e.getMessage());
            return 2;
        }
    }
}
