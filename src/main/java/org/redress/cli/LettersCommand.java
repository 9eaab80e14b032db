package org.redress.cli;

import org.redress.casework.LetterDesk;
import org.redress.security.AccessDenied;
import org.redress.catalog.SchemeCatalog;
import org.redress.letters.DecidedCaseReader;
import org.redress.letters.IssuedLetter;
import org.redress.letters.IssuedLetters;
import org.redress.letters.LetterBatch;
import org.redress.letters.LetterException;
import org.redress.letters.LetterLanguage;
import org.redress.letters.LetterIssuer;
import org.redress.letters.LetterSigner;
import org.redress.letters.LetterVerifier;
import org.redress.letters.VerificationReport;
import org.redress.letters.pdf.MissingGlyphPolicy;
import org.redress.store.Database;
import org.redress.store.Workspace;
import picocli.CommandLine.ArgGroup;
import org.redress.vault.SealedFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;

/** {@code redress letters}: issue decision letters as PDF/A files, and check a letter file. */
@Command(name = "letters", mixinStandardHelpOptions = true,
        description = "Issue decision letters (PDF/A-3u) and verify letter files.",
        subcommands = {LettersCommand.Export.class, LettersCommand.Verify.class, LetterTemplateCommand.Notice.class,
                LetterTemplateCommand.Group.class})
