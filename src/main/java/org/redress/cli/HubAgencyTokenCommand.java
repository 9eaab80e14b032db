package org.redress.cli;

import org.redress.hub.PostgresBinariesUnavailable;
import org.redress.hub.agency.AgencyTokens;
import org.redress.hub.db.HubDatabase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

/**
 * {@code redress hub agency-token --code RC-COURT}: makes an API token for a registered issuing
 * agency (issue 19, item 5), printed once — the hub keeps only its SHA-256. The agency reads its
 * notices and acknowledges them with it ({@code /v1/agency/notices}, docs/hub.md).
 */
@Command(name = "agency-token", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Makes an API token for an issuing agency to read and acknowledge the hub's notices (shown once).")
final class HubAgencyTokenCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    HubCommand.Target target = new HubCommand.Target();

    @Option(names = "--code", required = true, description = "The agency's code (added with add-agency).")
    String code;

    @Override
    public Integer call() throws Exception {
        String token;
        try (HubCommand.Opened opened = target.open(spec);
             HubDatabase db = HubDatabase.open(opened.config().jdbcUrl(), opened.config().user(),
                     opened.config().password(), 2)) {
            token = AgencyTokens.create(db, code);
        } catch (PostgresBinariesUnavailable e) {
            return HubCommand.noBinaries(spec, e);
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println(e.getMessage());
            return 2;
        }
        spec.commandLine().getOut().println("API token of agency " + code + " (shown only now; the hub keeps its hash):");
        spec.commandLine().getOut().println(token);
        spec.commandLine().getOut().flush();
        return 0;
    }
}
