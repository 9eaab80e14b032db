package org.redress.sync;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.redress.demo.DemoOfficer;
import org.redress.store.LocalChange;
import org.redress.sync.protocol.MutationKind;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The sync loop against a real hub on embedded PostgreSQL, over loopback. */
class SyncEngineHubTest {

    private static SyncTestbed bed;

    @BeforeAll
    static void start() {
        bed = SyncTestbed.shared();
    }


    @Test
    void notes_reach_the_hub_once_and_another_workstation_pulls_them() {
        var a = bed.station("wang.fang");
        var b = bed.station("li.qiang");
        List<String> cases = SyncCases.anyCases(a.database(), 3);
        DemoOfficer wang = bed.account("wang.fang");
        for (String caseNo : cases) {
            SyncCases.note(a.database(), wang.asOfficer(), caseNo, "Checked " + caseNo);
        }

        SyncReport first = a.sync();
        SyncReport again = a.sync();

        assertThat(first.error()).isNull();
        assertThat(first.pushed()).isEqualTo(3);
        assertThat(again.pushed()).isZero();
        assertThat(a.outbox()).allSatisfy(r -> assertThat(r.state()).isEqualTo(OutboxState.ACKED));
        assertThat(a.meta().lastAckedSeq()).isEqualTo(3);
        assertThat(bed.hubCount("SELECT count(*) FROM case_fact WHERE kind = 'note' AND payload->>'body' LIKE 'Checked %'"))
                .isEqualTo(3);

        SyncReport pulled = b.sync();
        assertThat(pulled.error()).isNull();
        assertThat(notes(b, "Checked %")).isEqualTo(3);
        assertThat(notes(a, "Checked %")).as("a's own notes come back recognised, not copied").isEqualTo(3);
    }

    @Test
    void a_permanently_rejected_mutation_is_reported_and_does_not_hold_up_the_ones_after_it() {
        var a = bed.station("zhang.min");
        String caseNo = SyncCases.anyCases(a.database(), 1).getFirst();
        a.database().writeAndWait(c -> {
            new OutboxSink().record(c, new LocalChange(MutationKind.CASE_ACTION, "case", caseNo, null, 1,
                    Outbox.parse("{\"action\":\"WITHDRAW\",\"toStatus\":\"NO_SUCH_STATUS\"}").deepCopy(), Instant.now()));
            return null;
        });
        SyncCases.note(a.database(), bed.account("zhang.min").asOfficer(), caseNo, "After the bad one");

        SyncReport report = a.sync();

        assertThat(report.rejected()).isEqualTo(1);
        assertThat(report.pushed()).isEqualTo(1);
        List<OutboxRow> rows = a.outbox();
        assertThat(rows.get(0).state()).isEqualTo(OutboxState.REJECTED);
        assertThat(rows.get(0).reason()).isNotBlank();
        assertThat(rows.get(1).state()).isEqualTo(OutboxState.ACKED);
        assertThat(a.engine().status().rejected()).isEqualTo(1);
    }

