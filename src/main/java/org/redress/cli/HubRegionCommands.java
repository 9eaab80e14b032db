package org.redress.cli;

import org.redress.hub.PostgresBinariesUnavailable;
import org.redress.hub.db.HubDatabase;
import org.redress.hub.reports.Regions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code redress hub region} and {@code grant-region}: the head of a region reads the reports of
 * several offices at the hub (docs/reports.md "At the hub"). A region names its offices; an account
 * of a supervisor or auditor granted it reads each of them as its own.
 */
final class HubRegionCommands {

    private HubRegionCommands() {
    }

    @FunctionalInterface
    interface DatabaseWork {
        void run(HubDatabase db) throws Exception;
    }

    static int withDatabase(CommandSpec spec, HubCommand.Target target, DatabaseWork work, String done) throws Exception {
        try (HubCommand.Opened opened = target.open(spec);
             HubDatabase db = HubDatabase.open(opened.config().jdbcUrl(), opened.config().user(),
                     opened.config().password(), 2)) {
            work.run(db);
        } catch (PostgresBinariesUnavailable e) {
            return HubCommand.noBinaries(spec, e);
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println(e.getMessage());
            spec.commandLine().getErr().flush();
            return 2;
        }
        spec.commandLine().getOut().println(done);
        spec.commandLine().getOut().flush();
        return 0;
    }

    @Command(name = "region", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
            description = "Defines a region for reports (or renames it, or changes its offices).")
    static final class Region implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Mixin
        HubCommand.Target target = new HubCommand.Target();

        @Option(names = "--code", required = true, description = "The region's code (letters, digits, '-', '_').")
        String code;

        @Option(names = "--name", description = "The region's name (default: its code).")
        String name;

        @Option(names = "--office", required = true, paramLabel = "CODE",
                description = "An office of the region (repeat for each; the list replaces the region's offices).")
        List<String> offices;

        @Override
        public Integer call() throws Exception {
            return withDatabase(spec, target, db -> Regions.define(db, code, name == null ? code : name, offices),
                    "region " + code + ": " + String.join(", ", offices));
        }
    }

    @Command(name = "grant-region", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
            description = "Lets a supervisor's or auditor's account read the reports of every office of a region.")
    static final class GrantRegion implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Mixin
        HubCommand.Target target = new HubCommand.Target();

        @Option(names = "--username", required = true, description = "The account (a supervisor or an auditor).")
        String username;

        @Option(names = "--region", required = true, description = "The region's code.")
        String region;

        @Option(names = "--revoke", description = "Withdraw the grant instead.")
        boolean revoke;

        @Override
        public Integer call() throws Exception {
            return withDatabase(spec, target, db -> Regions.grant(db, username, region, !revoke),
                    username + (revoke ? " no longer reads region " : " reads the reports of region ") + region);
        }
    }
}
