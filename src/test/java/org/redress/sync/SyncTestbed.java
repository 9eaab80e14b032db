package org.redress.sync;

import org.redress.casework.CaseworkFixture;
import org.redress.demo.DemoBuilder;
import org.redress.demo.DemoOfficer;
import org.redress.demo.DemoRequest;
import org.redress.demo.DemoResult;
import org.redress.hub.EmbeddedHub;
import org.redress.hub.HubConfig;
import org.redress.hub.HubServer;
import org.redress.hub.pki.HubCertificate;
import org.redress.hub.push.CaseSeeding;
import org.redress.security.PasswordHasher;
import org.redress.store.Database;
import org.redress.store.Workspace;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * A real hub (embedded PostgreSQL, one database of its own per test bed) seeded with the demo
 * office's officers, and workstations cloned from one small demo workspace (each with its own
 * client id), so sync tests run against the real protocol on loopback.
 */
final class SyncTestbed implements AutoCloseable {

    static final String PASSWORD = "correct horse battery";
    static final String OFFICE = "RD";
    static final SyncEngine.Settings FAST = new SyncEngine.Settings(Duration.ofHours(1), Duration.ofMillis(5),
            Duration.ofMillis(50), 500, 2_000, 64 * 1024);

    private static EmbeddedHub postgres;
    private static String verifier;

    final Path folder;
    final DemoResult demo;
    final HubServer hub;
    final String jdbcUrl;
    private final Path template;
    private final List<Station> stations = new ArrayList<>();

    private SyncTestbed(Path folder, DemoResult demo, HubServer hub, String jdbcUrl, Path template) {
        this.folder = folder;
        this.demo = demo;
        this.hub = hub;
        this.jdbcUrl = jdbcUrl;
        this.template = template;
    }

    static synchronized EmbeddedHub postgres() {
        if (postgres == null) {
            try {
                postgres = EmbeddedHub.start(Files.createTempDirectory("redress-sync-pg"), 0);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(postgres::close));
            verifier = new PasswordHasher().hash(PASSWORD.toCharArray());
        }
        return postgres;
    }

    private static SyncTestbed shared;

    /**
     * The test bed every sync test class of this JVM shares (one hub, one demo template), so the
     * suite pays for PostgreSQL and the demo once; tests keep apart by their own workstations and texts.
     */
    static synchronized SyncTestbed shared() {
        if (shared == null) {
            shared = create(40);
            SyncTestbed bed = shared;
            Runtime.getRuntime().addShutdownHook(new Thread(bed::close));
        }
        return shared;
    }

