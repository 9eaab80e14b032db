package org.redress.hub;

import org.junit.jupiter.api.Test;
import org.redress.domain.access.Role;
import org.redress.sync.protocol.Mutation;
import org.redress.sync.protocol.MutationKind;
import org.redress.sync.protocol.MutationResult;
import org.redress.sync.protocol.MutationStatus;
import org.redress.sync.protocol.PushResponse;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.redress.hub.HubClient.json;
import static org.redress.hub.HubClient.mutation;

class TwoInstancesTest {

    @Test
    void one_batch_sent_concurrently_through_two_hub_instances_applies_each_mutation_once() throws Exception {
        String office = TestHub.newOffice();
        try (HubServer second = HubServer.start(TestHub.embedded().config())) {
            HubClient viaFirst = TestHub.client().signIn(TestHub.newOfficer(office, Role.OFFICER));
            HubClient viaSecond = new HubClient(second);
            viaSecond.deviceId = viaFirst.deviceId;
            viaSecond.token = viaFirst.token;
            List<Mutation> batch = new ArrayList<>();
            String[] cases = new String[7];
            for (int k = 0; k < 7; k++) {
                cases[k] = TestHub.caseInReview(office, "TWO-" + k, viaFirst.username);
            }
            for (int s = 1; s <= 120; s++) {
                batch.add(s % 3 == 0
                        ? mutation(s, MutationKind.DECISION_RECORD, cases[s % 7], 0, TestHub.decision("TWO-" + s % 7, "UPHELD"))
                        : mutation(s, MutationKind.NOTE_ADD, cases[s % 7], 0, json("text", "n" + s)));
            }

            var a = CompletableFuture.supplyAsync(() -> viaFirst.push(batch));
            var b = CompletableFuture.supplyAsync(() -> viaSecond.push(batch));
            PushResponse ra = a.get();
            PushResponse rb = b.get();

            for (int i = 0; i < batch.size(); i++) {
                MutationResult x = ra.results().get(i);
                MutationResult y = rb.results().get(i);
                assertThat(List.of(x.status(), y.status())).as("seq %d", i + 1).filteredOn(s -> s != MutationStatus.DUPLICATE).hasSize(1);
            }
            assertThat(ra.lastMutationSeq()).isEqualTo(120);
            assertThat(rb.lastMutationSeq()).isEqualTo(120);
            assertThat(Rows.mutations(viaFirst.deviceId)).isEqualTo(120);
            assertThat(Rows.count("SELECT count(*) FROM case_fact WHERE case_no LIKE 'TWO-%' AND office_code = ?", office)).isEqualTo(80);
            assertThat(Rows.count("SELECT count(*) FROM case_decision d JOIN hub_case c USING (case_no) WHERE c.office_code = ?", office))
                    .isEqualTo(40);
        }
    }
}
