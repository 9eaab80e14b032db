package org.redress.cli;

import org.redress.hub.HubConfig;
import org.redress.hub.PostgresBinariesUnavailable;
import org.redress.hub.accounts.Devices;
import org.redress.hub.accounts.HubAccounts;
import org.redress.hub.db.HubDatabase;
import org.redress.hub.http.HttpProblem;
import org.redress.sync.protocol.KeyFingerprint;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code redress hub devices list|approve|revoke}: the workstations enrolled at the hub, run by
 * the hub's operator on its database (supervisors and administrators may do the same over HTTPS
 * for their own office). A workstation that signs in with a new key waits, PENDING, until it is
 * approved here; a revoked one gets nothing from its next request on.
 */
@Command(name = "devices",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {"Lists, approves and revokes the workstations enrolled at the hub.",
                "A workstation enrols when an officer first signs in from it; compare the key fingerprint shown here with "
                        + "the one the workstation shows before approving it."},
        subcommands = {HubDevicesCommand.ListDevices.class, HubDevicesCommand.Approve.class, HubDevicesCommand.Revoke.class})
public final class HubDevicesCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    /** Runs {@code work} on the hub's devices, turning the usual failures into words and exit codes. */
    static int withDevices(CommandSpec spec, HubCommand.Target target, DeviceWork work) {
        PrintWriter err = spec.commandLine().getErr();
        try (HubCommand.Opened opened = target.open(spec);
             HubDatabase db = HubDatabase.open(opened.config().jdbcUrl(), opened.config().user(),
                     opened.config().password(), 2)) {
            return work.run(new HubAccounts(db, HubConfig.DEFAULT_TOKEN_LIFETIME).devices(), spec.commandLine().getOut());
        } catch (PostgresBinariesUnavailable e) {
            return HubCommand.noBinaries(spec, e);
        } catch (HttpProblem e) {
            err.println("redress hub devices: " + e.getMessage());
            err.flush();
            return e.status() == 404 ? 1 : 2;
        } catch (Exception e) {
            err.println("redress hub devices: " + e.getMessage());
            err.flush();
            return 1;
        }
    }

    @FunctionalInterface
    interface DeviceWork {
        int run(Devices devices, PrintWriter out) throws Exception;
    }

    static String describe(Devices.Device d) {
        return d.shortId() + "  " + d.officeCode() + "  " + d.status() + "  \"" + d.name() + "\""
                + (d.enrolledBy() == null ? "" : "  enrolled by " + d.enrolledBy())
                + "  last seen " + WHEN.format(d.lastSeen()) + " UTC"
                + (d.decidedBy() == null ? "" : "  (" + d.status().name().toLowerCase(Locale.ROOT) + " by " + d.decidedBy() + ")");
    }

    @Command(name = "list", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
            description = "Lists the enrolled workstations: id, office, status, name, who enrolled it, last contact, key fingerprint.")
    static final class ListDevices implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        HubCommand.Target target = new HubCommand.Target();

        @Option(names = "--office", paramLabel = "CODE", description = "Only this office's.")
        String office;

        @Option(names = "--pending", description = "Only those waiting for approval.")
        boolean pending;

        @Override
        public Integer call() {
            return withDevices(spec, target, (devices, out) -> {
                List<Devices.Device> all = devices.list(office).stream()
                        .filter(d -> !pending || d.status() == Devices.Status.PENDING).toList();
                if (all.isEmpty()) {
                    out.println(pending ? "no workstation waits for approval" : "no workstation is enrolled");
                }
                for (Devices.Device d : all) {
                    out.println(describe(d));
                    if (d.fingerprint() != null) {
                        out.println("          key " + KeyFingerprint.display(d.fingerprint()));
                    }
                }
                out.flush();
                return 0;
            });
        }
    }

    /** What approving and revoking share: the hub, the device named, who acts, and one line said after. */
    abstract static class DeviceChange implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        HubCommand.Target target = new HubCommand.Target();

        @Parameters(paramLabel = "DEVICE", description = "The device's id, or its first 8 or more digits.")
        String device;

        @Option(names = "--by", paramLabel = "NAME", defaultValue = "hub operator",
                description = "Who does it (recorded). Default: ${DEFAULT-VALUE}.")
        String by;

        abstract Devices.Device change(Devices devices) throws java.sql.SQLException;

        abstract void tell(PrintWriter out, Devices.Device changed);

        @Override
        public Integer call() {
            return withDevices(spec, target, (devices, out) -> {
                tell(out, change(devices));
                out.flush();
                return 0;
            });
        }
    }

    @Command(name = "approve", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
            description = "Approves a workstation (named by its id or its first 8 digits): its officers can sign in from it.")
    static final class Approve extends DeviceChange {
        @Override
        Devices.Device change(Devices devices) throws java.sql.SQLException {
            return devices.approve(device, by, null);
        }

        @Override
        void tell(PrintWriter out, Devices.Device d) {
            out.println("approved: " + describe(d));
            out.println("          key " + KeyFingerprint.display(String.valueOf(d.fingerprint())));
        }
    }

    @Command(name = "revoke", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
            description = "Revokes a workstation: from its next request on it gets nothing from the hub and is told so.")
    static final class Revoke extends DeviceChange {
        @Override
        Devices.Device change(Devices devices) throws java.sql.SQLException {
            return devices.revoke(device, by, null);
        }

        @Override
        void tell(PrintWriter out, Devices.Device d) {
            out.println("revoked: " + describe(d));
        }
    }
}