    @Test
    void three_officers_deciding_one_case_offline_all_see_the_conflict_and_a_supervisor_resolves_it() {
        var one = bed.station("wang.fang");
        var two = bed.station("li.qiang");
        var three = bed.station("wu.haitao");
        var supervisor = bed.station("chen.jing");
        String caseNo = SyncCases.decidable(one.database(), 5).getFirst();
        for (var s : List.of(one, two, three)) {
            DemoOfficer officer = bed.account(s.username());
            SyncCases.decide(s.database(), officer.asOfficer(), officer.id(), caseNo, "Decision of " + s.username());
        }

        for (var s : List.of(one, two, three)) {
            assertThat(s.sync().error()).isNull();
        }
        for (var s : List.of(one, two, three, supervisor)) {
            assertThat(s.sync().error()).isNull();
        }

        assertThat(three.outbox().getLast().state()).isEqualTo(OutboxState.CONFLICT);
        for (var s : List.of(one, two, three, supervisor)) {
            List<OpenConflict> open = new ConflictQueue(s.database(), Clock.systemUTC()).open();
            assertThat(open).as(s.username()).hasSize(1);
            assertThat(open.getFirst().caseNo()).isEqualTo(caseNo);
            assertThat(open.getFirst().decisions()).as(s.username() + " sees every decision")
                    .extracting(OpenConflict.Competing::reasons)
                    .containsExactlyInAnyOrder("Decision of wang.fang", "Decision of li.qiang", "Decision of wu.haitao");
        }

        OpenConflict conflict = new ConflictQueue(supervisor.database(), Clock.systemUTC()).open().getFirst();
        DemoOfficer chen = bed.account("chen.jing");
        new ConflictQueue(supervisor.database(), Clock.systemUTC()).resolve(conflict,
                conflict.decisions().get(1).decisionId(), "The second reading is right.", chen.asOfficer(), chen.id());
        SyncReport resolved = supervisor.sync();
        assertThat(resolved.error()).isNull();
        assertThat(supervisor.outbox().getLast().state()).isEqualTo(OutboxState.ACKED);
        one.sync();
        assertThat(new ConflictQueue(one.database(), Clock.systemUTC()).open()).isEmpty();
        assertThat(hubDecisionStates(one, caseNo)).containsExactlyInAnyOrder("ACTIVE", "SET_ASIDE", "SET_ASIDE");
    }

    @Test
    void triggers_arriving_during_a_round_are_kept_and_answered_by_a_later_round() throws Exception {
        var a = bed.station("wang.fang");
        a.engine().start();
        var first = a.engine().syncNow();
        SyncCases.note(a.database(), bed.account("wang.fang").asOfficer(), SyncCases.anyCases(a.database(), 1).getFirst(),
                "Queued trigger");
        var second = a.engine().syncNow();
        assertThat(first.get(30, TimeUnit.SECONDS).error()).isNull();
        SyncReport later = second.get(30, TimeUnit.SECONDS);
        assertThat(later.error()).isNull();
        assertThat(a.outbox()).allSatisfy(r -> assertThat(r.state()).isEqualTo(OutboxState.ACKED));
        assertThat(a.engine().status().connection()).isEqualTo(SyncStatus.Connection.ONLINE);
        assertThat(a.engine().status().pending()).isZero();
    }

    @Test
    void a_workstation_whose_clock_is_a_day_off_syncs_by_seq_and_version_not_by_time() {
        var ahead = bed.station("li.qiang", Clock.offset(Clock.systemUTC(), Duration.ofDays(1)));
        var behind = bed.station("zhang.min", Clock.offset(Clock.systemUTC(), Duration.ofDays(-1)));
        String caseNo = SyncCases.anyCases(ahead.database(), 7).getLast();
        SyncCases.note(ahead.database(), bed.account("li.qiang").asOfficer(), caseNo, "From tomorrow");
        assertThat(ahead.sync().error()).isNull();
        SyncCases.note(behind.database(), bed.account("zhang.min").asOfficer(), caseNo, "From yesterday");
        assertThat(behind.sync().error()).isNull();
        assertThat(ahead.sync().error()).isNull();
        assertThat(notes(ahead, "From %")).isEqualTo(2);
        assertThat(notes(behind, "From %")).isEqualTo(2);
    }

    static long notes(SyncTestbed.Station s, String like) {
        return s.database().read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM note WHERE body LIKE ?")) {
                ps.setString(1, like);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
    }

    private static List<String> hubDecisionStates(SyncTestbed.Station s, String caseNo) {
        return s.database().read(c -> {
            List<String> states = new java.util.ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT state FROM hub_decision WHERE case_no = ?")) {
                ps.setString(1, caseNo);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        states.add(rs.getString(1));
                    }
                }
            }
            return states;
        });
    }
}
