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
        String aliceName = TestHub.newOfficer(office, Role.OFFICER);
        HubClient alice = TestHub.client().signIn(aliceName);
        HubClient bob = TestHub.client().signIn(TestHub.newOfficer(office, Role.OFFICER));

        java.util.UUID caseId = java.util.UUID.randomUUID();
        PushResponse pushed = alice.push(List.of(
                mutation(1, MutationKind.CASE_CREATE, caseId.toString(), 0, CaseIdentityTest.newCase(caseId, "P")),
                mutation(2, MutationKind.NOTE_ADD, caseId.toString(), 0, json("text", "called the applicant")),
                mutation(3, MutationKind.CASE_ASSIGN, caseId.toString(), 0, json("assignee", aliceName))));

        assertThat(pushed.gap()).isFalse();
        assertThat(pushed.lastMutationSeq()).isEqualTo(3);
        assertThat(pushed.results()).extracting(r -> r.status())
                .containsExactly(MutationStatus.APPLIED, MutationStatus.APPLIED, MutationStatus.APPLIED);
        PullResponse page = bob.pull(null, 100);
        assertThat(page.changes()).extracting(Change::entity).containsExactly("case", "note", "case");
        assertThat(page.changes().getFirst().payload().path("details").path("subject").path("name").asText())
                .as("the creation carries what other workstations need to hold the case").isNotEmpty();
        assertThat(page.lastMutationSeq()).isZero();
        assertThat(alice.pull(null, 100).lastMutationSeq()).isEqualTo(3);
    }
}
