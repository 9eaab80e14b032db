package org.redress.cli;

import org.redress.domain.identity.IdentifierCheck;
import org.redress.domain.identity.Identifiers;
import org.redress.domain.identity.SubjectKind;
import org.redress.domain.identity.Verdict;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;

/** {@code redress id check VALUE...}: an officer's tool to check identifiers they typed. */
@Command(name = "id",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Work with the identifiers of subjects: resident IDs, permits, Unified Social Credit Codes.")
public final class IdCommand implements Runnable {

    static final int ALL_VALID = 0;
    static final int SOME_CHECKSUM_MISMATCH = 1;
    static final int SOME_FORMAT_PROBLEM = 2;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing required subcommand: check");
    }

    @Command(name = "check",
            mixinStandardHelpOptions = true,
            versionProvider = VersionProvider.class,
            description = {
                    "Checks identifiers: VALID, CHECKSUM_MISMATCH or FORMAT.",
                    "Each VALUE may be a resident ID (18 characters, or 15 in the legacy form), a residence "
                            + "permit (81/82/83...), a foreigner's permanent residence ID (9...) or a Unified Social "
                            + "Credit Code. Prints one tab-separated line per value: the value as given, the kind "
                            + "detected, the verdict, and for a problem where it is and what is expected.",
                    "VALID: all checks pass. CHECKSUM_MISMATCH: a warning; real registered codes exist that "
                            + "fail their own check, so an officer may accept one with a recorded reason. FORMAT: "
                            + "wrong length, character, region code or date; this blocks. A birth date before "
                            + "1900 is real but unlikely: a warning follows the verdict."},
            exitCodeListHeading = "%nExit codes:%n",
            exitCodeList = {
                    "0:every value is VALID",
                    "1:some value has a CHECKSUM_MISMATCH, none has a FORMAT problem",
                    "2:some value has a FORMAT problem (or the command line itself is wrong)"})
    int check(@Option(names = "--as", paramLabel = "PERSON|ORGANISATION",
                      description = "Read every value as this kind of subject's identifier instead of detecting it.")
              SubjectKind as,
              @Parameters(paramLabel = "VALUE", arity = "1..*", description = "The identifiers to check.")
              List<String> values) {
        LocalDate today = LocalDate.now();
        PrintWriter out = spec.commandLine().getOut();
        int exitCode = ALL_VALID;
        for (String value : values) {
            IdentifierCheck check = as == null ? Identifiers.check(value, today) : Identifiers.check(value, as, today);
            out.println(line(check));
            exitCode = Math.max(exitCode, exitCodeFor(check.verdict()));
        }
        out.flush();
        return exitCode;
    }

    private static String line(IdentifierCheck check) {
        String line = printable(check.given()) + "\t" + check.kind() + "\t" + check.verdict();
        if (!check.isValid()) {
            line += "\t" + check.explanation();
        }
        return check.warnings().isEmpty() ? line : line + "\twarning: " + check.warningText();
    }

    private static int exitCodeFor(Verdict verdict) {
        return switch (verdict) {
            case VALID -> ALL_VALID;
            case CHECKSUM_MISMATCH -> SOME_CHECKSUM_MISMATCH;
            case FORMAT -> SOME_FORMAT_PROBLEM;
        };
    }

    /** The value as given, with control characters escaped so each value stays on one line. */
    private static String printable(String given) {
        var out = new StringBuilder(given.length());
        given.codePoints().forEach(c -> {
            if (Character.isISOControl(c)) {
                out.append(String.format("\\u%04X", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }
}
