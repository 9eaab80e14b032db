package org.redress.hub;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.redress.domain.access.Role;
import org.redress.hub.http.HubJson;
import org.redress.sync.protocol.Change;
import org.redress.sync.protocol.Endpoints;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class IntakeTest {

    private static final String ZHANG = "11010519491231002X";
    private static final String LEDGER = "reference,agency,subject_id,subject_name,scheme,rule,points,imposed_on\n"
            + "HB-1,RC-BANK," + ZHANG + ",张三,RONGCHENG_POINTS,RC-FIN-03,-20,2026-03-02\n"
            + "HB-2,RC-BANK," + ZHANG + ",张三,RONGCHENG_POINTS,NO-SUCH-RULE,-20,2026-03-02\n";
    private static final String APPEALS = "reference,agency,subject_id,subject_name,disputed,grounds,statement,received_on\n"
            + "HA-1,RC-BANK," + ZHANG + ",张三,HB-1,FACTS_WRONG,已还清,2026-09-30\n"
            + "HA-2,RC-BANK," + ZHANG + ",张三,HB-404,NOT_ME,不是我,2026-09-30\n";

    private final String office = TestHub.newOffice();

    @Test
    void a_feed_is_validated_by_the_import_rules_taken_once_by_reference_and_pulled_by_the_office() throws Exception {
        TestHub.server().accounts().addAgency("RC-BANK", "Rongcheng Rural Commercial Bank");
        HubClient supervisor = TestHub.client().signIn(TestHub.newOfficer(office, Role.SUPERVISOR));

        JsonNode ledger = post(supervisor, LEDGER);
        JsonNode appeals = post(supervisor, APPEALS);
        JsonNode again = post(supervisor, LEDGER);

        assertThat(ledger.get("taken").asInt()).isEqualTo(1);
        assertThat(ledger.get("refused").asInt()).isEqualTo(1);
        assertThat(ledger.get("problems").toString()).contains("rule");
        assertThat(appeals.get("taken").asInt()).isEqualTo(1);
        assertThat(appeals.get("refused").asInt()).isEqualTo(1);
        assertThat(again.get("taken").asInt()).isZero();
        assertThat(again.get("unchanged").asInt()).isEqualTo(1);
        assertThat(supervisor.pull(null, 100).changes()).extracting(Change::entity).containsExactly("ledger_event", "case");
        assertThat(Rows.count("SELECT count(*) FROM hub_case WHERE office_code = ? AND status = 'RECEIVED'", office)).isEqualTo(1);
    }

    @Test
    void a_csv_with_a_utf8_byte_order_mark_is_taken_as_spreadsheets_export_it() throws Exception {
        TestHub.server().accounts().addAgency("RC-BANK", "Rongcheng Rural Commercial Bank");
        HubClient supervisor = TestHub.client().signIn(TestHub.newOfficer(office, Role.SUPERVISOR));
        String reference = "HB-BOM-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        String feed = "\uFEFF" + LEDGER.substring(0, LEDGER.indexOf('\n') + 1)
                + reference + ",RC-BANK," + ZHANG + ",张三,RONGCHENG_POINTS,RC-FIN-03,-20,2026-03-02\n";

        JsonNode report = post(supervisor, feed);

        assertThat(report.toString()).doesNotContain("unknown column");
        assertThat(report.get("taken").asInt()).isEqualTo(1);
    }

    @Test
    void a_json_feed_is_taken_like_a_csv_one() {
        HubClient admin = TestHub.client().signIn(TestHub.newOfficer(office, Role.ADMINISTRATOR));
        String feed = """
                {"ledgerEvents": [
                   {"reference": "HJ-1", "agency": "RC-COURT", "subject_id": "%s", "subject_name": "张三",
                    "scheme": "RONGCHENG_POINTS", "rule": "RC-JUD-01", "points": -50, "imposed_on": "2026-06-01"}],
                 "appeals": [
                   {"reference": "HJA-1", "agency": "RC-COURT", "subject_id": "%s", "subject_name": "张三",
                    "disputed": ["HJ-1"], "grounds": ["PROCEDURE_NOT_FOLLOWED"], "statement": "No hearing was held.",
                    "received_on": "2026-11-02"}]}
                """.formatted(ZHANG, ZHANG);
        try {
            TestHub.server().accounts().addAgency("RC-COURT", "Rongcheng People's Court");
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }

        var r = admin.send(HttpRequest.newBuilder(URI.create(admin.base + Endpoints.INTAKE))
                .header("Authorization", "Bearer " + admin.token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(feed, StandardCharsets.UTF_8)).build());

        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode report = HubJson.tree(r.body());
        assertThat(report.get("taken").asInt()).as(r.body()).isEqualTo(2);
        assertThat(Rows.count("""
                SELECT count(*) FROM hub_case WHERE office_code = ? AND created_by = 'intake'
                  AND case_no ~ '^RD-2026-[0-9]{6}$'""", office))
                .as("numbered from the office's series for the year of receipt").isEqualTo(1);
    }

    @Test
    void an_officer_may_not_post_feeds() {
        HubClient officer = TestHub.client().signIn(TestHub.newOfficer(office, Role.OFFICER));

        var r = officer.post(Endpoints.INTAKE, LEDGER.getBytes(StandardCharsets.UTF_8), true);

        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(Rows.changes(office)).isZero();
    }

    @Test
    void an_appeal_before_its_deduction_or_on_an_entry_already_under_appeal_is_refused_as_the_importer_refuses_it() throws Exception {
        TestHub.server().accounts().addAgency("RC-BANK", "Rongcheng Rural Commercial Bank");
        HubClient supervisor = TestHub.client().signIn(TestHub.newOfficer(office, Role.SUPERVISOR));
        post(supervisor, "reference,agency,subject_id,subject_name,scheme,rule,points,imposed_on\n"
                + "HB-10,RC-BANK," + ZHANG + ",张三,RONGCHENG_POINTS,RC-FIN-03,-20,2026-03-02\n"
                + "HB-11,RC-BANK," + ZHANG + ",张三,RONGCHENG_POINTS,RC-FIN-03,-20,2026-10-05\n");

        JsonNode appeals = post(supervisor, "reference,agency,subject_id,subject_name,disputed,grounds,statement,received_on\n"
                + "HA-10,RC-BANK," + ZHANG + ",张三,HB-10,FACTS_WRONG,已还清,2026-09-30\n"
                + "HA-11,RC-BANK," + ZHANG + ",张三,HB-10,FACTS_WRONG,又一次,2026-10-01\n"
                + "HA-12,RC-BANK," + ZHANG + ",张三,HB-11,FACTS_WRONG,太早,2026-09-30\n");

        assertThat(appeals.get("taken").asInt()).isEqualTo(1);
        assertThat(appeals.get("refused").asInt()).isEqualTo(2);
        assertThat(appeals.get("problems").toString())
                .contains("ledger entry HB-10 is already disputed by open case")
                .contains("2026-09-30 is before 2026-10-05, when ledger entry HB-11");
        assertThat(Rows.count("SELECT count(*) FROM hub_case WHERE office_code = ?", office)).isEqualTo(1);
    }

    @Test
    void corrections_must_fit_their_target_and_a_reversed_entry_does_not_come_back_as_the_importer_refuses_them() throws Exception {
        TestHub.server().accounts().addAgency("RC-BANK", "Rongcheng Rural Commercial Bank");
        HubClient supervisor = TestHub.client().signIn(TestHub.newOfficer(office, Role.SUPERVISOR));
        String r = "LC-" + java.util.UUID.randomUUID().toString().substring(0, 6) + "-";
        String head = "reference,agency,subject_id,subject_name,scheme,rule,kind,points,imposed_on,target_reference\n";
        JsonNode first = post(supervisor, head
                + r + "D1,RC-BANK," + ZHANG + ",张三,RONGCHENG_POINTS,RC-FIN-03,DEDUCTION,-20,2026-03-02,\n");
        assertThat(first.get("taken").asInt()).as(first.toString()).isEqualTo(1);
        long changes = Rows.changes(office);

        JsonNode corrections = post(supervisor, head
                + r + "R1,RC-BANK," + ZHANG + ",张三,RONGCHENG_POINTS,RC-FIN-03,REVERSAL,10,2026-05-01," + r + "D1\n"
                + r + "R2,RC-BANK," + ZHANG + ",张三,RONGCHENG_POINTS,RC-FIN-03,REVERSAL,20,2026-02-01," + r + "D1\n"
                + r + "R3,RC-BANK," + ZHANG + ",张三,RONGCHENG_POINTS,RC-FIN-03,REVERSAL,20,2026-05-01," + r + "NOPE\n");

        assertThat(corrections.get("taken").asInt()).as(corrections.toString()).isZero();
        assertThat(corrections.get("refused").asInt()).isEqualTo(3);
        assertThat(corrections.get("problems").toString())
                .contains("a reversal restores exactly its target's points: entry " + r + "D1 has -20")
                .contains("2026-02-01 is before 2026-03-02, when entry " + r + "D1 it corrects was imposed")
                .contains("no entry " + r + "NOPE of agency RC-BANK at the hub");
        assertThat(Rows.changes(office)).as("nothing replicated").isEqualTo(changes);

        // The control: a reversal that fits is taken; a second one, and the entry re-sent under a new reference, are not.
        JsonNode reversed = post(supervisor, head
                + r + "R4,RC-BANK," + ZHANG + ",张三,RONGCHENG_POINTS,RC-FIN-03,REVERSAL,20,2026-05-01," + r + "D1\n"
                + r + "R5,RC-BANK," + ZHANG + ",张三,RONGCHENG_POINTS,RC-FIN-03,REVERSAL,20,2026-05-02," + r + "D1\n"
                + r + "D2,RC-BANK," + ZHANG + ",张三,RONGCHENG_POINTS,RC-FIN-03,DEDUCTION,-20,2026-03-10,\n");
        assertThat(reversed.get("taken").asInt()).as(reversed.toString()).isEqualTo(1);
        assertThat(reversed.get("problems").toString())
                .contains("entry " + r + "D1 was already reversed by " + r + "R4 at the hub")
                .contains("incoming entry " + r + "D2 re-imposes (RC-BANK " + r + "D1, rule RC-FIN-03, imposed 2026-03-02), "
                        + "reversed by decision correction " + r + "R4");
        assertThat(Rows.count("SELECT count(*) FROM intake_record WHERE reference LIKE ?", "RC-BANK/" + r + "%")).isEqualTo(2);
    }

    @Test
    void an_entry_a_decision_of_the_office_reversed_is_not_imposed_again_through_intake() throws Exception {
        TestHub.server().accounts().addAgency("RC-COURT", "Rongcheng People's Court");
        TestHub.server().accounts().setFourEyesSampleRate(office, 0.0);
        String officer = TestHub.newOfficer(office, Role.OFFICER);
        HubClient ws = TestHub.client().signIn(officer);
        HubClient supervisor = TestHub.client().signIn(TestHub.newOfficer(office, Role.SUPERVISOR));
        String caseNo = "GD-" + java.util.UUID.randomUUID().toString().substring(0, 6);
        var content = TestHub.content(java.util.UUID.randomUUID(), caseNo);
        ((com.fasterxml.jackson.databind.node.ObjectNode) content.get("subject")).put("identifier", ZHANG);
        content.put("status", "IN_REVIEW").put("assignee", officer);
        String kase = TestHub.seed(office, content);
        var results = ws.push(java.util.List.of(
                HubClient.mutation(1, org.redress.sync.protocol.MutationKind.DECISION_RECORD, kase, 1,
                        TestHub.decision(caseNo, "REVERSED")),
                HubClient.mutation(2, org.redress.sync.protocol.MutationKind.CASE_ACTION, kase, 2,
                        HubClient.json("action", "DECIDE")))).results();
        assertThat(results).extracting(org.redress.sync.protocol.MutationResult::status)
                .containsOnly(org.redress.sync.protocol.MutationStatus.APPLIED);
        String head = "reference,agency,subject_id,subject_name,scheme,rule,points,imposed_on\n";

        JsonNode again = post(supervisor, head + "T-" + caseNo + "-AGAIN,RC-COURT," + ZHANG
                + ",张三,RONGCHENG_POINTS,RC-FIN-03,-20,2026-03-05\n"
                + "T-" + caseNo + "-OTHER,RC-COURT," + ZHANG + ",张三,RONGCHENG_POINTS,RC-FIN-03,-20,2026-08-20\n");

        assertThat(again.get("taken").asInt()).as(again.toString()).isEqualTo(1);
        assertThat(again.get("refused").asInt()).isEqualTo(1);
        assertThat(again.get("problems").toString()).contains("incoming entry T-" + caseNo + "-AGAIN re-imposes (RC-COURT T-"
                + caseNo + ", rule RC-FIN-03, imposed 2026-03-02)").contains("reversed by decision " + results.getFirst().id());
        assertThat(Rows.count("SELECT count(*) FROM intake_record WHERE reference = ?", "RC-COURT/T-" + caseNo + "-AGAIN")).isZero();
    }

    private static JsonNode post(HubClient c, String csv) {
        var r = c.send(HttpRequest.newBuilder(URI.create(c.base + Endpoints.INTAKE))
                .header("Authorization", "Bearer " + c.token).header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString(csv, StandardCharsets.UTF_8)).build());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return HubJson.tree(r.body());
    }
}
