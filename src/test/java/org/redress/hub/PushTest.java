package org.redress.hub;

import org.junit.jupiter.api.Test;
import org.redress.domain.access.Role;
import org.redress.hub.http.HubJson;
import org.redress.sync.protocol.Mutation;
import org.redress.sync.protocol.MutationKind;
import org.redress.sync.protocol.MutationResult;
import org.redress.sync.protocol.MutationStatus;
import org.redress.sync.protocol.PushResponse;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.redress.hub.HubClient.json;
import static org.redress.hub.HubClient.mutation;

class PushTest {

    private final String office = TestHub.newOffice();

    @Test
    void a_retried_push_returns_every_stored_result_and_applies_nothing_again() {
        HubClient ws = TestHub.client().signIn(TestHub.newOfficer(office, Role.OFFICER));
        List<Mutation> batch = List.of(
                mutation(1, MutationKind.DECISION_RECORD, TestHub.caseInReview(office, "D-1", ws.username), 0,
                        TestHub.decision("D-1", "UPHELD")),
                mutation(2, MutationKind.NOTE_ADD, TestHub.kase(office, "D-1"), 1, json("text", "n")),
                mutation(3, "case.teleport", TestHub.kase(office, "D-1"), 1, json()));
        PushResponse first = ws.push(batch);
        long changes = Rows.changes(office);

        PushResponse again = ws.push(batch);

        assertThat(first.results()).extracting(MutationResult::status)
                .containsExactly(MutationStatus.APPLIED, MutationStatus.APPLIED, MutationStatus.REJECTED);
        assertThat(again.results()).extracting(MutationResult::status).containsOnly(MutationStatus.DUPLICATE);
        for (int i = 0; i < 3; i++) {
            assertThat(again.results().get(i).detail().get("stored").toString())
                    .isEqualTo(HubJson.write(first.results().get(i)));
        }
        assertThat(Rows.changes(office)).isEqualTo(changes);
        assertThat(Rows.count("SELECT count(*) FROM case_decision WHERE case_no = 'D-1'")).isEqualTo(1);
    }

    @Test
    void a_run_of_notes_is_cut_at_a_refused_one_and_resumes_after_it_in_order() {
        String other = TestHub.newOffice();
        String foreign = TestHub.kase(other, "RUN-OTHER");
        String mine = TestHub.kase(office, "RUN-1");
        HubClient ws = TestHub.client().signIn(TestHub.newOfficer(office, Role.OFFICER));
        HubClient second = TestHub.client().signIn(TestHub.newOfficer(office, Role.OFFICER));
        Mutation taken = mutation(1, MutationKind.NOTE_ADD, mine, 0, json("text", "first device"));
        second.push(List.of(taken));
        long changes = Rows.changes(office);

        PushResponse r = ws.push(List.of(
                mutation(1, MutationKind.NOTE_ADD, mine, 0, json("text", "one")),
                mutation(2, MutationKind.NOTE_ADD, foreign, 0, json("text", "not ours")),
                mutation(3, MutationKind.NOTE_ADD, mine, 0, json("text", "three")),
                new Mutation(4, taken.id(), MutationKind.NOTE_ADD, mine, 0, json("text", "same id"), taken.createdAt()),
                mutation(5, MutationKind.NOTE_ADD, mine, 0, json("text", "five"))));

        assertThat(r.results()).extracting(MutationResult::status).containsExactly(MutationStatus.APPLIED,
                MutationStatus.REJECTED, MutationStatus.APPLIED, MutationStatus.DUPLICATE, MutationStatus.APPLIED);
        assertThat(r.results().get(1).reason()).contains("another office");
        assertThat(r.lastMutationSeq()).isEqualTo(5);
        // The id another device used first is answered with that first result; no second row is stored.
        assertThat(Rows.mutations(ws.deviceId)).isEqualTo(4);
        assertThat(Rows.changes(office)).isEqualTo(changes + 3);
        assertThat(Rows.count("SELECT count(*) FROM case_fact WHERE office_code = ?", other)).isZero();
        // One change per applied note, in the order they were pushed.
        assertThat(Rows.count("""
                SELECT count(*) FROM change_log a JOIN change_log b ON a.office_code = b.office_code
                WHERE a.office_code = ? AND a.payload -> 'payload' ->> 'text' = 'one'
                  AND b.payload -> 'payload' ->> 'text' = 'five' AND (a.pos, a.seq) < (b.pos, b.seq)""", office))
                .isEqualTo(1);
    }

    @Test
    void a_gap_stops_the_push_and_reports_the_last_seq_taken() {
        HubClient ws = TestHub.client().signIn(TestHub.newOfficer(office, Role.OFFICER));
        ws.push(List.of(mutation(1, MutationKind.NOTE_ADD, TestHub.kase(office, "G-1"), 0, json("text", "a"))));

        PushResponse r = ws.push(List.of(
                mutation(3, MutationKind.NOTE_ADD, TestHub.kase(office, "G-1"), 0, json("text", "c")),
                mutation(4, MutationKind.NOTE_ADD, TestHub.kase(office, "G-1"), 0, json("text", "d"))));

        assertThat(r.gap()).isTrue();
        assertThat(r.lastMutationSeq()).isEqualTo(1);
        assertThat(r.results()).isEmpty();
        assertThat(Rows.mutations(ws.deviceId)).isEqualTo(1);
    }

