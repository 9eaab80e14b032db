package org.redress.sync;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.redress.sync.protocol.Endpoints;
import org.redress.sync.protocol.Mutation;
import org.redress.sync.protocol.MutationStatus;
import org.redress.sync.protocol.ProtocolLimits;
import org.redress.sync.protocol.PushRequest;
import org.redress.sync.protocol.PushResponse;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Lost answers, refused connections, gaps and a restored hub: every mutation still takes effect exactly once. */
class SyncFaultsTest {

    private static SyncTestbed bed;

    @BeforeAll
    static void start() {
        bed = SyncTestbed.shared();
    }


    /** A station whose engine talks to the hub through {@code proxy}. */
    private static SyncTestbed.Station throughProxy(String username, FaultyProxy proxy) {
        var direct = bed.station(username);
        direct.engine().close();
        SyncEngine engine = SyncEngine.connect(direct.database(), proxy.url(), Clock.systemUTC(), SyncTestbed.FAST);
        return new SyncTestbed.Station(username, direct.root(), direct.database(), engine);
    }

    @Test
    void an_answer_lost_after_the_hub_committed_is_answered_again_from_the_stored_result() throws Exception {
        try (FaultyProxy proxy = new FaultyProxy(bed.hub.baseUrl())) {
            var a = throughProxy("wang.fang", proxy);
            for (String caseNo : SyncCases.anyCases(a.database(), 4)) {
                SyncCases.note(a.database(), bed.account("wang.fang").asOfficer(), caseNo, "Lost answer " + caseNo);
            }
            proxy.plan(Endpoints.PUSH, FaultyProxy.Fault.DROP_ANSWER);

            SyncReport failed = a.sync();
            assertThat(failed.ok()).isFalse();
            assertThat(failed.failure()).isEqualTo(HubException.Kind.OFFLINE);
            assertThat(a.outbox()).allSatisfy(r -> assertThat(r.state()).isEqualTo(OutboxState.PENDING));
            UUID client = a.meta().clientId();
            assertThat(bed.hubCount("SELECT count(*) FROM applied_mutation WHERE client_id = '" + client + "'")).isEqualTo(4);

            SyncReport retried = a.sync();
            assertThat(retried.error()).isNull();
            assertThat(a.outbox()).allSatisfy(r -> assertThat(r.state()).isEqualTo(OutboxState.ACKED));
            assertThat(bed.hubCount("SELECT count(*) FROM case_fact WHERE payload->>'body' LIKE 'Lost answer %'")).isEqualTo(4);
            // The retry's answer is the stored one: same status and case version as the hub recorded the first time.
            for (OutboxRow row : a.outbox()) {
                String stored = hubText("SELECT result->>'entityVersion' FROM applied_mutation WHERE mutation_id = '"
                        + row.mutationId() + "'");
                String local = a.database().read(c -> text(c, "SELECT json_extract(result, '$.entityVersion') FROM outbox WHERE seq = "
                        + row.seq()));
                assertThat(local).isEqualTo(stored);
            }
            a.close();
        }
    }

    @Test
    void refused_connections_and_503s_leave_everything_pending_until_the_hub_answers() throws Exception {
        try (FaultyProxy proxy = new FaultyProxy(bed.hub.baseUrl())) {
            var a = throughProxy("li.qiang", proxy);
            SyncCases.note(a.database(), bed.account("li.qiang").asOfficer(), SyncCases.anyCases(a.database(), 1).getFirst(),
                    "Through faults");
            proxy.plan(Endpoints.PUSH, FaultyProxy.Fault.CUT_BEFORE);
            assertThat(a.sync().failure()).isEqualTo(HubException.Kind.OFFLINE);
            proxy.plan(Endpoints.PUSH, FaultyProxy.Fault.FAIL_503);
            assertThat(a.sync().failure()).isEqualTo(HubException.Kind.TRANSIENT);
            assertThat(a.engine().status().connection()).isEqualTo(SyncStatus.Connection.OFFLINE);
            assertThat(a.engine().status().lastError()).contains("could not");
            assertThat(a.outbox()).allSatisfy(r -> assertThat(r.state()).isEqualTo(OutboxState.PENDING));

            assertThat(a.sync().error()).isNull();
            assertThat(a.outbox()).allSatisfy(r -> assertThat(r.state()).isEqualTo(OutboxState.ACKED));
            assertThat(bed.hubCount("SELECT count(*) FROM case_fact WHERE payload->>'body' = 'Through faults'")).isEqualTo(1);
            a.close();
        }
    }

