package org.redress.cli;

import org.redress.hub.PostgresBinariesUnavailable;
import org.redress.hub.agency.AgencyBatches;
import org.redress.hub.db.HubDatabase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.concurrent.Callable;

/**
 * For agencies without an API (issue 19, item 5): {@code redress hub agency-key} registers an
 * agency's Ed25519 public key; {@code redress hub agency-batch} takes a CSV or JSON file of
 * acknowledgements with its detached signature, checked against the agency's registered keys.
 */
final class HubAgencyBatchCommands {

    private HubAgencyBatchCommands() {
    }

    /** A PEM ("-----BEGIN …-----") or raw binary file's bytes. */
    static byte[] pemOrRaw(Path file) throws java.io.IOException {
        byte[] bytes = Files.readAllBytes(file);
        String text = new String(bytes, StandardCharsets.US_ASCII).strip();
        if (text.startsWith("-----BEGIN")) {
            return Base64.getMimeDecoder().decode(text.replaceAll("-----[A-Z ]+-----", ""));
        }
        if (text.matches("[A-Za-z0-9+/=\\s]+") && !text.isEmpty()) {
            try {
                return Base64.getMimeDecoder().decode(text);
            } catch (IllegalArgumentException e) {
                return bytes;
            }
        }
        return bytes;
    }

    @Command(name = "agency-key", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
            description = "Registers an issuing agency's Ed25519 public key, for its signed batches of acknowledgements.")
    static final class Key implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Mixin
        HubCommand.Target target = new HubCommand.Target();

        @Option(names = "--code", required = true, description = "The agency's code (added with add-agency).")
        String code;

        @Option(names = "--public-key", required = true, description = "The key: PEM, base64 or DER (X.509 SubjectPublicKeyInfo).")
        Path key;

        @Override
        public Integer call() throws Exception {
            try (HubCommand.Opened opened = target.open(spec);
                 HubDatabase db = HubDatabase.open(opened.config().jdbcUrl(), opened.config().user(),
                         opened.config().password(), 2)) {
                String fingerprint = AgencyBatches.registerKey(db, code, pemOrRaw(key));
                spec.commandLine().getOut().println("key " + fingerprint + " registered for agency " + code);
                return 0;
            } catch (PostgresBinariesUnavailable e) {
                return HubCommand.noBinaries(spec, e);
            } catch (AgencyBatches.Refused e) {
                spec.commandLine().getErr().println(e.getMessage());
                return 2;
            }
        }
    }

    @Command(name = "agency-batch", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
            description = "Takes an agency's signed CSV or JSON batch of acknowledgements of the hub's notices.")
    static final class Batch implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Mixin
        HubCommand.Target target = new HubCommand.Target();

        @Option(names = "--code", required = true, description = "The agency whose batch it is.")
        String code;

        @Option(names = "--file", required = true, description = "The batch: CSV (header notice_id) or JSON.")
        Path file;

        @Option(names = "--signature", required = true, description = "Its detached Ed25519 signature (raw or base64).")
        Path signature;

        @Override
        public Integer call() throws Exception {
            try (HubCommand.Opened opened = target.open(spec);
                 HubDatabase db = HubDatabase.open(opened.config().jdbcUrl(), opened.config().user(),
                         opened.config().password(), 2)) {
                var report = AgencyBatches.apply(db, code, Files.readAllBytes(file), pemOrRaw(signature));
                spec.commandLine().getOut().println(report.acknowledged() + " acknowledged, " + report.already()
                        + " acknowledged before, " + report.unknown().size() + " unknown to agency " + code
                        + (report.unknown().isEmpty() ? "" : ": " + String.join(", ", report.unknown())));
                return report.unknown().isEmpty() ? 0 : 1;
            } catch (PostgresBinariesUnavailable e) {
                return HubCommand.noBinaries(spec, e);
            } catch (AgencyBatches.Refused e) {
                spec.commandLine().getErr().println(e.getMessage());
                return 2;
            }
        }
    }
}