    @Test
    void a_rejected_mutation_advances_the_queue_so_later_ones_still_apply() {
        String other = TestHub.newOffice();
        HubClient stranger = TestHub.client().signIn(TestHub.newOfficer(other, Role.OFFICER));
        stranger.push(List.of(mutation(1, MutationKind.NOTE_ADD, TestHub.kase(other, "R-OTHER"), 0, json("text", "x"))));
        HubClient ws = TestHub.client().signIn(TestHub.newOfficer(office, Role.OFFICER));

        PushResponse r = ws.push(List.of(
                mutation(1, MutationKind.DECISION_RECORD, TestHub.kase(other, "R-OTHER"), 0, json("outcome", "UPHELD")),
                mutation(2, MutationKind.CONFLICT_RESOLVE, TestHub.kase(office, "R-1"), 0, json("conflictId", "nope")),
                mutation(3, MutationKind.NOTE_ADD, TestHub.kase(office, "R-1"), 0, json("text", "still here"))));

        assertThat(r.results()).extracting(MutationResult::status)
                .containsExactly(MutationStatus.REJECTED, MutationStatus.REJECTED, MutationStatus.APPLIED);
        assertThat(r.results().get(0).reason()).contains("another office");
        assertThat(r.lastMutationSeq()).isEqualTo(3);
        assertThat(Rows.count("SELECT count(*) FROM case_decision WHERE case_no = 'R-OTHER'")).isZero();
    }

    @Test
    void a_step_of_the_case_clock_is_appended_as_a_fact_once_and_refused_to_an_auditor() {
        HubClient officer = TestHub.client().signIn(TestHub.newOfficer(office, Role.OFFICER));
        HubClient auditor = TestHub.client().signIn(TestHub.newOfficer(office, Role.AUDITOR));
        List<Mutation> batch = List.of(mutation(1, MutationKind.CASE_CLOCK, TestHub.kase(office, "CL-1"), 0,
                json("step", "EXTENSION_REQUESTED")));

        assertThat(officer.push(batch).results()).extracting(MutationResult::status).containsExactly(MutationStatus.APPLIED);
        assertThat(officer.push(batch).results()).extracting(MutationResult::status).containsExactly(MutationStatus.DUPLICATE);
        assertThat(auditor.push(List.of(mutation(1, MutationKind.CASE_CLOCK, TestHub.kase(office, "CL-1"), 0,
                json("step", "ACKNOWLEDGED")))).results()).extracting(MutationResult::status)
                .containsExactly(MutationStatus.REJECTED);
        assertThat(Rows.count("SELECT count(*) FROM case_fact WHERE case_no = 'CL-1' AND kind = 'clock'")).isEqualTo(1);
    }

    @Test
    void roles_decide_what_a_mutation_may_do() {
        HubClient auditor = TestHub.client().signIn(TestHub.newOfficer(office, Role.AUDITOR));
        HubClient officer = TestHub.client().signIn(TestHub.newOfficer(office, Role.OFFICER));

        List<MutationResult> byAuditor = auditor.push(List.of(
                mutation(1, MutationKind.NOTE_ADD, TestHub.kase(office, "RO-1"), 0, json("text", "x")),
                mutation(2, MutationKind.DECISION_RECORD, TestHub.kase(office, "RO-1"), 0, json("outcome", "UPHELD")),
                mutation(3, MutationKind.AUDIT_APPEND, "sign-in", 0, json("event", "SIGN_IN")))).results();
        List<MutationResult> byOfficer = officer.push(List.of(
                mutation(1, MutationKind.CONFLICT_RESOLVE, TestHub.kase(office, "RO-1"), 0, json("conflictId", java.util.UUID.randomUUID().toString())),
                mutation(2, MutationKind.APPROVAL_GIVE, TestHub.kase(office, "RO-1"), 0, json("decisionId", java.util.UUID.randomUUID().toString())))).results();

        assertThat(byAuditor).extracting(MutationResult::status)
                .containsExactly(MutationStatus.REJECTED, MutationStatus.REJECTED, MutationStatus.APPLIED);
        assertThat(byOfficer).extracting(MutationResult::status).containsOnly(MutationStatus.REJECTED);
        assertThat(byOfficer).extracting(MutationResult::reason).allMatch(r -> r.contains("supervisor"));
        assertThat(Rows.count("SELECT count(*) FROM case_fact WHERE case_no = 'RO-1'")).isZero();
        assertThat(Rows.count("SELECT count(*) FROM case_decision WHERE case_no = 'RO-1'")).isZero();
    }

    @Test
    void a_response_dropped_after_the_commit_is_answered_from_the_stored_result_on_retry() throws Exception {
        HubClient ws = TestHub.client().signIn(TestHub.newOfficer(office, Role.OFFICER));
        List<Mutation> batch = List.of(mutation(1, MutationKind.DECISION_RECORD,
                TestHub.caseInReview(office, "X-1", ws.username), 0, TestHub.decision("X-1", "UPHELD")));
        // A second instance on the same database speaking plain HTTP on loopback, so that the proxy can
        // tell the answer from the request (TLS would hide it).
        try (HubServer plain = HubServer.start(TestHub.embedded().config().withTls(null));
             DroppingProxy proxy = new DroppingProxy(plain.port())) {
            HubClient viaProxy = new HubClient(plain, "http://127.0.0.1:" + proxy.port());
            viaProxy.deviceId = ws.deviceId;
            viaProxy.token = ws.token;
            assertThatThrownBy(() -> viaProxy.push(batch)).isInstanceOf(RuntimeException.class);
        }
        assertThat(Rows.mutations(ws.deviceId)).isEqualTo(1);

        PushResponse retried = ws.push(batch);

        MutationResult result = retried.results().getFirst();
        assertThat(result.status()).isEqualTo(MutationStatus.DUPLICATE);
        assertThat(result.detail().get("stored").get("status").asText()).isEqualTo("APPLIED");
        assertThat(result.entityVersion()).as("the seeded case was version 1; the decision made it 2").isEqualTo(2);
        assertThat(Rows.count("SELECT count(*) FROM case_decision WHERE case_no = 'X-1'")).isEqualTo(1);
    }
}
