package org.redress.hub;

import org.junit.jupiter.api.Test;
import org.redress.domain.access.Role;
import org.redress.sync.protocol.Change;
import org.redress.sync.protocol.MutationKind;
import org.redress.sync.protocol.MutationStatus;
import org.redress.sync.protocol.PullResponse;
import org.redress.sync.protocol.PushResponse;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.redress.hub.HubClient.json;
import static org.redress.hub.HubClient.mutation;

class HubFlowTest {

    @Test
    void health_reports_the_database_reachable_and_the_epoch() {
        var r = TestHub.client().get("/health");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("\"database\":\"reachable\"").contains("\"epoch\"");
    }

    @Test
    void a_note_pushed_by_one_officer_is_pulled_by_another_of_the_same_office() {
        String office = TestHub.newOffice();
        HubClient alice = TestHub.client().signIn(TestHub.newOfficer(office, Role.OFFICER));
        HubClient bob = TestHub.client().signIn(TestHub.newOfficer(office, Role.OFFICER));

        PushResponse pushed = alice.push(List.of(
                mutation(1, MutationKind.NOTE_ADD, "C-1", 0, json("text", "called the applicant")),
                mutation(2, MutationKind.CASE_ASSIGN, "C-1", 0, json("assignee", "alice"))));

        assertThat(pushed.gap()).isFalse();
        assertThat(pushed.lastMutationSeq()).isEqualTo(2);
        assertThat(pushed.results()).extracting(r -> r.status()).containsExactly(MutationStatus.APPLIED, MutationStatus.APPLIED);
        PullResponse page = bob.pull(null, 100);
        assertThat(page.changes()).extracting(Change::entity).containsExactly("note", "case");
        assertThat(page.lastMutationSeq()).isZero();
        assertThat(alice.pull(null, 100).lastMutationSeq()).isEqualTo(2);
    }
}
