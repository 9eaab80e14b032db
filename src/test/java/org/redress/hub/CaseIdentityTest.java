package org.redress.hub;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.redress.domain.access.Role;
import org.redress.domain.appeal.ProvisionalCaseNumber;
import org.redress.hub.http.HubJson;
import org.redress.sync.protocol.Change;
import org.redress.sync.protocol.Endpoints;
import org.redress.sync.protocol.LeaseRequest;
import org.redress.sync.protocol.LeaseResponse;
import org.redress.sync.protocol.MutationKind;
import org.redress.sync.protocol.MutationResult;
import org.redress.sync.protocol.MutationStatus;
import org.redress.sync.protocol.NumberLease;
import org.redress.sync.protocol.ReasonCodes;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.redress.hub.HubClient.json;
import static org.redress.hub.HubClient.mutation;

/**
 * G10 at the hub: cases exist by their own case.create, named by id; numbers come from the office
 * series (leased in blocks, or given in place of a provisional one); a number another case holds is
 * refused naming both, never merged; a mutation on a case the hub does not hold is refused.
 */
class CaseIdentityTest {

    private final String office = TestHub.newOffice();
    /** A prefix of this test's own, so its series start at 1 whatever else the shared hub holds. */
    private final String prefix = prefix();

    @Test
    void a_provisional_number_is_replaced_by_the_next_of_the_office_series_and_pulled_with_the_case() {
        HubClient ws = officer();
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();

        List<MutationResult> r = ws.push(List.of(
                mutation(1, MutationKind.CASE_CREATE, first.toString(), 0, newCase(first, provisional(first))),
                mutation(2, MutationKind.CASE_CREATE, second.toString(), 0, newCase(second, provisional(second))))).results();

        assertThat(r).extracting(MutationResult::status).containsOnly(MutationStatus.APPLIED);
        assertThat(r.get(0).detail().get("caseNo").asText()).isEqualTo(prefix + "-2026-000001");
        assertThat(r.get(1).detail().get("caseNo").asText()).isEqualTo(prefix + "-2026-000002");
        assertThat(r.get(0).detail().get("provisionalCaseNo").asText()).isEqualTo(provisional(first));
        Change created = ws.pull(null, 100).changes().getFirst();
        assertThat(created.entity()).isEqualTo("case");
        assertThat(created.entityId()).isEqualTo(first.toString());
        assertThat(created.payload().get("caseNo").asText()).isEqualTo(prefix + "-2026-000001");
        assertThat(created.payload().path("details").path("subject").path("identifier").asText()).isEqualTo("ID-" + first);
        assertThat(Rows.count("SELECT count(*) FROM hub_case WHERE case_no LIKE ?", prefix + "-2026-P-%")).isZero();
    }

    @Test
    void blocks_are_leased_to_one_device_each_and_a_lost_answer_is_sent_again_not_granted_twice() {
        HubClient a = officer();
        HubClient b = officer();

        NumberLease toA = lease(a, 0).getFirst();
        NumberLease toB = lease(b, 0).getFirst();
        NumberLease again = lease(a, 0).getFirst();
        NumberLease next = lease(a, toA.last()).getFirst();

        assertThat(toA).isEqualTo(new NumberLease("CASE", prefix, 2026, 1, 100));
        assertThat(toB).isEqualTo(new NumberLease("CASE", prefix, 2026, 101, 200));
        assertThat(again).as("the answer a device never received is sent again").isEqualTo(toA);
        assertThat(next).isEqualTo(new NumberLease("CASE", prefix, 2026, 201, 300));
        assertThat(Rows.count("SELECT count(*) FROM number_lease WHERE prefix = ?", prefix)).isEqualTo(3);
    }

    @Test
    void a_leased_number_is_the_cases_and_one_leased_elsewhere_or_never_is_refused() {
        HubClient a = officer();
        HubClient b = officer();
        lease(a, 0);
        UUID mine = UUID.randomUUID();
        UUID theirs = UUID.randomUUID();
        UUID invented = UUID.randomUUID();

        MutationResult ok = a.push(List.of(mutation(1, MutationKind.CASE_CREATE, mine.toString(), 0,
                newCase(mine, prefix + "-2026-000007")))).results().getFirst();
        List<MutationResult> refused = b.push(List.of(
                mutation(1, MutationKind.CASE_CREATE, theirs.toString(), 0, newCase(theirs, prefix + "-2026-000008")),
                mutation(2, MutationKind.CASE_CREATE, invented.toString(), 0, newCase(invented, prefix + "-2026-009999"))))
                .results();

        assertThat(ok.status()).isEqualTo(MutationStatus.APPLIED);
        assertThat(ok.detail().get("caseNo").asText()).isEqualTo(prefix + "-2026-000007");
        assertThat(refused).extracting(MutationResult::code).containsOnly(ReasonCodes.CASE_NUMBER_NOT_LEASED);
        assertThat(refused.get(0).reason()).contains("leased to another workstation");
        assertThat(refused.get(1).reason()).contains("never leased to this workstation");
        assertThat(Rows.count("SELECT count(*) FROM hub_case WHERE case_id IN (?, ?)", theirs, invented)).isZero();
    }

