package org.redress.hub;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.redress.domain.access.Role;
import org.redress.hub.db.HubDatabase;
import org.redress.sync.protocol.Mutation;
import org.redress.sync.protocol.MutationKind;
import org.redress.sync.protocol.MutationResult;
import org.redress.sync.protocol.MutationStatus;
import org.redress.sync.protocol.PushResponse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.redress.hub.HubClient.json;
import static org.redress.hub.HubClient.mutation;

/**
 * G11: nothing is acknowledged before it is on the hub's disk. PostgreSQL (postmaster and every
 * backend) is killed with SIGKILL right after a push's answer arrives, with the WAL writer held
 * off (10 s), and every mutation the answer acknowledged is found after crash recovery. The
 * control shows why the old barrier ({@code SELECT pg_current_xact_id()}) did not do: its commit
 * leaves the WAL unflushed.
 */
class DurabilityTest {

    private static Path dir;
    private static EmbeddedHub pg;
    private static HubServer server;

    @BeforeAll
    static void start() throws Exception {
        dir = Files.createTempDirectory("redress-durability");
        pg = EmbeddedHub.start(dir.resolve("pg"), 0);
        holdOffWalWriter();
        server = HubServer.start(pg.config());
    }

    @AfterAll
    static void stop() {
        server.close();
        pg.close();
    }

    @Test
    void every_acknowledged_mutation_survives_a_kill_of_postgresql_right_after_the_answer() throws Exception {
        String office = "DU-" + UUID.randomUUID().toString().substring(0, 6);
        server.accounts().addOffice(office, "Durability");
        String user = "du-" + UUID.randomUUID().toString().substring(0, 8);
        server.accounts().addOfficer(user, Role.OFFICER, office, TestHub.verifier());
        UUID caseId = UUID.randomUUID();
        String caseNo = "RD-2026-D" + caseId.toString().substring(0, 5);
        var content = TestHub.content(caseId, caseNo);
        content.put("status", "IN_REVIEW");
        content.put("assignee", user); // its assignee may draft on it: the hub's rules take the decision
        org.redress.hub.push.CaseSeeding.seedCases(server.database(), office, List.of(content));
        HubClient client = new HubClient(server).signIn(user);
        TestDevice device = client.device;
        Set<UUID> acknowledged = new HashSet<>();
        long seq = 0;
        for (int round = 0; round < 2; round++) {
            List<Mutation> batch = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                seq++;
                batch.add(mutation(seq, MutationKind.NOTE_ADD, caseId.toString(), 0, json("text", "note " + seq)));
            }
            // Two kinds of mutation: notes take the fast path, a decision the full one.
            seq++;
            batch.add(mutation(seq, MutationKind.DECISION_RECORD, caseId.toString(), 0, TestHub.decision(caseNo, "UPHELD")));
            PushResponse answer = client.push(batch);
            killPostgres();
            for (MutationResult r : answer.results()) {
                if (r.status() == MutationStatus.APPLIED || r.status() == MutationStatus.CONFLICT_RECORDED) {
                    acknowledged.add(r.id());
                }
            }
            assertThat(answer.lastMutationSeq()).isEqualTo(seq);
            restart();
            client = new HubClient(server);
            client.device = device;
            client.deviceId = device.id;
            client.signIn(user);

            Set<UUID> stored = new HashSet<>();
            try (Connection c = server.database().connection();
                 PreparedStatement ps = c.prepareStatement("SELECT mutation_id FROM applied_mutation WHERE client_id = ?")) {
                ps.setObject(1, device.id);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        stored.add(rs.getObject(1, UUID.class));
                    }
                }
            }
            assertThat(stored).as("round %d: every acknowledged mutation is on disk", round).containsAll(acknowledged);
            assertThat(client.push(List.of()).lastMutationSeq()).isEqualTo(seq);
        }
        assertThat(acknowledged).hasSize(2 * 41);
    }

    @Test
    void the_barrier_flushes_the_wal_past_asynchronous_commits_and_the_old_one_did_not() throws Exception {
        try (Connection c = connect()) {
            boolean oldLeftUnflushed = false;
            for (int attempt = 0; attempt < 5 && !oldLeftUnflushed; attempt++) {
                String committed = asyncCommit(c);
                try (Statement st = c.createStatement()) {
                    st.execute("SELECT pg_current_xact_id()");
                }
                oldLeftUnflushed = lsnBelow(c, flushLsn(c), committed);
            }
            assertThat(oldLeftUnflushed).as("control: the old barrier can leave an acknowledged commit unflushed").isTrue();

            for (int attempt = 0; attempt < 5; attempt++) {
                String committed = asyncCommit(c);
                HubDatabase.flushBarrier(c);
                assertThat(lsnBelow(c, flushLsn(c), committed)).as("flushed past the asynchronous commit").isFalse();
            }
        }
    }

    private static String asyncCommit(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("CREATE TABLE IF NOT EXISTS durability_probe (n int)");
            c.setAutoCommit(false);
            st.execute("SET LOCAL synchronous_commit = off");
            st.execute("INSERT INTO durability_probe VALUES (1)");
            c.commit();
            c.setAutoCommit(true);
            try (ResultSet rs = st.executeQuery("SELECT pg_current_wal_insert_lsn()::text")) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    private static String flushLsn(Connection c) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT pg_current_wal_flush_lsn()::text")) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static boolean lsnBelow(Connection c, String a, String b) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT ?::pg_lsn < ?::pg_lsn")) {
            ps.setString(1, a);
            ps.setString(2, b);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection(pg.jdbcUrl(), "postgres", pg.password());
    }

    /** The WAL writer would flush asynchronous commits within a few hundred milliseconds: held off to 10 s. */
    private static void holdOffWalWriter() throws SQLException {
        try (Connection c = connect(); Statement st = c.createStatement()) {
            st.execute("ALTER SYSTEM SET wal_writer_delay = '10s'");
            st.execute("SELECT pg_reload_conf()");
        }
    }

    /** SIGKILL to the postmaster and every process under it: no shutdown checkpoint, no last WAL write. */
    private static void killPostgres() throws Exception {
        long pid = Long.parseLong(Files.readAllLines(pg.dataDir().resolve("postmaster.pid")).getFirst().strip());
        ProcessHandle postmaster = ProcessHandle.of(pid).orElseThrow();
        List<ProcessHandle> children = postmaster.descendants().toList();
        postmaster.destroyForcibly();
        children.forEach(ProcessHandle::destroyForcibly);
        postmaster.onExit().get(30, TimeUnit.SECONDS);
        for (ProcessHandle child : children) {
            child.onExit().get(30, TimeUnit.SECONDS);
        }
    }

    private static void restart() throws IOException {
        server.close();
        try {
            pg.close(); // its server is gone already: this releases zonky's lock on the folder
        } catch (RuntimeException expected) {
            // pg_ctl stop finds no server
        }
        pg = EmbeddedHub.start(pg.dataDir(), 0);
        server = HubServer.start(pg.config());
    }
}
