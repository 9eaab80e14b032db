package org.redress.cli;

import org.redress.casework.SigningKeys;
import org.redress.store.Database;
import org.redress.sync.HubException;
import org.redress.sync.OfficeSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.concurrent.Callable;

/** {@code redress officer}: an officer's own letter-signing key on this workstation (issue 16, item 3). */
@Command(name = "officer", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "An officer's letter-signing key on this workstation.",
        subcommands = OfficerCommand.Enrol.class)
public final class OfficerCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "enrol", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
            description = {"Makes the officer's letter-signing key here and has the office CA at the hub certify it.",
                    "Signs in first (--user; the password is asked for, or read from $REDRESS_PASSWORD), here and at "
                            + "the workspace's hub (as redress sync does). The key never leaves this workstation; letters "
                            + "of the officer's own decisions are then signed with it (time-stamped while the hub answers).",
                    "A key enrolled already is kept unless --renew is given; a revoked one is replaced."},
            exitCodeListHeading = "%nExit codes:%n",
            exitCodeList = {"0:the key is enrolled (or was already)", "1:the hub could not be reached or failed",
                    "2:the command line or the workspace is wrong (no hub known)",
                    "3:the sign-in was refused, or the hub gives the account no signing certificate"})
    static final class Enrol implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Mixin
        WorkspaceOption workspace;

        @Mixin
        SignInOption signIn = new SignInOption();

        @Option(names = "--renew", description = "Replace the key enrolled already with a new one.")
        boolean renew;

        @Override
        public Integer call() throws java.io.IOException {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            return signIn.runKeeping(spec, workspace, "officer enrol",
                    (database, officer, password) -> enrol(database, officer, password, out, err));
        }

        private int enrol(Database database, org.redress.domain.access.Officer officer, char[] password,
                          PrintWriter out, PrintWriter err) {
            SigningKeys keys = new SigningKeys(database, Clock.systemUTC());
            SigningKeys.Status status = keys.status(officer);
            if (status.enrolled() && status.revokedAt() == null && !renew) {
                out.println(officer.username() + " is enrolled already: " + describe(status)
                        + " (--renew replaces the key)");
                out.flush();
                return 0;
            }
            if (!OfficeSession.hubKnown(database)) {
                err.println("redress officer enrol: this workspace has no hub; the office CA that certifies signing keys"
                        + " is at the hub (run redress sync --hub URL first)");
                return 2;
            }
            HubException refused = HubSignIn.ensure(database, officer.username(), password);
            if (refused != null) {
                err.println("redress officer enrol: " + refused.getMessage());
                return refused.retryable() || refused.kind() == HubException.Kind.DEVICE_PENDING ? 1 : SignInOption.REFUSED;
            }
            try {
                X509Certificate certificate = keys.enrol(officer, renew);
                out.println("enrolled: " + describe(keys.status(officer)) + "; serial "
                        + certificate.getSerialNumber().toString(16));
                out.flush();
                return 0;
            } catch (SigningKeys.Failure e) {
                err.println("redress officer enrol: " + e.getMessage());
                return switch (e.problem()) {
                    case NOT_A_SIGNER, NOT_SIGNED_IN_TO_HUB -> SignInOption.REFUSED;
                    case NO_HUB -> 2;
                    case ALREADY_ENROLLED -> 0;
                    case HUB_UNREACHABLE, FAILED -> 1;
                };
            }
        }

        private static String describe(SigningKeys.Status status) {
            return status.subject() + ", valid until " + status.validUntil() + ", issued by " + status.issuer()
                    + (status.revokedAt() == null ? "" : ", revoked " + status.revokedAt());
        }
    }
}