    @Test
    void a_forged_case_create_reusing_a_number_is_refused_naming_both_cases_and_nothing_is_merged() {
        HubClient honest = officer();
        HubClient forger = officer();
        lease(honest, 0);
        UUID original = UUID.randomUUID();
        honest.push(List.of(mutation(1, MutationKind.CASE_CREATE, original.toString(), 0,
                newCase(original, prefix + "-2026-000001"))));
        String number = prefix + "-2026-000001";
        long changes = Rows.changes(office);

        UUID forged = UUID.randomUUID();
        List<MutationResult> r = forger.push(List.of(
                mutation(1, MutationKind.CASE_CREATE, forged.toString(), 0, newCase(forged, number)),
                mutation(2, MutationKind.NOTE_ADD, forged.toString(), 0, json("text", "on the forged case", "caseNo", number))))
                .results();

        assertThat(r.get(0).status()).isEqualTo(MutationStatus.REJECTED);
        assertThat(r.get(0).code()).isEqualTo(ReasonCodes.CASE_NUMBER_TAKEN);
        assertThat(r.get(0).reason()).contains(number).contains(original.toString()).contains(forged.toString());
        assertThat(r.get(0).detail().get("heldBy").asText()).isEqualTo(original.toString());
        assertThat(r.get(1).code()).as("and what follows on the case never created").isEqualTo(ReasonCodes.CASE_UNKNOWN);
        assertThat(Rows.changes(office)).isEqualTo(changes);
        assertThat(Rows.count("SELECT count(*) FROM hub_case WHERE case_no = ?", number)).isEqualTo(1);
        assertThat(Rows.count("SELECT count(*) FROM case_fact f JOIN hub_case k USING (case_no) WHERE k.case_id = ?", original))
                .isZero();
    }

    @Test
    void a_mutation_on_a_case_the_hub_does_not_hold_is_refused_and_makes_no_case() {
        HubClient ws = officer();
        UUID unknown = UUID.randomUUID();

        List<MutationResult> r = ws.push(List.of(
                mutation(1, MutationKind.NOTE_ADD, unknown.toString(), 0, json("text", "x", "caseNo", "RD-2026-000401")),
                mutation(2, MutationKind.DECISION_RECORD, unknown.toString(), 0, json("outcome", "UPHELD")),
                mutation(3, MutationKind.CASE_ASSIGN, "RD-2026-000401", 0, json("assignee", "wang")))).results();

        assertThat(r).extracting(MutationResult::status).containsOnly(MutationStatus.REJECTED);
        assertThat(r).extracting(MutationResult::code).containsOnly(ReasonCodes.CASE_UNKNOWN);
        assertThat(r.get(0).reason()).contains(unknown.toString()).contains("RD-2026-000401");
        assertThat(Rows.count("SELECT count(*) FROM hub_case WHERE case_id = ?", unknown)).isZero();
        assertThat(Rows.count("SELECT count(*) FROM hub_case WHERE case_no = 'RD-2026-000401' AND office_code = ?", office)).isZero();
        assertThat(Rows.changes(office)).isZero();
    }

    @Test
    void a_second_creation_of_a_case_is_refused() {
        HubClient ws = officer();
        UUID id = UUID.randomUUID();

        List<MutationResult> r = ws.push(List.of(
                mutation(1, MutationKind.CASE_CREATE, id.toString(), 0, newCase(id, provisional(id))),
                mutation(2, MutationKind.CASE_CREATE, id.toString(), 0, newCase(id, provisional(id))))).results();

        assertThat(r.get(0).status()).isEqualTo(MutationStatus.APPLIED);
        assertThat(r.get(1).code()).isEqualTo(ReasonCodes.CASE_EXISTS);
        assertThat(Rows.count("SELECT count(*) FROM hub_case WHERE case_id = ?", id)).isEqualTo(1);
    }

    private HubClient officer() {
        return TestHub.client().signIn(TestHub.newOfficer(office, Role.OFFICER));
    }

    private List<NumberLease> lease(HubClient ws, long knownLast) {
        var r = ws.post(Endpoints.NUMBER_LEASES, HubJson.bytes(new LeaseRequest(ws.deviceId,
                List.of(new LeaseRequest.Want("CASE", prefix, 2026, knownLast, 0, 100)))), true);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return HubClient.read(r.body(), LeaseResponse.class).leases();
    }

    private String provisional(UUID id) {
        return ProvisionalCaseNumber.of(prefix, 2026, id, 8).toString();
    }

    private static String prefix() {
        StringBuilder b = new StringBuilder("Q");
        for (int i = 0; i < 6; i++) {
            b.append((char) ('A' + ThreadLocalRandom.current().nextInt(26)));
        }
        return b.toString();
    }

    /** A case.create payload numbered {@code caseNo} ("P" for a provisional RD number). */
    static ObjectNode newCase(UUID id, String caseNo) {
        ObjectNode p = TestHub.content(id, "P".equals(caseNo) ? ProvisionalCaseNumber.of("RD", 2026, id, 8).toString() : caseNo);
        p.with("subject").put("identifier", "ID-" + id);
        p.remove("caseId");
        return p;
    }
}
