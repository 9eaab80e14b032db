package org.redress.cli;

import org.redress.hub.PostgresBinariesUnavailable;
import org.redress.hub.ca.OfficerCertificates;
import org.redress.hub.db.HubDatabase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code redress hub officer-certificates list|revoke}: the letter-signing certificates the office CA
 * issued to officers (issue 16, item 3), run by the hub's operator on its database. A revoked
 * certificate is listed in the office CA's CRL ({@code GET /v1/ca/crl}) from then on; a workstation
 * that reads it refuses to sign with the key, offline too once it has learnt it.
 */
@Command(name = "officer-certificates", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Lists and revokes the officers' letter-signing certificates the office CA issued.",
                "Revoke when a key is lost or an account is closed: the CA's revocation list names the certificates"
                        + " from then on, and workstations refuse to sign with them."},
        subcommands = {HubOfficerCertificatesCommand.ListCertificates.class, HubOfficerCertificatesCommand.Revoke.class})
public final class HubOfficerCertificatesCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @FunctionalInterface
    interface Work {
        int run(HubDatabase db, PrintWriter out) throws Exception;
    }

    static int withDatabase(CommandSpec spec, HubCommand.Target target, Work work) {
        PrintWriter err = spec.commandLine().getErr();
        try (HubCommand.Opened opened = target.open(spec);
             HubDatabase db = HubDatabase.open(opened.config().jdbcUrl(), opened.config().user(),
                     opened.config().password(), 2)) {
            int exit = work.run(db, spec.commandLine().getOut());
            spec.commandLine().getOut().flush();
            return exit;
        } catch (PostgresBinariesUnavailable e) {
            return HubCommand.noBinaries(spec, e);
        } catch (Exception e) {
            err.println("redress hub officer-certificates: " + e.getMessage());
            err.flush();
            return 1;
        }
    }

    static void print(PrintWriter out, List<OfficerCertificates.Issued> issued) {
        for (OfficerCertificates.Issued i : issued) {
            out.println(i.serial() + "  " + i.username() + "  " + i.officeCode() + "  " + i.role() + "  issued "
                    + i.issuedAt() + "  valid until " + i.notAfter()
                    + (i.revokedAt() == null ? "" : "  REVOKED " + i.revokedAt()));
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
            description = "Lists an officer's signing certificates, newest first.")
    static final class ListCertificates implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        HubCommand.Target target = new HubCommand.Target();

        @Option(names = "--officer", required = true, paramLabel = "USER", description = "The officer's account name.")
        String officer;

        @Override
        public Integer call() {
            return withDatabase(spec, target, (db, out) -> {
                List<OfficerCertificates.Issued> issued = OfficerCertificates.list(db, officer);
                if (issued.isEmpty()) {
                    out.println("no signing certificate was issued to " + officer);
                }
                print(out, issued);
                return 0;
            });
        }
    }

    @Command(name = "revoke", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
            description = {"Revokes every signing certificate of an officer that is not revoked yet.",
                    "The officer enrols a new key (redress officer enrol) to sign letters again."},
            exitCodeListHeading = "%nExit codes:%n",
            exitCodeList = {"0:revoked (or nothing left to revoke)", "1:the hub's database failed",
                    "2:the command line is wrong, or no certificate was ever issued to the officer"})
    static final class Revoke implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        HubCommand.Target target = new HubCommand.Target();

        @Option(names = "--officer", required = true, paramLabel = "USER", description = "The officer's account name.")
        String officer;

        @Override
        public Integer call() {
            return withDatabase(spec, target, (db, out) -> {
                int revoked = OfficerCertificates.revoke(db, officer);
                List<OfficerCertificates.Issued> issued = OfficerCertificates.list(db, officer);
                if (issued.isEmpty()) {
                    spec.commandLine().getErr().println("redress hub officer-certificates: no signing certificate was "
                            + "issued to " + officer);
                    return 2;
                }
                out.println(revoked + " certificate(s) of " + officer + " revoked now; the office CA's revocation list"
                        + " names them from now on");
                print(out, issued);
                return 0;
            });
        }
    }
}
