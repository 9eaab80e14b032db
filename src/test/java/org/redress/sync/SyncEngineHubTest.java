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
    void three_workstations_of_the_assignee_deciding_offline_all_see_the_conflict_an_intruder_is_refused_and_a_supervisor_resolves_it() {
        // Only the assignee drafts (the hub runs the same gate the workstation does): the assignee on three
        // workstations, each offline, makes the conflict; another officer's draft, forced past the local
        // gate, is refused by the hub with the reason in words.
        var probe = bed.station("wang.fang");
        String caseNo = SyncCases.decidable(probe.database(), 5).getFirst();
        String assignee = SyncCases.assignee(probe.database(), caseNo);
        var one = bed.station(assignee);
        var two = bed.station(assignee);
        var three = bed.station(assignee);
        String other = List.of("wang.fang", "li.qiang", "wu.haitao").stream().filter(u -> !u.equals(assignee))
                .findFirst().orElseThrow();
        var intruder = bed.station(other);
        var supervisor = bed.station(assignee.equals("chen.jing") ? "liu.yang" : "chen.jing");
        DemoOfficer officer = bed.account(assignee);
        for (var s : List.of(one, two, three)) {
            SyncCases.decide(s.database(), officer.asOfficer(), officer.id(), caseNo, "Decision on " + s.root().getFileName());
        }
        DemoOfficer stranger = bed.account(other);
        SyncCases.decide(intruder.database(), stranger.asOfficer(), stranger.id(), caseNo, "Decision of " + other);

        assertThat(intruder.sync().error()).isNull();
        OutboxRow refused = intruder.outbox().getLast();
        assertThat(refused.state()).isEqualTo(OutboxState.REJECTED);
        assertThat(refused.refusal().code()).isEqualTo("NOT_THE_ASSIGNEE");
        assertThat(refused.refusal().render(java.util.ResourceBundle.getBundle("i18n.messages", java.util.Locale.ENGLISH),
                java.util.Locale.ENGLISH)).isEqualTo("The case is assigned to another officer; reassign it first.");
        assertThat(refused.refusal().render(java.util.ResourceBundle.getBundle("i18n.messages",
                java.util.Locale.SIMPLIFIED_CHINESE), java.util.Locale.SIMPLIFIED_CHINESE)).doesNotContain("assigned");
        for (var s : List.of(one, two, three)) {
            assertThat(s.sync().error()).isNull();
        }
        for (var s : List.of(one, two, three, supervisor)) {
            assertThat(s.sync().error()).isNull();
        }

        assertThat(three.outbox().getLast().state()).isEqualTo(OutboxState.CONFLICT);
        List<String> ours = List.of(one, two, three).stream().map(s -> "Decision on " + s.root().getFileName()).toList();
        for (var s : List.of(one, two, three, supervisor)) {
            // Other tests may have decided this case too: one open conflict per case gathers them all.
            List<OpenConflict> open = new ConflictQueue(s.database(), Clock.systemUTC()).open().stream()
                    .filter(c -> c.caseNo().equals(caseNo)).toList();
            assertThat(open).as(s.username()).hasSize(1);
            assertThat(open.getFirst().decisions()).as(s.username() + " sees every decision")
                    .extracting(OpenConflict.Competing::reasons).containsAll(ours);
        }

        OpenConflict conflict = new ConflictQueue(supervisor.database(), Clock.systemUTC()).open().stream()
                .filter(c -> c.caseNo().equals(caseNo)).findFirst().orElseThrow();
        OpenConflict.Competing chosen = conflict.decisions().stream()
                .filter(d -> d.reasons().equals(ours.get(1))).findFirst().orElseThrow();
        DemoOfficer chen = bed.account(supervisor.username());
        new ConflictQueue(supervisor.database(), Clock.systemUTC()).resolve(conflict, chosen.decisionId(),
                "The second reading is right.", chen.asOfficer(), chen.id());
        SyncReport resolved = supervisor.sync();
        assertThat(resolved.error()).isNull();
        assertThat(supervisor.outbox().getLast().state()).isEqualTo(OutboxState.ACKED);
        one.sync();
        assertThat(new ConflictQueue(one.database(), Clock.systemUTC()).open()).noneMatch(c -> c.caseNo().equals(caseNo));
        for (OpenConflict.Competing d : conflict.decisions()) {
            assertThat(hubDecisionState(one, d.decisionId())).as(d.reasons())
                    .isEqualTo(d == chosen ? "ACTIVE" : "SET_ASIDE");
        }
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

    private static String hubDecisionState(SyncTestbed.Station s, String hubId) {
        return s.database().read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT state FROM hub_decision WHERE hub_id = ?")) {
                ps.setString(1, hubId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? rs.getString(1) : null;
                }
            }
        });
    }
}
