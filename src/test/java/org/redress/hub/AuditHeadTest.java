package org.redress.hub;

import org.junit.jupiter.api.Test;
import org.redress.domain.access.Role;
import org.redress.hub.http.HubJson;
import org.redress.sync.protocol.AuditHead;
import org.redress.sync.protocol.AuditHeadReport;
import org.redress.sync.protocol.Endpoints;

import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** The hub keeps each workstation's audit chain head, and notices history rewritten after a sync. */
class AuditHeadTest {

    private final String office = TestHub.newOffice();

    private static String hash(char c) {
        return String.valueOf(c).repeat(64);
    }

    private static HttpResponse<String> report(HubClient ws, long seq, String hash, long heldSeq, String atHeld) {
        return ws.post(Endpoints.AUDIT_HEAD, HubJson.bytes(new AuditHeadReport(ws.deviceId, seq, hash, heldSeq, atHeld)),
                true);
    }

    @Test
    void a_chain_that_grows_through_the_recorded_head_moves_the_head_on() {
        HubClient ws = TestHub.client().signIn(TestHub.newOfficer(office, Role.OFFICER));
        assertThat(ws.get(Endpoints.AUDIT_HEAD + "?clientId=" + ws.deviceId).statusCode()).isEqualTo(404);

        assertThat(report(ws, 10, hash('a'), 0, null).statusCode()).isEqualTo(200);
        assertThat(report(ws, 25, hash('b'), 10, hash('a')).statusCode()).isEqualTo(200);

        AuditHead head = HubClient.read(ws.get(Endpoints.AUDIT_HEAD + "?clientId=" + ws.deviceId).body(), AuditHead.class);
        assertThat(head.seq()).isEqualTo(25);
        assertThat(head.hash()).isEqualTo(hash('b'));
    }

    @Test
    void a_rewritten_event_at_the_recorded_head_is_refused_and_raises_an_alert() throws Exception {
        HubClient ws = TestHub.client().signIn(TestHub.newOfficer(office, Role.OFFICER));
        report(ws, 10, hash('a'), 0, null);

        HttpResponse<String> rewritten = report(ws, 12, hash('c'), 10, hash('d'));

        assertThat(rewritten.statusCode()).isEqualTo(409);
        assertThat(rewritten.body()).contains("event 10", "rewritten");
        assertThat(Rows.count("SELECT count(*) FROM audit_alert WHERE client_id = ?", ws.deviceId)).isEqualTo(1);
        AuditHead head = HubClient.read(ws.get(Endpoints.AUDIT_HEAD + "?clientId=" + ws.deviceId).body(), AuditHead.class);
        assertThat(head.seq()).as("the hub keeps the head it trusted").isEqualTo(10);
    }

    @Test
    void a_chain_shorter_than_the_recorded_head_is_refused() throws Exception {
        HubClient ws = TestHub.client().signIn(TestHub.newOfficer(office, Role.OFFICER));
        report(ws, 40, hash('e'), 0, null);

        HttpResponse<String> shorter = report(ws, 30, hash('f'), 40, null);

        assertThat(shorter.statusCode()).isEqualTo(409);
        assertThat(shorter.body()).contains("removed");
        assertThat(Rows.count("SELECT count(*) FROM audit_alert WHERE client_id = ?", ws.deviceId)).isEqualTo(1);
    }

    @Test
    void another_device_can_neither_read_nor_report_a_head() throws Exception {
        HubClient ws = TestHub.client().signIn(TestHub.newOfficer(office, Role.OFFICER));
        HubClient other = TestHub.client().signIn(TestHub.newOfficer(office, Role.OFFICER));
        report(ws, 5, hash('a'), 0, null);

        assertThat(other.get(Endpoints.AUDIT_HEAD + "?clientId=" + ws.deviceId).statusCode()).isEqualTo(403);
        var forged = other.post(Endpoints.AUDIT_HEAD,
                HubJson.bytes(new AuditHeadReport(ws.deviceId, 1, hash('0'), 5, hash('a'))), true);
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(Rows.count("SELECT count(*) FROM audit_head WHERE client_id = ? AND seq = 5", ws.deviceId)).isEqualTo(1);
    }
}
