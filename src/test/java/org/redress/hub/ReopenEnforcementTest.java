package org.redress.hub;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.redress.domain.access.Role;
import org.redress.domain.appeal.CaseStatus;
import org.redress.domain.appeal.ReasonCode;
import org.redress.sync.protocol.MutationKind;
import org.redress.sync.protocol.MutationResult;
import org.redress.sync.protocol.MutationStatus;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.redress.hub.HubClient.json;
import static org.redress.hub.HubClient.mutation;

/**
 * Reopening a decided case at the hub (issue 19, item 6), over raw HTTP with valid tokens: an
 * officer is refused (whether the action is named or only the new status), a supervisor without a
 * reason code is refused, a supervisor of another office never reaches the case, an open case is
 * not reopened; a supervisor of the office with a reason reopens it into review, and the change is
 * what workstations pull. The shared PostgreSQL of {@link TestHub}.
 */
class ReopenEnforcementTest {

    private static final Map<HubClient, AtomicLong> SEQ = new IdentityHashMap<>();
    private static String office;
    private static String alice;
    private static HubClient aliceWs;
    private static HubClient samWs;
    private static HubClient otherSupervisor;

    @BeforeAll
    static void office() {
        office = TestHub.newOffice();
        alice = TestHub.newOfficer(office, Role.OFFICER);
        aliceWs = TestHub.client().signIn(alice);
        samWs = TestHub.client().signIn(TestHub.newOfficer(office, Role.SUPERVISOR));
        String other = TestHub.newOffice();
        otherSupervisor = TestHub.client().signIn(TestHub.newOfficer(other, Role.SUPERVISOR));
    }

    @Test
    void an_officer_is_refused_and_only_a_supervisor_of_the_office_with_a_reason_reopens_a_decided_case() {
        String decided = seeded("RO-1", CaseStatus.LETTER_ISSUED);
        String open = seeded("RO-2", CaseStatus.IN_REVIEW);
        long changesBefore = Rows.changes(office);

        MutationResult byOfficer = send(aliceWs, decided, json("action", "REOPEN", "reopenReason", "NEW_EVIDENCE"));
        assertThat(byOfficer.status()).isEqualTo(MutationStatus.REJECTED);
        assertThat(byOfficer.code()).isEqualTo(ReasonCode.ONLY_SUPERVISOR_REOPENS.name());
        // Naming only the new status is the same move, refused the same way.
        MutationResult byStatus = send(aliceWs, decided, json("status", "IN_REVIEW"));
        assertThat(byStatus.code()).isEqualTo(ReasonCode.ONLY_SUPERVISOR_REOPENS.name());

        MutationResult noReason = send(samWs, decided, json("action", "REOPEN"));
        assertThat(noReason.code()).isEqualTo(ReasonCode.REOPEN_REASON_REQUIRED.name());
        MutationResult badReason = send(samWs, decided, json("action", "REOPEN", "reopenReason", "BORED"));
        assertThat(badReason.code()).isEqualTo(ReasonCode.REOPEN_REASON_REQUIRED.name());
        MutationResult notDecided = send(samWs, open, json("action", "REOPEN", "reopenReason", "ERROR_FOUND"));
        assertThat(notDecided.code()).isEqualTo(ReasonCode.NOT_DECIDED_TO_REOPEN.name());
        MutationResult otherOffice = send(otherSupervisor, decided, json("action", "REOPEN", "reopenReason", "ERROR_FOUND"));
        assertThat(otherOffice.status()).isEqualTo(MutationStatus.REJECTED);

        assertThat(status(decided)).isEqualTo("LETTER_ISSUED");
        assertThat(Rows.changes(office)).as("nothing replicated").isEqualTo(changesBefore);

        MutationResult reopened = send(samWs, decided, json("action", "REOPEN", "reopenReason", "ERROR_FOUND"));
        assertThat(reopened.status()).as(reopened.reason()).isEqualTo(MutationStatus.APPLIED);
        assertThat(status(decided)).isEqualTo("IN_REVIEW");
        assertThat(Rows.changes(office)).isGreaterThan(changesBefore);
        // Back in review with its assignee: the officer drafts the new decision, which the hub records.
        assertThat(Rows.text("SELECT assignee FROM hub_case WHERE case_id = ?::uuid", decided)).isEqualTo(alice);
    }

    private static String status(String kase) {
        return Rows.text("SELECT status FROM hub_case WHERE case_id = ?::uuid", kase);
    }

    private static MutationResult send(HubClient who, String kase, ObjectNode payload) {
        long version = Rows.count("SELECT coalesce(max(version), 0) FROM hub_case WHERE case_id = ?::uuid", kase);
        long seq = SEQ.computeIfAbsent(who, k -> new AtomicLong()).incrementAndGet();
        return who.push(List.of(mutation(seq, MutationKind.CASE_ACTION, kase, version, payload))).results().getFirst();
    }

    private static String seeded(String caseNo, CaseStatus status) {
        String unique = caseNo + "-" + UUID.randomUUID().toString().substring(0, 4);
        ObjectNode content = TestHub.content(UUID.randomUUID(), unique);
        content.put("status", status.name()).put("assignee", alice);
        return TestHub.seed(office, content);
    }
}
