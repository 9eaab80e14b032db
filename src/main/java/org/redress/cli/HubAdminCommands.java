package org.redress.cli;

import org.redress.hub.HubConfig;
import org.redress.hub.PostgresBinariesUnavailable;
import org.redress.hub.accounts.HubAccounts;
import org.redress.hub.db.HubDatabase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

/**
 * {@code redress hub add-office} and {@code add-agency}: an office sets its hub up from the command
 * line alone (hub intake refuses records of agencies the hub does not know). With {@code --embedded}
 * they use the PostgreSQL of a hub running on the folder, as {@code add-officer} does.
 */
final class HubAdminCommands {

    private HubAdminCommands() {
    }

    /** Database work on the hub's accounts. */
    @FunctionalInterface
    interface AccountsWork {
        void run(HubAccounts accounts) throws Exception;
    }

    static int withAccounts(CommandSpec spec, HubCommand.Target target, AccountsWork work, String done) throws Exception {
        try (HubCommand.Opened opened = target.open(spec);
             HubDatabase db = HubDatabase.open(opened.config().jdbcUrl(), opened.config().user(),
                     opened.config().password(), 2)) {
            work.run(new HubAccounts(db, HubConfig.DEFAULT_TOKEN_LIFETIME));
        } catch (PostgresBinariesUnavailable e) {
            return HubCommand.noBinaries(spec, e);
        }
        spec.commandLine().getOut().println(done);
        spec.commandLine().getOut().flush();
        return 0;
    }

    @Command(name = "add-office", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
            description = "Adds an office to the hub, or renames it.")
    static final class AddOffice implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Mixin
        HubCommand.Target target = new HubCommand.Target();

        @Option(names = "--code", required = true, description = "The office's code (as officers' accounts name it).")
        String code;

        @Option(names = "--name", description = "The office's name (default: its code).")
        String name;

        @Override
        public Integer call() throws Exception {
            return withAccounts(spec, target, accounts -> accounts.addOffice(code, name == null ? code : name),
                    "office " + code + " is ready");
        }
    }

    @Command(name = "add-agency", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
            description = "Adds an issuing agency to the hub (or renames it), so that hub intake takes its records.")
    static final class AddAgency implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Mixin
        HubCommand.Target target = new HubCommand.Target();

        @Option(names = "--code", required = true, description = "The agency's code, as its records name it (e.g. RC-COURT).")
        String code;

        @Option(names = "--name", required = true, description = "The agency's name.")
        String name;

        @Override
        public Integer call() throws Exception {
            return withAccounts(spec, target, accounts -> accounts.addAgency(code, name), "agency " + code + " is ready");
        }
    }

    @Command(name = "set-office", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
            description = {"Sets what the hub's rules must know of an office.",
                    "Its four-eyes sample rate and thresholds, and the working days its issuing agencies have to correct",
                    "their records."})
    static final class SetOffice implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Mixin
        HubCommand.Target target = new HubCommand.Target();

        @Option(names = "--code", required = true, description = "The office's code.")
        String code;

        @Option(names = "--four-eyes-sample-rate", paramLabel = "RATE",
                description = "The share of decisions that need a second officer although no other rule asks, "
                        + "0 to 1 (0.05 is 5 %%); set it to the office's workspaces' four_eyes.sample_rate.")
        @org.jspecify.annotations.Nullable Double rate;

        @Option(names = "--four-eyes-threshold", paramLabel = "SCHEME=POINTS",
                description = "A scheme's four-eyes threshold for this office (repeatable): reversals restoring more "
                        + "points need a second officer; set it as the workspaces' four_eyes.threshold.<SCHEME>.")
        java.util.Map<String, Integer> thresholds = new java.util.LinkedHashMap<>();

        @Option(names = "--correct-within-working-days", paramLabel = "N",
                description = "Working days (1 to 60, 10 for a new office) an agency has to correct its records after "
                        + "an outcome notice, counted from the day the hub recorded the decision.")
        @org.jspecify.annotations.Nullable Integer correctWithin;

        @Override
        public Integer call() throws Exception {
            if (rate == null && correctWithin == null && thresholds.isEmpty()) {
                spec.commandLine().getErr().println("set-office: give --four-eyes-sample-rate, --four-eyes-threshold "
                        + "or --correct-within-working-days");
                return 2;
            }
            var schemes = org.redress.catalog.SchemeCatalog.loadDefault();
            for (var t : thresholds.entrySet()) {
                if (schemes.scheme(t.getKey()).isEmpty()) {
                    spec.commandLine().getErr().println("--four-eyes-threshold: no scheme " + t.getKey() + " in the catalogue ("
                            + String.join(", ", schemes.schemes().stream().map(s -> s.code()).toList()) + ")");
                    return 2;
                }
                if (t.getValue() < 0) {
                    spec.commandLine().getErr().println("--four-eyes-threshold: " + t.getKey() + " needs 0 points or more");
                    return 2;
                }
            }
            if (rate != null && !(rate >= 0.0 && rate <= 1.0)) {
                spec.commandLine().getErr().println("the sample rate lies between 0 and 1 (0.05 is 5 %)");
                return 2;
            }
            Double r = rate;
            Integer days = correctWithin;
            var said = new java.util.ArrayList<String>();
            if (r != null) {
                said.add("four-eyes sample rate " + r);
            }
            thresholds.forEach((scheme, points) -> said.add("four-eyes threshold " + scheme + " " + points + " points"));
            if (days != null) {
                said.add("agencies correct within " + days + " working days");
            }
            try {
                return withAccounts(spec, target, accounts -> {
                    if (r != null) {
                        accounts.setFourEyesSampleRate(code, r);
                    }
                    for (var t : thresholds.entrySet()) {
                        accounts.setFourEyesThreshold(code, t.getKey(), t.getValue());
                    }
                    if (days != null) {
                        accounts.setCorrectWithin(code, days);
                    }
                }, "office " + code + ": " + String.join("; ", said));
            } catch (IllegalArgumentException e) {
                spec.commandLine().getErr().println(e.getMessage());
                return 2;
            }
        }
    }
}