    static SyncTestbed create(int cases) {
        try {
            EmbeddedHub pg = postgres();
            String database = "hub_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
            try (Connection c = DriverManager.getConnection(pg.jdbcUrl(), "postgres", pg.password());
                 Statement st = c.createStatement()) {
                st.execute("CREATE DATABASE " + database);
            }
            String url = pg.jdbcUrl().replaceFirst("/postgres(\\?|$)", "/" + database + "$1");
            Path folder = Files.createTempDirectory("redress-sync-test");
            HubServer hub = HubServer.start(HubConfig.of(url, "postgres", pg.password()).withPoolSize(8)
                    .withTls(HubCertificate.officePki(folder.resolve("hub-tls"), HubCertificate.defaultNames())));
            Path template = folder.resolve("template");
            DemoResult demo = new DemoBuilder(new DemoRequest(cases, 20261127L, CaseworkFixture.TODAY)).build(template);
            hub.accounts().addOffice(OFFICE, "Review office");
            for (DemoOfficer officer : demo.accounts()) {
                hub.accounts().addOfficer(officer.username(), officer.role(), OFFICE, verifier, officer.agencyCode());
            }
            // The office's hub holds the office's cases (the demo's, as the demo's own hub would).
            try (Database workspace = Database.open(new Workspace(template))) {
                CaseSeeding.seedCases(hub.database(), OFFICE, workspace.read(CaseContent::all));
            }
            return new SyncTestbed(folder, demo, hub, url, template);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A new workstation: a copy of the demo workspace with its own device key, enrolled and approved
     * at the hub (as a supervisor would), the hub's key pinned, signed in as {@code username}.
     */
    Station station(String username) {
        return station(username, Clock.systemUTC());
    }

    Station station(String username, Clock clock) {
        Station station = unenrolled(username, clock);
        approve(station);
        station.engine().trustHubKey(hub.fingerprint());
        try {
            station.engine().signIn(username, PASSWORD.toCharArray(), "test " + username);
        } catch (HubException e) {
            throw new IllegalStateException(e);
        }
        return station;
    }

    /** A new workstation pointed at the hub, with nothing pinned, enrolled or signed in yet. */
    Station unenrolled(String username, Clock clock) {
        Path root = copyTemplate("ws-" + stations.size() + "-" + username);
        Database database = Database.open(new Workspace(root));
        SyncEngine engine = SyncEngine.connect(database, hub.baseUrl(), clock, FAST);
        Station station = new Station(username, root, database, engine);
        stations.add(station);
        return station;
    }

    /** Approves the station's device at the hub (enrolling its key there first when it has not signed in yet). */
    void approve(Station station) {
        DeviceKey key = DeviceKeyFile.loadOrCreate(station.database().workspace());
        try {
            hub.accounts().devices().enrolApproved(key.publicKeyEncoded(), OFFICE, "test " + station.username(), "test");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A copy of the demo workspace with a client id of its own (a cloned workspace must not share one). */
    Path copyTemplate(String name) {
        Path root = folder.resolve(name);
        try (var paths = Files.walk(template)) {
            // The database only: evidence files stay in the template (tests that need files make their own).
            // Nor the device key and its checkpoint log: a copy is another workstation, with a key of its own.
            for (Path p : paths.filter(p -> !p.startsWith(template.resolve("evidence"))
                    && !p.startsWith(template.resolve("letters")) && !p.equals(template.resolve(Workspace.DEVICE_KEY_FILE))
                    && !p.equals(template.resolve(Workspace.CHECKPOINTS_FILE))).toList()) {
                Path target = root.resolve(template.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + root.resolve(Workspace.DATABASE_FILE));
             Statement st = c.createStatement()) {
            st.executeUpdate("UPDATE sync_meta SET client_id = '" + UUID.randomUUID() + "' WHERE id = 1");
            // The template's blocks of numbers are not this new device's.
            st.executeUpdate("DELETE FROM number_lease");
        } catch (SQLException e) {
            // The template may not be migrated to V5 yet: Database.open migrates it and makes an id then.
        }
        return root;
    }

    Connection hubConnection() throws SQLException {
        return hub.database().dataSource().getConnection();
    }

    long hubCount(String sql) {
        try (Connection c = hubConnection(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The hub's database as {@code redress hub --db} takes it. */
    String databaseUrl() {
        String database = jdbcUrl.replaceFirst("^.*/([^/?]+)(\\?.*)?$", "$1");
        return "postgresql://postgres:" + postgres().password() + "@localhost:" + postgres().postgresPort() + "/" + database;
    }

    DemoOfficer account(String username) {
        return demo.accounts().stream().filter(o -> o.username().equals(username)).findFirst().orElseThrow();
    }

    @Override
    public void close() {
        for (Station s : stations) {
            s.close();
        }
        hub.close();
        try (var paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // Temporary files; the OS cleans up.
        }
    }

    /** One workstation of the test bed. */
    record Station(String username, Path root, Database database, SyncEngine engine) implements AutoCloseable {

        List<OutboxRow> outbox() {
            return database.read(c -> new Outbox(c).all());
        }

        SyncMeta meta() {
            return database.read(c -> new SyncMetaTable(c).read());
        }

        SyncReport sync() {
            return engine.syncOnce();
        }

        @Override
        public void close() {
            engine.close();
            database.close();
        }
    }
}