    @Test
    void mutations_sent_out_of_order_stop_at_the_gap_and_are_then_taken_in_order() throws Exception {
        var a = bed.station("zhang.min");
        List<String> cases = SyncCases.anyCases(a.database(), 3);
        for (String caseNo : cases) {
            SyncCases.note(a.database(), bed.account("zhang.min").asOfficer(), caseNo, "Gap " + caseNo);
        }
        List<Mutation> all = a.database().read(c -> new Outbox(c).nextRun(10, Long.MAX_VALUE));
        UUID client = a.meta().clientId();

        PushResponse reordered = a.engine().hub().push(new PushRequest(client, ProtocolLimits.SCHEMA_VERSION,
                List.of(all.get(2), all.get(0), all.get(1))));
        assertThat(reordered.gap()).isTrue();
        assertThat(reordered.lastMutationSeq()).isZero();
        assertThat(reordered.results()).isEmpty();

        PushResponse partial = a.engine().hub().push(new PushRequest(client, ProtocolLimits.SCHEMA_VERSION, List.of(all.get(0))));
        assertThat(partial.results()).extracting(r -> r.status()).containsExactly(MutationStatus.APPLIED);

        SyncReport report = a.sync();
        assertThat(report.error()).isNull();
        assertThat(a.outbox()).allSatisfy(r -> assertThat(r.state()).isEqualTo(OutboxState.ACKED));
        assertThat(hubText("SELECT string_agg(seq::text, ',' ORDER BY applied_at, seq) FROM applied_mutation WHERE client_id = '"
                + client + "'")).isEqualTo("1,2,3");
        assertThat(bed.hubCount("SELECT count(*) FROM case_fact WHERE payload->>'body' LIKE 'Gap %'")).isEqualTo(3);
    }

    @Test
    void a_hub_restored_from_a_backup_makes_the_workstation_pull_again_and_resend_what_the_hub_lost() throws Exception {
        var a = bed.station("wu.haitao");
        List<String> cases = SyncCases.anyCases(a.database(), 2);
        SyncCases.note(a.database(), bed.account("wu.haitao").asOfficer(), cases.get(0), "Before the backup");
        assertThat(a.sync().error()).isNull();
        SyncCases.note(a.database(), bed.account("wu.haitao").asOfficer(), cases.get(1), "After the backup");
        assertThat(a.sync().error()).isNull();
        UUID client = a.meta().clientId();
        String epochBefore = a.meta().serverEpoch();

        // The restore: the hub forgets the second mutation and starts a new epoch.
        try (Connection c = bed.hubConnection(); Statement st = c.createStatement()) {
            st.executeUpdate("DELETE FROM case_fact WHERE payload->>'body' = 'After the backup'");
            st.executeUpdate("DELETE FROM applied_mutation WHERE client_id = '" + client + "' AND seq = 2");
            st.executeUpdate("UPDATE sync_client SET last_mutation_seq = 1 WHERE client_id = '" + client + "'");
            st.executeUpdate("UPDATE server_epoch SET epoch = 'restored-" + UUID.randomUUID() + "'");
        }

        SyncReport report = a.sync();

        assertThat(report.error()).isNull();
        assertThat(report.reset()).isTrue();
        assertThat(a.meta().serverEpoch()).isNotEqualTo(epochBefore);
        assertThat(a.outbox()).allSatisfy(r -> assertThat(r.state()).isEqualTo(OutboxState.ACKED));
        assertThat(bed.hubCount("SELECT count(*) FROM case_fact WHERE payload->>'body' = 'After the backup'")).isEqualTo(1);
        assertThat(bed.hubCount("SELECT count(*) FROM case_fact WHERE payload->>'body' = 'Before the backup'")).isEqualTo(1);
        assertThat(SyncEngineHubTest.notes(a, "%the backup")).isEqualTo(2);
    }

    private static String hubText(String sql) throws Exception {
        try (Connection c = bed.hubConnection(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static String text(Connection c, String sql) throws java.sql.SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getString(1);
        }
    }
}
