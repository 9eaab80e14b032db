package org.redress.hub;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.redress.domain.access.Role;
import org.redress.hub.http.HubJson;
import org.redress.sync.protocol.Endpoints;
import org.redress.sync.protocol.MutationKind;
import org.redress.sync.protocol.MutationResult;
import org.redress.sync.protocol.MutationStatus;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.redress.hub.HubClient.json;
import static org.redress.hub.HubClient.mutation;

class ConflictTest {

    private final String office = TestHub.newOffice();

    @Test
    void three_workstations_deciding_one_case_offline_make_one_conflict_holding_all_three_decisions() {
        List<MutationResult> results = decideOffline("K-3", "UPHELD", "REVERSED", "REFERRED_BACK");

        assertThat(results).extracting(MutationResult::status).containsExactly(
                MutationStatus.APPLIED, MutationStatus.CONFLICT_RECORDED, MutationStatus.CONFLICT_RECORDED);
        assertThat(Rows.count("SELECT count(*) FROM decision_conflict WHERE case_no = 'K-3'")).isEqualTo(1);
        assertThat(Rows.count("""
                SELECT count(*) FROM conflict_decision cd JOIN decision_conflict k ON k.id = cd.conflict_id
                WHERE k.case_no = 'K-3'""")).isEqualTo(3);
        assertThat(Rows.count("SELECT count(*) FROM case_decision WHERE case_no = 'K-3' AND state = 'CONFLICTED'")).isEqualTo(3);
        JsonNode queue = queue(TestHub.client().signIn(TestHub.newOfficer(office, Role.SUPERVISOR)));
        JsonNode conflict = conflictOf(queue, "K-3");
        assertThat(conflict.get("decisions")).hasSize(3);
        assertThat(results.get(2).detail().get("decisionIds")).hasSize(3);
    }

    @Test
    void a_resolution_naming_fewer_decisions_than_the_conflict_holds_is_refused_and_one_naming_all_closes_it() {
        decideOffline("K-R", "UPHELD", "REVERSED", "UPHELD");
        HubClient supervisor = TestHub.client().signIn(TestHub.newOfficer(office, Role.SUPERVISOR));
        JsonNode conflict = conflictOf(queue(supervisor), "K-R");
        JsonNode decisions = conflict.get("decisions");

        ObjectNode tooFew = json("conflictId", conflict.get("id").asText(), "chosenDecisionId", decisions.get(0).get("id").asText());
        tooFew.putArray("seenDecisionIds").add(decisions.get(0).get("id").asText()).add(decisions.get(1).get("id").asText());
        ObjectNode all = tooFew.deepCopy();
        all.withArray("seenDecisionIds").add(decisions.get(2).get("id").asText());
        long version = conflict.get("conflictVersion").asLong();
        List<MutationResult> r = supervisor.push(List.of(
                mutation(1, MutationKind.CONFLICT_RESOLVE, conflict.get("id").asText(), version, tooFew),
                mutation(2, MutationKind.CONFLICT_RESOLVE, conflict.get("id").asText(), version, all))).results();

        assertThat(r).extracting(MutationResult::status).containsExactly(MutationStatus.REJECTED, MutationStatus.APPLIED);
        assertThat(r.get(0).reason()).contains("does not name");
        assertThat(Rows.count("SELECT count(*) FROM decision_conflict WHERE case_no = 'K-R' AND status = 'OPEN'")).isZero();
        assertThat(Rows.count("SELECT count(*) FROM case_decision WHERE case_no = 'K-R' AND state = 'ACTIVE'")).isEqualTo(1);
        assertThat(Rows.count("SELECT count(*) FROM hub_case WHERE case_no = 'K-R' AND decision_conflict")).isZero();
        assertThat(conflictOf(queue(supervisor), "K-R")).isNull();
    }

    @Test
    void a_decision_made_after_seeing_the_others_applies_without_conflict() {
        // The assignee drafts on one workstation, then again on another after seeing the first draft.
        String assignee = TestHub.newOfficer(office, Role.OFFICER);
        HubClient a = TestHub.client().signIn(assignee);
        HubClient b = TestHub.client().signIn(assignee);
        String kase = TestHub.caseInReview(office, "K-S", assignee);
        long v = a.push(List.of(mutation(1, MutationKind.DECISION_RECORD, kase, 0, TestHub.decision("K-S", "UPHELD"))))
                .results().getFirst().entityVersion();

        MutationResult r = b.push(List.of(mutation(1, MutationKind.DECISION_RECORD, kase, v, TestHub.decision("K-S", "REVERSED"))))
                .results().getFirst();

        assertThat(r.status()).isEqualTo(MutationStatus.APPLIED);
        assertThat(Rows.count("SELECT count(*) FROM case_decision WHERE case_no = 'K-S' AND state = 'SUPERSEDED'")).isEqualTo(1);
    }

