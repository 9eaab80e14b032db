package org.redress.hub;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.redress.catalog.CalendarCatalog;
import org.redress.domain.access.Role;
import org.redress.hub.agency.AgencyNotices;
import org.redress.hub.agency.AgencyRoutes;
import org.redress.hub.agency.AgencyTokens;
import org.redress.hub.http.HubJson;
import org.redress.sync.protocol.Mutation;
import org.redress.sync.protocol.MutationKind;
import org.redress.sync.protocol.MutationResult;
import org.redress.sync.protocol.MutationStatus;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.redress.hub.HubClient.json;
import static org.redress.hub.HubClient.mutation;

/**
 * Back to the agency (issue 19, item 5) at a real hub over the shared PostgreSQL: the issuing
 * agency, with its own API token, reads an "under appeal" notice for the disputed entry; once the
 * case is decided, an outcome notice with the decision record and the day to correct its records by
 * — five working days after 30 September 2026, across National Day and its make-up Saturday, is
 * 13 October — which is overdue the day after if unacknowledged; an acknowledgement arriving twice
 * is answered the same and changes nothing; officers' and agencies' tokens open only their own doors.
 */
class AgencyNoticeTest {

    private static final Map<HubClient, AtomicLong> SEQ = new IdentityHashMap<>();
    private static String office;
    private static String agency;
    private static HubClient aliceWs;
    private static HubClient samWs;
    private static HubClient agencyApi;
    private static HubClient otherAgencyApi;

    @BeforeAll
    static void office() throws Exception {
        office = TestHub.newOffice();
        String alice = TestHub.newOfficer(office, Role.OFFICER);
        aliceWs = TestHub.client().signIn(alice);
        samWs = TestHub.client().signIn(TestHub.newOfficer(office, Role.SUPERVISOR));
        agency = "AG-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String other = agency + "-X";
        TestHub.server().accounts().addAgency(agency, "Test court " + agency);
        TestHub.server().accounts().addAgency(other, "Another agency");
        agencyApi = TestHub.client();
        agencyApi.token = AgencyTokens.create(TestHub.server().database(), agency);
        otherAgencyApi = TestHub.client();
        otherAgencyApi.token = AgencyTokens.create(TestHub.server().database(), other);
    }

