package org.redress.cli;

import org.jspecify.annotations.Nullable;
import org.redress.demo.ReviewOffice;
import org.redress.domain.access.Role;
import org.redress.hub.EmbeddedHub;
import org.redress.hub.HubServer;
import org.redress.hub.PostgresBinaries;
import org.redress.hub.push.CaseSeeding;
import org.redress.store.Database;
import org.redress.store.NumberSeries;
import org.redress.store.OfficerRepository;
import org.redress.store.OfficerRow;
import org.redress.store.Workspace;
import org.redress.sync.DeviceKey;
import org.redress.sync.DeviceKeyFile;
import org.redress.sync.HubSeed;
import org.redress.sync.SyncMetaTable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.UUID;

/**
 * The hub of {@code redress demo}: an embedded PostgreSQL and hub beside the workspace (its data in
 * {@code <workspace>-hub}, kept between runs), serving HTTPS with its own office PKI, seeded with
 * the demo office's officers (their password hashes as the workspace holds them, so the same
 * passwords sign in to both) and, when first made, with the demo's cases: each under its id and
 * number, the office's number series set past them and the workspace's blocks of numbers leased to
 * it, so the demo workstation syncs as an office's would. The demo hub approves its own demo
 * workstation's device at once (a real office's supervisor does that with {@code redress hub
 * devices approve}) and the workspace pins the hub's key directly. Or, with {@code --hub URL}, a
 * hub that already runs (which holds none of the demo's cases): the workspace is pointed at it and
 * enrols at its first sign-in.
 */
final class DemoHub implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(DemoHub.class);

    private final @Nullable EmbeddedHub postgres;
    private final @Nullable HubServer server;
    private final String url;

    private DemoHub(@Nullable EmbeddedHub postgres, @Nullable HubServer server, String url) {
        this.postgres = postgres;
        this.server = server;
        this.url = url;
    }

    /** The embedded hub's data folder of a workspace: beside it, named {@code <workspace>-hub}. */
    static Path dataFolder(Path workspace) {
        Path absolute = workspace.toAbsolutePath().normalize();
        return absolute.resolveSibling(absolute.getFileName() + "-hub");
    }

    /**
     * Starts the embedded hub for {@code workspace} (its binaries from {@code binariesJar} when
     * given, else as {@link PostgresBinaries#configured()} finds them), or points at {@code existing} when given.
     */
    static DemoHub start(Path workspace, @Nullable String existing, @Nullable Path binariesJar) {
        if (existing != null) {
            pointAt(workspace, existing);
            return new DemoHub(null, null, existing);
        }
        Path data = dataFolder(workspace);
        EmbeddedHub postgres = EmbeddedHub.start(data, 0, PostgresBinaries.configured().withLocalJar(binariesJar));
        try {
            HubServer server = HubServer.start(postgres.config());
            try {
                seed(workspace, server);
                pointAt(workspace, server.baseUrl());
                trust(workspace, server);
                return new DemoHub(postgres, server, server.baseUrl());
            } catch (RuntimeException e) {
                server.close();
                throw e;
            }
        } catch (RuntimeException e) {
            postgres.close();
            throw e;
        }
    }

    String url() {
        return url;
    }

    /** The embedded hub (null with {@code --hub URL}). */
    @Nullable HubServer server() {
        return server;
    }

    static void seed(Path workspace, HubServer server) {
        String office = ReviewOffice.OFFICE.code();
        try (Database database = Database.open(new Workspace(workspace))) {
            var officers = database.read(c -> new OfficerRepository(c).all());
            server.accounts().ensureOffice(office);
            for (OfficerRow officer : officers) {
                if (officer.passwordHash() == null) {
                    continue;
                }
                if (!server.accounts().strongEnough(officer.passwordHash())) {
                    // A workspace made by an earlier version: its hash is upgraded at the next sign-in here.
                    LOG.info("event=demo.hub_officer_skipped reason=weak_verifier");
                    continue;
                }
                server.accounts().addOfficer(officer.username(), Role.valueOf(officer.role()), office,
                        officer.passwordHash(), officer.agencyCode());
            }
            if (!CaseSeeding.seeded(server.database(), office)) {
                seedCases(server, office, database);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the demo hub could not be given the office's officers: " + e.getMessage(), e);
        }
    }

    /** Gives a hub the workspace's number floors, cases (a page at a time) and leases (see {@link HubSeed}). */
    static void seedCases(HubServer server, String office, Database database) throws SQLException {
        HubSeed seed = HubSeed.of(database);
        for (NumberSeries.Floor floor : seed.floors()) {
            CaseSeeding.passBeyond(server.database(), floor.kind().name(), floor.prefix(), floor.year(), floor.last());
        }
        try {
            HubSeed.cases(database, page -> CaseSeeding.seedCases(server.database(), office, page));
        } catch (SQLException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        // The hub knows a workstation by its key (the client id becomes that at its first sign-in).
        UUID device = DeviceKeyFile.loadOrCreate(database.workspace()).deviceId();
        CaseSeeding.recordLeases(server.database(), office, device, seed.leases());
    }

    /** The demo workstation trusts this hub's key and its device is approved at once (the demo hub's own). */
    private static void trust(Path workspace, HubServer server) {
        DeviceKey key = DeviceKeyFile.loadOrCreate(new Workspace(workspace));
        try {
            server.accounts().devices().enrolApproved(key.publicKeyEncoded(), ReviewOffice.OFFICE.code(),
                    "redress demo workstation", "demo hub (approves its own demo workstation)");
        } catch (SQLException e) {
            throw new IllegalStateException("the demo hub could not enrol the demo workstation: " + e.getMessage(), e);
        }
        String fingerprint = server.fingerprint();
        if (fingerprint != null) {
            try (Database database = Database.open(new Workspace(workspace))) {
                database.writeAndWait(c -> {
                    new SyncMetaTable(c).setHubPin(fingerprint);
                    return null;
                });
            }
        }
        endorse(workspace, server, key);
    }

    /**
     * The demo's letters carry signed QR codes from the start (issue #16, item 2): the demo hub
     * endorses the workstation's key at once, as any hub does at sign-in.
     */
    private static void endorse(Path workspace, HubServer server, DeviceKey key) {
        try {
            var grant = new org.redress.hub.verify.OfficeLetterKeys(server.database(), java.time.Clock.systemUTC())
                    .endorse(ReviewOffice.OFFICE.code(), key.deviceId());
            if (grant == null) {
                return;
            }
            try (Database database = Database.open(new Workspace(workspace))) {
                database.writeAndWait(c -> {
                    org.redress.letters.qr.QrSigning.store(c, grant.endorsement(), grant.officeKey(),
                            server.baseUrl() + org.redress.hub.verify.VerifyPage.PATH, java.time.Instant.now());
                    return null;
                });
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the demo hub could not endorse the demo workstation: " + e.getMessage(), e);
        }
    }

    private static void pointAt(Path workspace, String url) {
        try (Database database = Database.open(new Workspace(workspace))) {
            database.writeAndWait(c -> {
                new SyncMetaTable(c).setHubUrl(url);
                return null;
            });
        }
    }

    @Override
    public void close() {
        if (server != null) {
            server.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }
}