    @Test
    void an_assignment_over_one_the_officer_had_not_seen_keeps_the_hubs_value_and_records_both() {
        HubClient a = TestHub.client().signIn(TestHub.newOfficer(office, Role.SUPERVISOR));
        HubClient b = TestHub.client().signIn(TestHub.newOfficer(office, Role.SUPERVISOR));
        String wang = TestHub.newOfficer(office, Role.OFFICER);
        String li = TestHub.newOfficer(office, Role.OFFICER);
        a.push(List.of(mutation(1, MutationKind.CASE_ASSIGN, TestHub.kase(office, "K-A"), 0, json("assignee", wang))));

        // b saw the case unassigned (version 0): at the hub it is a reassignment over one b never saw.
        MutationResult r = b.push(List.of(mutation(1, MutationKind.CASE_ASSIGN, TestHub.kase(office, "K-A"), 0, json("assignee", li))))
                .results().getFirst();

        assertThat(r.status()).isEqualTo(MutationStatus.CONFLICT_RECORDED);
        assertThat(Rows.count("SELECT count(*) FROM hub_case WHERE case_no = 'K-A' AND assignee = ?", wang)).isEqualTo(1);
        assertThat(Rows.count("""
                SELECT count(*) FROM field_conflict WHERE case_no = 'K-A' AND hub_value = ? AND proposed_value = ?""", wang, li))
                .isEqualTo(1);
    }

    @Test
    void one_workstations_own_offline_changes_in_a_row_are_not_a_conflict_with_themselves() {
        // Offline, the officer takes the case and starts its review: both changes saw version 0.
        String officer = TestHub.newOfficer(office, Role.OFFICER);
        HubClient ws = TestHub.client().signIn(officer);
        String kase = TestHub.kase(office, "K-OWN");
        List<MutationResult> r = ws.push(List.of(
                mutation(1, MutationKind.CASE_ASSIGN, kase, 0, json("assignee", officer)),
                mutation(2, MutationKind.CASE_ACTION, kase, 0, json("action", "START_REVIEW")))).results();

        assertThat(r).extracting(MutationResult::status).containsExactly(MutationStatus.APPLIED, MutationStatus.APPLIED);
        assertThat(Rows.count("SELECT count(*) FROM hub_case WHERE case_no = 'K-OWN' AND status = 'IN_REVIEW'")).isEqualTo(1);
        assertThat(Rows.count("SELECT count(*) FROM field_conflict WHERE case_no = 'K-OWN'")).isZero();

        // Another workstation that also saw version 0 did not see those changes: still a conflict.
        HubClient other = TestHub.client().signIn(TestHub.newOfficer(office, Role.SUPERVISOR));
        MutationResult late = other.push(List.of(mutation(1, MutationKind.CASE_ASSIGN, kase, 0,
                json("assignee", TestHub.newOfficer(office, Role.OFFICER))))).results().getFirst();
        assertThat(late.status()).isEqualTo(MutationStatus.CONFLICT_RECORDED);
    }

    @Test
    void an_assignment_carries_the_status_it_moved_the_case_to() {
        String wang = TestHub.newOfficer(office, Role.OFFICER);
        HubClient a = TestHub.client().signIn(wang);
        // The status the payload claims is not taken; the state machine's (RECEIVED -> ASSIGNED) is.
        a.push(List.of(mutation(1, MutationKind.CASE_ASSIGN, TestHub.kase(office, "K-AS"), 0, json("assignee", wang, "status", "DECIDED"))));

        assertThat(Rows.count("SELECT count(*) FROM hub_case WHERE case_no = 'K-AS' AND assignee = ? AND status = 'ASSIGNED'", wang))
                .isEqualTo(1);
    }

    @Test
    void only_supervisors_see_the_conflict_queue_and_only_their_own_office() {
        HubClient officer = TestHub.client().signIn(TestHub.newOfficer(office, Role.OFFICER));
        HubClient supervisor = TestHub.client().signIn(TestHub.newOfficer(office, Role.SUPERVISOR));

        assertThat(officer.get(Endpoints.CONFLICTS).statusCode()).isEqualTo(403);
        assertThat(supervisor.get(Endpoints.CONFLICTS + "?office=ELSEWHERE").statusCode()).isEqualTo(403);
    }

    private List<MutationResult> decideOffline(String caseNo, String... outcomes) {
        // Only the assignee drafts (the hub's gate): one officer on three workstations, each offline.
        List<MutationResult> results = new java.util.ArrayList<>();
        String assignee = TestHub.newOfficer(office, Role.OFFICER);
        String kase = TestHub.caseInReview(office, caseNo, assignee);
        for (String outcome : outcomes) {
            HubClient ws = TestHub.client().signIn(assignee);
            results.add(ws.push(List.of(mutation(1, MutationKind.DECISION_RECORD, kase, 0,
                    TestHub.decision(caseNo, outcome))))
                    .results().getFirst());
        }
        return results;
    }

    private static JsonNode queue(HubClient supervisor) {
        var r = supervisor.get(Endpoints.CONFLICTS);
        assertThat(r.statusCode()).isEqualTo(200);
        return HubJson.tree(r.body());
    }

    private static JsonNode conflictOf(JsonNode queue, String caseNo) {
        for (JsonNode c : queue.get("conflicts")) {
            if (c.get("caseNo").asText().equals(caseNo)) {
                return c;
            }
        }
        return null;
    }
}
