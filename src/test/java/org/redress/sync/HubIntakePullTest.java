package org.redress.sync;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.redress.sync.protocol.Endpoints;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** A case an agency filed at the hub arrives on every workstation of the office as a new case, with its deadlines. */
class HubIntakePullTest {

    private static final String ZHANG = "11010519491231002X";
    private static SyncTestbed bed;

    @BeforeAll
    static void start() throws Exception {
        bed = SyncTestbed.shared();
        bed.hub.accounts().addAgency("RC-RCB", "Shandong Rongcheng Rural Commercial Bank");
    }

    @Test
    void a_case_taken_in_by_the_hub_is_created_on_the_workstation_under_the_hubs_case_number() throws Exception {
        var supervisor = bed.station("chen.jing");
        var officer = bed.station("wang.fang");
        assertThat(officer.sync().error()).as("what other tests left on the hub, pulled first").isNull();
        String tag = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        post(supervisor, "reference,agency,subject_id,subject_name,scheme,rule,points,imposed_on\n"
                + "HB-" + tag + ",RC-RCB," + ZHANG + ",张三,RONGCHENG_POINTS,RC-FIN-03,-20,2026-03-02\n");
        post(supervisor, "reference,agency,subject_id,subject_name,disputed,grounds,statement,received_on\n"
                + "HA-" + tag + ",RC-RCB," + ZHANG + ",张三,HB-" + tag + ",FACTS_WRONG,已还清,2026-09-30\n");

        SyncReport report = officer.sync();
        SyncReport again = officer.sync();

        assertThat(report.error()).isNull();
        assertThat(report.applied()).containsEntry("case", 1).containsEntry("ledger_event", 1);
        assertThat(again.applied()).isEmpty();
        String row = officer.database().read(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT a.case_no || '|' || a.channel || '|' || a.status || '|' || ifnull(a.deadline_on, '') || '|'
                           || a.server_version || '|' || l.reference
                    FROM appeal_intake i JOIN appeal_case a ON a.id = i.case_id
                    JOIN case_deduction d ON d.case_id = a.id JOIN ledger_event l ON l.id = d.ledger_event_id
                    WHERE i.reference = ?""")) {
                ps.setString(1, "HA-" + tag);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? rs.getString(1) : null;
                }
            }
        });
        assertThat(row).isNotNull();
        String[] parts = row.split("\\|");
        assertThat(parts[1]).isEqualTo("HUB");
        assertThat(parts[2]).isEqualTo("RECEIVED");
        assertThat(parts[3]).as("a decision deadline reckoned from the calendar").matches("\\d{4}-\\d{2}-\\d{2}");
        assertThat(parts[4]).isEqualTo("1");
        assertThat(parts[5]).isEqualTo("HB-" + tag);
        assertThat(bed.hubCount("SELECT count(*) FROM hub_case WHERE case_no = '" + parts[0] + "'")).isEqualTo(1);
    }

    private static void post(SyncTestbed.Station station, String csv) throws Exception {
        HttpResponse<String> r = HttpClient.newBuilder().sslContext(new HubTrust(bed.hub.fingerprint()).sslContext()).build()
                .send(HttpRequest.newBuilder(
                        URI.create(bed.hub.baseUrl() + Endpoints.INTAKE))
                .header("Authorization", "Bearer " + station.meta().hubToken())
                .header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString(csv, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(r.body()).contains("\"taken\":1");
    }
}
