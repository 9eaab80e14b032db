package org.redress.sync;

import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;
import org.redress.hub.EmbeddedHub;
import org.redress.hub.HubConfig;
import org.redress.hub.HubServer;
import org.redress.hub.db.HubDatabase;
import org.redress.hub.pki.HubCertificate;
import org.redress.store.Database;
import org.redress.store.Workspace;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * G12: the hub's database is dumped, more work is done and synced, and the dump is restored into a
 * new PostgreSQL cluster (its transaction ids far below the dumped ones). The hub notices the
 * restore by itself (a new epoch, nobody runs SQL), the workstations pull afresh and send again
 * what the dump lacked, and every workstation, a new one included, ends equal to the hub.
 */
class RestoreTest {

    @Test
    void after_a_dump_and_a_restore_into_a_new_cluster_every_workstation_ends_equal_to_the_hub() throws Exception {
        try (SyncTestbed bed = SyncTestbed.create(40)) {
            var a = bed.station("wu.haitao");
            var b = bed.station("zhang.min");
            List<String> cases = SyncCases.anyCases(a.database(), 2);
            String decided = SyncCases.decidable(a.database(), 1).getFirst();
            for (int i = 1; i <= 3; i++) {
                SyncCases.note(a.database(), bed.account("wu.haitao").asOfficer(), cases.get(0), "R-a" + i);
                SyncCases.note(b.database(), bed.account("zhang.min").asOfficer(), cases.get(1), "R-b" + i);
            }
            var wu = bed.account("wu.haitao");
            SyncCases.decide(a.database(), wu.asOfficer(), wu.id(), decided, "Before the dump");
            for (var s : List.of(a, b, a)) {
                assertThat(s.sync().error()).isNull();
            }
            String epochBefore = a.meta().serverEpoch();
            HubDump dump;
            try (Connection c = bed.hubConnection()) {
                dump = HubDump.take(c);
            }

            // Work the dump will not hold, acknowledged by the hub.
            SyncCases.note(a.database(), wu.asOfficer(), cases.get(0), "R-a4");
            var zhang = bed.account("zhang.min");
            // The case's assignee drafts again (the hub refuses a draft by anyone else).
            SyncCases.decide(a.database(), wu.asOfficer(), wu.id(), decided, "After the dump");
            SyncCases.note(b.database(), zhang.asOfficer(), cases.get(1), "R-b4");
            for (var s : List.of(a, b)) {
                assertThat(s.sync().error()).isNull();
            }
            bed.hub.close();

            Path folder = Files.createTempDirectory("redress-restored-pg");
            try (EmbeddedHub cluster = EmbeddedHub.start(folder, 0)) {
                try (Connection c = DriverManager.getConnection(cluster.jdbcUrl(), "postgres", cluster.password());
                     Statement st = c.createStatement()) {
                    st.execute("CREATE DATABASE restored");
                }
                String url = cluster.jdbcUrl().replaceFirst("/postgres(\\?|$)", "/restored$1");
                PGSimpleDataSource ds = new PGSimpleDataSource();
                ds.setURL(url);
                ds.setUser("postgres");
                ds.setPassword(cluster.password());
                HubDatabase.migrate(ds);
                try (Connection c = ds.getConnection()) {
                    dump.restore(c);
                }
                try (HubServer hub = HubServer.start(HubConfig.of(url, "postgres", cluster.password())
                        .withTls(HubCertificate.officePki(bed.folder.resolve("hub-tls"), HubCertificate.defaultNames())))) {
                    SyncTestbed.Station a2 = reconnect(bed, a, hub);
                    SyncTestbed.Station b2 = reconnect(bed, b, hub);
                    SyncTestbed.Station fresh = freshStation(bed, hub, "wang.fang");
                    for (var s : List.of(a2, b2, a2, b2, fresh)) {
                        SyncReport report = s.sync();
                        assertThat(report.error()).as(s.username()).isNull();
                    }
                    assertThat(a2.meta().serverEpoch()).as("a new epoch without anyone running SQL").isNotEqualTo(epochBefore);

                    Set<String> hubNotes = strings(hub, "SELECT payload->>'body' FROM case_fact WHERE kind = 'note' AND payload->>'body' LIKE 'R-%'");
                    assertThat(hubNotes).containsExactly("R-a1", "R-a2", "R-a3", "R-a4", "R-b1", "R-b2", "R-b3", "R-b4");
                    assertThat(count(hub, "SELECT count(*) FROM case_fact WHERE kind = 'note' AND payload->>'body' LIKE 'R-%'"))
                            .as("each once").isEqualTo(8);
                    Set<String> hubDecisions = strings(hub, "SELECT id::text FROM case_decision");
                    assertThat(hubDecisions).hasSize(2);
                    for (var s : List.of(a2, b2, fresh)) {
                        assertThat(localNotes(s)).as(s.username() + "'s notes").isEqualTo(hubNotes);
                        assertThat(localDecisions(s)).as(s.username() + "'s decisions").isEqualTo(hubDecisions);
                        assertThat(s.outbox()).allSatisfy(r -> assertThat(r.state()).isNotEqualTo(OutboxState.PENDING));
                    }
                    a2.close();
                    b2.close();
                    fresh.close();
                }
            }
        }
    }

    private static SyncTestbed.Station reconnect(SyncTestbed bed, SyncTestbed.Station s, HubServer hub) throws Exception {
        s.engine().close();
        SyncEngine engine = SyncEngine.connect(s.database(), hub.baseUrl(), Clock.systemUTC(), SyncTestbed.FAST);
        engine.trustHubKey(hub.fingerprint());
        engine.signIn(s.username(), SyncTestbed.PASSWORD.toCharArray(), "test " + s.username());
        return new SyncTestbed.Station(s.username(), s.root(), s.database(), engine);
    }

    private static SyncTestbed.Station freshStation(SyncTestbed bed, HubServer hub, String username) throws Exception {
        Path root = bed.copyTemplate("restored-" + username);
        Database database = Database.open(new Workspace(root));
        DeviceKey key = DeviceKeyFile.loadOrCreate(database.workspace());
        hub.accounts().devices().enrolApproved(key.publicKeyEncoded(), SyncTestbed.OFFICE, "test " + username, "test");
        SyncEngine engine = SyncEngine.connect(database, hub.baseUrl(), Clock.systemUTC(), SyncTestbed.FAST);
        engine.trustHubKey(hub.fingerprint());
        engine.signIn(username, SyncTestbed.PASSWORD.toCharArray(), "test " + username);
        return new SyncTestbed.Station(username, root, database, engine);
    }

    private static Set<String> localNotes(SyncTestbed.Station s) {
        return s.database().read(c -> strings(c, "SELECT body FROM note WHERE body LIKE 'R-%'"));
    }

    private static Set<String> localDecisions(SyncTestbed.Station s) {
        return s.database().read(c -> strings(c, "SELECT hub_id FROM hub_decision"));
    }

    private static Set<String> strings(HubServer hub, String sql) throws Exception {
        try (Connection c = hub.database().connection()) {
            return strings(c, sql);
        }
    }

    private static long count(HubServer hub, String sql) throws Exception {
        try (Connection c = hub.database().connection(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static Set<String> strings(Connection c, String sql) throws java.sql.SQLException {
        Set<String> out = new TreeSet<>();
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }
}