public final class LettersCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "export", mixinStandardHelpOptions = true,
            description = {"Issues the letter of each decided case chosen and copies the PDFs to --out.",
                    "A case whose current letter already states its decision is left alone unless --reissue is",
                    "given; then it gets a new letter that supersedes the last. Running the same export twice",
                    "issues nothing the second time, and says so.",
                    "Signs in first (--user; the password is asked for, or read from $REDRESS_PASSWORD): the letters "
                            + "are issued by that officer, never by one who must stand aside from the case."},
            exitCodeListHeading = "%nExit codes:%n",
            exitCodeList = {"0:every letter was issued", "1:some letters failed or were refused",
                    "2:the command line or the workspace is wrong", "3:the sign-in was refused, or the role may not issue letters"})
    static final class Export implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        static final class Selection {
            @Option(names = "--case", paramLabel = "NO", required = true, description = "A case number, repeatable.")
            List<String> cases;

            @Option(names = "--decided-since", paramLabel = "YYYY-MM-DD", required = true,
                    converter = CalendarCommand.DateConverter.class,
                    description = "Every case decided on or after this day (UTC).")
            LocalDate decidedSince;
        }

        @ArgGroup(exclusive = true, multiplicity = "1")
        Selection selection;

        @Option(names = "--lang", paramLabel = "zh|en|bilingual",
                description = "Language of the letters (default: the workspace's letters.language setting).")
        String language;

        @Option(names = "--out", required = true, paramLabel = "DIR", description = "Where to copy the PDFs.")
        Path out;

        @Mixin
        WorkspaceOption workspace;

        @Option(names = "--workers", defaultValue = "2", description = "Letters written at once (default ${DEFAULT-VALUE}).")
        int workers;

        @Option(names = "--reissue", description = "Issue again for cases that already have a current letter"
                + " (the new letter supersedes it).")
        boolean reissue;

        @Option(names = "--sign-with", paramLabel = "P12", description = "Sign with the officer's key in this PKCS#12 file.")
        Path signWith;

        @Option(names = "--sign-password-env", paramLabel = "VAR", defaultValue = "REDRESS_SIGN_PASSWORD",
                description = "Environment variable holding the PKCS#12 password (default ${DEFAULT-VALUE}).")
        String passwordVariable;

        @Mixin
        SignInOption signIn = new SignInOption();

        @Override
        public Integer call() throws IOException {
            PrintWriter err = spec.commandLine().getErr();
            Path root = workspace.existing(spec);
            if (root == null) {
                return WorkspaceOption.NO_WORKSPACE;
            }
            LetterLanguage lang;
            try {
                lang = language == null ? null : LetterLanguage.parse(language);
            } catch (IllegalArgumentException e) {
                err.println("error: " + e.getMessage());
                return 2;
            }
            LetterSigner signer = null;
            if (signWith != null) {
                String password = System.getenv(passwordVariable);
                try {
                    java.security.cert.X509Certificate officeCa = org.redress.letters.sign.OfficeCaFile.read(new Workspace(root));
                    if (officeCa == null) {
                        err.println("error: this workspace does not know the office's certificate authority yet ("
                                + org.redress.letters.sign.OfficeCaFile.FILE + "); enrol the officer's signing key with the"
                                + " hub first, so that only a key the office CA certified signs letters");
                        return 2;
                    }
                    // No hub session here: the command line signs PAdES B-B (see docs/letters.md).
                    signer = LetterSigner.fromPkcs12(signWith, password == null ? new char[0] : password.toCharArray(),
                            officeCa, null, java.time.Instant.now());
                } catch (LetterException e) {
                    err.println("error: " + e.getMessage());
                    return 2;
                }
            }
            Files.createDirectories(out);
            try (Database database = Database.open(new Workspace(root))) {
                var officer = signIn.signIn(database, err, "letters export");
                if (officer.isEmpty()) {
                    return SignInOption.REFUSED;
                }
                List<String> chosen = selection.cases != null ? selection.cases
                        : database.read(c -> new DecidedCaseReader(c).decidedSince(selection.decidedSince));
                Map<String, String> current = reissue ? Map.of()
                        : database.read(c -> new IssuedLetters(c, database.workspace()).currentLetters());
                // Not admissible or withdrawn without a decision: their notice, not "has no decision" (issue 19).
                var closing = ClosingNoticeExport.closing(database, chosen, selection.decidedSince);
                List<String> cases = chosen.stream().filter(n -> !current.containsKey(n) && !closing.containsKey(n)).toList();
                int kept = chosen.size() - cases.size() - (int) chosen.stream().filter(closing::containsKey).count();
                LetterIssuer issuer = new LetterIssuer(database, SchemeCatalog.loadDefault(),
                        org.redress.casework.CalendarNotices.calendar(database), Clock.systemUTC());
                try {
                    issuer.settings();
                } catch (LetterException e) {
                    err.println("error: " + e.getMessage());
                    return 2;
                }
                LetterBatch.Outcome outcome;
                Map<String, String> barred;
                ClosingNoticeExport.Outcome notices;
                try (LetterDesk desk = new LetterDesk(database, issuer, workers)) {
                    barred = desk.standAsideFrom(officer.get(), cases);
                    outcome = desk.issueAll(cases, lang, signer, officer.get(), (done, failed, total) -> { }).result().get();
                    notices = ClosingNoticeExport.issue(database, closing, reissue, lang, officer.get(), desk, out,
                            spec.commandLine().getOut());
                } catch (AccessDenied e) {
                    err.println("error: " + e.getMessage());
                    return SignInOption.REFUSED;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return 1;
                } catch (ExecutionException e) {
                    err.println("error: " + e.getCause().getMessage());
                    return 1;
                }
                PrintWriter o = spec.commandLine().getOut();
                if (selection.cases != null) {
                    for (String caseNo : chosen) {
                        if (current.containsKey(caseNo)) {
                            o.println("left alone: " + caseNo + " already has its current letter " + current.get(caseNo)
                                    + " (--reissue issues a new one)");
                        }
                    }
                }
                for (IssuedLetter letter : outcome.issued()) {
                    Path copy = out.resolve(letter.referenceNo() + ".pdf");
                    // Decrypted on the way out: the copy is for printing and sending.
                    SealedFiles.reading(database.workspace()).export(letter.file(), copy);
                    o.println(letter.referenceNo() + "  " + letter.caseNo() + "  " + letter.language().name().toLowerCase()
                            + (letter.supersedesId() != null ? "  (supersedes an earlier letter)" : "") + "  " + copy);
                }
                for (Map.Entry<String, String> failure : outcome.failures().entrySet()) {
                    err.println("failed: " + failure.getKey() + ": " + failure.getValue());
                }
                for (Map.Entry<String, String> refused : barred.entrySet()) {
                    err.println("refused: " + refused.getKey() + ": the officer must stand aside from this case: "
                            + refused.getValue());
                }
                notices.failures().forEach((caseNo, why) -> err.println("failed: " + caseNo + ": " + why));
                int failed = outcome.failures().size() + barred.size() + notices.failures().size();
                if (!notices.issued().isEmpty()) {
                    o.println(notices.issued().size() + " notice(s) issued for cases found not admissible or withdrawn");
                }
                if (chosen.isEmpty() && closing.isEmpty()) {
                    o.println("nothing to issue: no decided case " + (selection.cases != null ? "chosen"
                            : "since " + selection.decidedSince));
                } else if (cases.isEmpty() && !closing.isEmpty()) {
                    o.println(outcome.issued().size() + " letter(s) issued, " + failed + " failed");
                } else if (cases.isEmpty()) {
                    o.println("nothing to issue: all " + kept + " decided case(s) " + (selection.cases != null
                            ? "chosen" : "since " + selection.decidedSince) + " already have a current letter;"
                            + " --reissue issues them again");
                } else {
                    o.println(outcome.issued().size() + " letter(s) issued, " + failed + " failed"
                            + (kept == 0 ? "" : ", " + kept + " case(s) left alone that already have a current letter"
                            + " (--reissue issues them again)"));
                }
                o.flush();
                err.flush();
                return failed == 0 ? 0 : 1;
            }
        }
    }

    @Command(name = "verify", mixinStandardHelpOptions = true,
            description = {"Says whether a letter file is what this workspace issued, or what the office signed.",
                    "With --office-key: the signed QR code, checked on any machine with the office's public key.",
                    "GENUINE: the bytes issued (exit 0). SAME CONTENT: saved again, its record, text and QR code",
                    "as issued (exit 0). ALTERED: its content changed, the findings say where (exit 1).",
                    "NOT ISSUED HERE or UNKNOWN: a reference this workspace never issued, none at all, or",
                    "nothing to compare with (exit 2)."})
    static final class Verify implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "FILE", description = "The letter (PDF).")
        Path file;

        @Mixin
        WorkspaceOption workspace;

        @Option(names = "--office-key", paramLabel = "KEY.pem", description = {
                "Check offline with only the office's public letter key (or the published key set, /v/keys.pem at",
                "the hub): no workspace needed. GENUINE, ALTERED, NOT ISSUED HERE (not this office's) or UNKNOWN."})
        Path officeKey;

        @Override
        public Integer call() {
            PrintWriter err = spec.commandLine().getErr();
            if (officeKey != null) {
                return offline(err);
            }
            Path root = workspace.existing(spec);
            if (root == null) {
                return WorkspaceOption.NO_WORKSPACE;
            }
            if (!Files.isRegularFile(file)) {
                err.println("error: no file " + file);
                return 2;
            }
            try (Database database = Database.open(new Workspace(root))) {
                VerificationReport report = new LetterVerifier(database).verify(file);
                PrintWriter o = spec.commandLine().getOut();
                o.println(report.verdict().words() + (report.reference() == null ? "" : "  " + report.reference()));
                report.findings().forEach(f -> o.println("  " + f));
                o.flush();
                return report.verdict().exitCode();
            }
        }

        /** Issue #16, item 2: the signed QR code checked with the office's public key alone. */
        private int offline(PrintWriter err) {
            java.util.List<java.security.PublicKey> keys;
            try {
                keys = org.redress.letters.qr.Ed25519Keys.readPem(officeKey);
            } catch (java.io.IOException | IllegalArgumentException e) {
                err.println("error: cannot read the office key " + officeKey + ": " + e.getMessage());
                return 2;
            }
            byte[] bytes;
            try {
                bytes = Files.readAllBytes(file);
            } catch (java.io.IOException e) {
                err.println("error: no file " + file);
                return 2;
            }
            VerificationReport report = new org.redress.letters.qr.OfflineVerifier(keys).verify(bytes);
            PrintWriter o = spec.commandLine().getOut();
            o.println(report.verdict().words() + (report.reference() == null ? "" : "  " + report.reference()));
            report.findings().forEach(f -> o.println("  " + f));
            o.flush();
            return report.verdict().exitCode();
        }
    }
}