    @Test
    void the_agency_is_told_of_the_appeal_and_the_outcome_and_its_acknowledgement_counts_once() throws Exception {
        String caseNo = "AN-" + UUID.randomUUID().toString().substring(0, 6);
        ObjectNode content = TestHub.content(UUID.randomUUID(), caseNo);
        ((ObjectNode) content.withArray("deductions").get(0)).put("agencyCode", agency);
        content.put("status", "IN_REVIEW").put("assignee", Rows.text(
                "SELECT username FROM officer WHERE office_code = ? AND role = 'OFFICER'", office));
        String kase = TestHub.seed(office, content);

        List<JsonNode> first = new java.util.ArrayList<>();
        notices(agencyApi).forEach(n -> {
            if (n.path("caseNo").asText().equals(caseNo)) {
                first.add(n);
            }
        });
        assertThat(first).singleElement().satisfies(n -> {
            assertThat(n.path("kind").asText()).isEqualTo("UNDER_APPEAL");
            assertThat(n.path("caseNo").asText()).isEqualTo(caseNo);
            assertThat(n.path("reference").asText()).isEqualTo("T-" + caseNo);
            assertThat(n.path("record").toString()).doesNotContain("Test " + caseNo);  // no subject's name
        });
        assertThat(notices(otherAgencyApi)).isEmpty();  // the other agency's batch test makes none of its own

        // Decided: the draft, then deciding alone or through a supervisor's approval, as four eyes say.
        ObjectNode decision = TestHub.decision(caseNo, "REVERSED");
        ((ObjectNode) decision.withArray("outcomes").get(0)).put("agencyCode", agency).put("remedy", "Delete the entry.");
        Mutation drafted = next(aliceWs, MutationKind.DECISION_RECORD, kase, decision);
        assertThat(aliceWs.push(List.of(drafted)).results().getFirst().status()).isEqualTo(MutationStatus.APPLIED);
        MutationResult alone = send(aliceWs, MutationKind.CASE_ACTION, kase, json("action", "DECIDE"));
        if (alone.status() != MutationStatus.APPLIED) {
            assertThat(send(aliceWs, MutationKind.CASE_ACTION, kase, json("action", "SUBMIT_FOR_APPROVAL")).status())
                    .isEqualTo(MutationStatus.APPLIED);
            ObjectNode approval = json("decisionId", drafted.id().toString());
            approval.put("approved", true);
            assertThat(send(samWs, MutationKind.APPROVAL_GIVE, kase, approval).status()).isEqualTo(MutationStatus.APPLIED);
        }
        assertThat(Rows.text("SELECT status FROM hub_case WHERE case_id = ?::uuid", kase)).isEqualTo("DECIDED");

        // The office gives its agencies 5 working days; the hub recorded the decision on 30 September
        // (moved there in the database: the test runs on another day). Counted from that day however
        // late the agency reads.
        TestHub.server().database().inTransaction(c -> {
            try (var ps = c.prepareStatement("UPDATE case_decision SET recorded_at = '2026-09-30 10:00+08' WHERE id = ?")) {
                ps.setObject(1, drafted.id());
                ps.executeUpdate();
            }
            // Had the hub's timer swept in the instant between the decision and this update, its notice
            // would carry today's date: start from none.
            try (var ps = c.prepareStatement("DELETE FROM agency_notice WHERE case_no = ? AND kind = 'OUTCOME'")) {
                ps.setString(1, caseNo);
                ps.executeUpdate();
            }
            return null;
        });
        TestHub.server().accounts().setCorrectWithin(office, 5);
        assertThatThrownBy(() -> TestHub.server().accounts().setCorrectWithin(office, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1 to 60");
        assertThatThrownBy(() -> TestHub.server().accounts().setCorrectWithin("NO-SUCH-OFFICE", 5))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no office");
        try (Connection c = TestHub.server().database().connection()) {
            AgencyNotices.sweep(c, CalendarCatalog.fromClasspath());
        }
        JsonNode outcome = null;
        for (JsonNode n : notices(agencyApi)) {
            if (n.path("kind").asText().equals("OUTCOME")) {
                outcome = n;
            }
        }
        assertThat(outcome).isNotNull();
        assertThat(outcome.path("decisionId").asText()).isEqualTo(drafted.id().toString());
        assertThat(outcome.path("decidedOn").asText()).isEqualTo("2026-09-30");
        // 1-7 October National Day; 8, 9, Saturday 10 (make-up), 12, 13.
        assertThat(outcome.path("correctBy").asText()).isEqualTo("2026-10-13");
        JsonNode record = outcome.path("record");
        assertThat(record.path("outcome").asText()).isEqualTo("REVERSED");
        assertThat(record.path("remedy").asText()).isEqualTo("Delete the entry.");
        assertThat(record.path("reasons").asText()).isEqualTo("Reasons for " + caseNo);
        assertThat(record.path("legalBasis").asText()).isEqualTo("Article 28");
        UUID id = UUID.fromString(outcome.path("id").asText());

        try (Connection c = TestHub.server().database().connection()) {
            assertThat(AgencyNotices.overdue(c, office, LocalDate.of(2026, 10, 13))).isEmpty();
            assertThat(AgencyNotices.overdue(c, office, LocalDate.of(2026, 10, 14)))
                    .singleElement().satisfies(o -> assertThat(o.id()).isEqualTo(id));
        }

        // Another agency cannot acknowledge it; the agency's acknowledgement, sent twice, counts once.
        assertThat(acknowledge(otherAgencyApi, id).statusCode()).isEqualTo(404);
        HttpResponse<String> once = acknowledge(agencyApi, id);
        HttpResponse<String> twice = acknowledge(agencyApi, id);
        assertThat(once.statusCode()).isEqualTo(200);
        assertThat(twice.statusCode()).isEqualTo(200);
        JsonNode a = HubJson.tree(once.body());
        JsonNode b = HubJson.tree(twice.body());
        assertThat(a.path("first").asBoolean()).isTrue();
        assertThat(b.path("first").asBoolean()).isFalse();
        assertThat(b.path("acknowledgedAt").asText()).isEqualTo(a.path("acknowledgedAt").asText());
        assertThat(Rows.count("SELECT count(*) FROM agency_notice WHERE id = ?::uuid AND acknowledged_via = 'API'",
                id.toString())).isEqualTo(1);
        try (Connection c = TestHub.server().database().connection()) {
            assertThat(AgencyNotices.overdue(c, office, LocalDate.of(2026, 10, 14))).isEmpty();
        }
    }

    @Test
    void officers_tokens_do_not_open_the_agency_endpoints_nor_agency_tokens_the_officers() {
        assertThat(aliceWs.get(AgencyRoutes.NOTICES).statusCode()).isEqualTo(401);
        assertThat(agencyApi.get("/v1/sync/pull?cursor=&limit=1").statusCode()).isEqualTo(401);
        HubClient nobody = TestHub.client();
        nobody.token = "agency_not-a-token";
        assertThat(nobody.get(AgencyRoutes.NOTICES).statusCode()).isEqualTo(401);
    }

    @Test
    void an_agency_without_an_api_acknowledges_in_a_signed_batch_checked_against_its_registered_key() throws Exception {
        String caseNo = "AB-" + UUID.randomUUID().toString().substring(0, 6);
        ObjectNode content = TestHub.content(UUID.randomUUID(), caseNo);
        ((ObjectNode) content.withArray("deductions").get(0)).put("agencyCode", agency).put("reference", "B-" + caseNo);
        TestHub.seed(office, content);
        String id = null;
        for (JsonNode n : notices(agencyApi)) {
            if (n.path("reference").asText().equals("B-" + caseNo)) {
                id = n.path("id").asText();
            }
        }
        assertThat(id).isNotNull();
        var db = TestHub.server().database();
        var keys = java.security.KeyPairGenerator.getInstance("Ed25519");
        var mine = keys.generateKeyPair();
        var stranger = keys.generateKeyPair();
        String unknown = UUID.randomUUID().toString();
        byte[] csv = ("notice_id\n" + id + "\n" + id + "\n" + unknown + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);

        assertThatRefused(() -> org.redress.hub.agency.AgencyBatches.apply(db, agency, csv, sign(mine, csv)))
                .contains("no registered key");
        org.redress.hub.agency.AgencyBatches.registerKey(db, agency, mine.getPublic().getEncoded());
        assertThatRefused(() -> org.redress.hub.agency.AgencyBatches.apply(db, agency, csv, sign(stranger, csv)))
                .contains("nothing was acknowledged");
        byte[] tampered = csv.clone();
        tampered[tampered.length - 2] ^= 1;
        assertThatRefused(() -> org.redress.hub.agency.AgencyBatches.apply(db, agency, tampered, sign(mine, csv)))
                .contains("signature");
        assertThat(Rows.count("SELECT count(*) FROM agency_notice WHERE id = ?::uuid AND acknowledged_at IS NULL", id))
                .isEqualTo(1);

        var report = org.redress.hub.agency.AgencyBatches.apply(db, agency, csv, sign(mine, csv));
        assertThat(report.acknowledged()).isEqualTo(1);
        assertThat(report.unknown()).containsExactly(unknown);
        byte[] json = ("{\"acknowledgements\": [{\"noticeId\": \"" + id + "\"}]}").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        var again = org.redress.hub.agency.AgencyBatches.apply(db, agency, json, sign(mine, json));
        assertThat(again.acknowledged()).isZero();
        assertThat(again.already()).isEqualTo(1);
        assertThat(Rows.text("SELECT acknowledged_via FROM agency_notice WHERE id = ?::uuid", id)).isEqualTo("BATCH");
    }

    private interface Batch {
        Object run() throws Exception;
    }

    private static org.assertj.core.api.AbstractStringAssert<?> assertThatRefused(Batch batch) {
        try {
            batch.run();
        } catch (org.redress.hub.agency.AgencyBatches.Refused e) {
            return assertThat(e.getMessage());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        throw new AssertionError("the batch was taken");
    }

    private static byte[] sign(java.security.KeyPair pair, byte[] bytes) throws Exception {
        var s = java.security.Signature.getInstance("Ed25519");
        s.initSign(pair.getPrivate());
        s.update(bytes);
        return s.sign();
    }

    private static JsonNode notices(HubClient api) {
        HttpResponse<String> r = api.get(AgencyRoutes.NOTICES);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return HubJson.tree(r.body());
    }

    private static HttpResponse<String> acknowledge(HubClient api, UUID id) {
        return api.post(AgencyRoutes.NOTICES + "/" + id + "/acknowledge", new byte[0], true);
    }

    private static Mutation next(HubClient who, String kind, String kase, ObjectNode payload) {
        long version = Rows.count("SELECT coalesce(max(version), 0) FROM hub_case WHERE case_id = ?::uuid", kase);
        return mutation(SEQ.computeIfAbsent(who, k -> new AtomicLong()).incrementAndGet(), kind, kase, version, payload);
    }

    private static MutationResult send(HubClient who, String kind, String kase, ObjectNode payload) {
        return who.push(List.of(next(who, kind, kase, payload))).results().getFirst();
    }
}
