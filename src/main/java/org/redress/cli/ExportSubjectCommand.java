package org.redress.cli;

import org.redress.casework.SubjectExport;
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
        description = {"Writes a subject's own record for an access request as one zip.",
                "The zip holds the ledger, cases, decisions, letters (JSON and the PDFs as issued) and a manifest of "
                        + "SHA-256s. The export is audited.",
                "Signs in first (--user; the password is asked for, or read from $REDRESS_PASSWORD): a supervisor or an "
                        + "auditor may export."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the zip was written", "1:no subject has that identifier",
                "2:the workspace is missing or the zip cannot be written",
                "3:the sign-in was refused, or the officer's role may not export a subject's record"})
public final class ExportSubjectCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--id", required = true, paramLabel = "IDENTIFIER",
            description = "The subject's identifier (resident ID or unified social credit code).")
    String identifier;

    @Mixin
    WorkspaceOption workspace;

    @Option(names = "--out", required = true, paramLabel = "FILE.zip", description = "Where to write the zip.")
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
            SubjectExport.Summary summary = new SubjectExport(db, Clock.systemUTC()).export(officer.get(), identifier, out);
            stdout.printf("Wrote %s: %d ledger entries, %d cases, %d decisions, %d letters (SHA-256 %s).%n", out,
                    summary.ledgerEntries(), summary.cases(), summary.decisions(), summary.letters(), summary.zipSha256());
            return 0;
        } catch (org.redress.security.AccessDenied e) {
            err.println("redress export-subject: " + e.getMessage());
            return SignInOption.REFUSED;
        } catch (SubjectExport.UnknownSubject e) {
            err.println("No subject with that identifier in this workspace.");
            return 1;
        } catch (UncheckedIOException e) {
            err.println("Cannot write the export: " + e.getMessage());
            return 2;
        }
    }
}
