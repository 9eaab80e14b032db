package org.redress.hub;

import org.junit.jupiter.api.Test;
import org.redress.domain.access.Role;
import org.redress.hub.http.HubJson;
import org.redress.sync.protocol.Endpoints;
import org.redress.sync.protocol.MutationKind;
import org.redress.sync.protocol.ProtocolLimits;
import org.redress.sync.protocol.PushRequest;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.redress.hub.HubClient.json;
import static org.redress.hub.HubClient.mutation;

class HostileRequestTest {

    private final String office = TestHub.newOffice();
    private final HubClient ws = TestHub.client().signIn(TestHub.newOfficer(office, Role.OFFICER));

    @Test
    void a_wrong_password_or_unknown_officer_gets_no_token() {
        HubClient c = TestHub.client();
        var wrong = c.signInRaw(TestHub.newOfficer(office, Role.OFFICER), "wrong");
        var unknown = c.signInRaw("nobody-" + UUID.randomUUID(), TestHub.PASSWORD);

        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(unknown.statusCode()).isEqualTo(401);
        assertThat(wrong.body()).doesNotContain("token\":\"");
    }

    @Test
    void a_bad_token_is_refused_and_nothing_is_stored() {
        ws.token = "forged" + ws.token.substring(6);

        var r = ws.pushRaw(List.of(mutation(1, MutationKind.NOTE_ADD, "H-1", 0, json("text", "x"))));

        assertThat(r.statusCode()).isEqualTo(401);
        assertThat(ws.get(Endpoints.PULL).statusCode()).isEqualTo(401);
        assertThat(Rows.changes(office)).isZero();
    }

    @Test
    void another_devices_token_is_refused_and_nothing_is_stored() {
        HubClient other = TestHub.client().signIn(TestHub.newOfficer(office, Role.OFFICER));
        UUID victim = UUID.randomUUID();
        byte[] body = HubJson.bytes(new PushRequest(victim, ProtocolLimits.SCHEMA_VERSION,
                List.of(mutation(1, MutationKind.NOTE_ADD, "H-2", 0, json("text", "x")))));

        var r = other.post(Endpoints.PUSH, body, true);

        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(other.get(Endpoints.PULL + "?clientId=" + victim).statusCode()).isEqualTo(403);
        assertThat(Rows.count("SELECT count(*) FROM sync_client WHERE client_id = ?", victim)).isZero();
        assertThat(Rows.changes(office)).isZero();
    }

    @Test
    void another_offices_case_is_neither_changed_nor_shown() {
        String elsewhere = TestHub.newOffice();
        HubClient owner = TestHub.client().signIn(TestHub.newOfficer(elsewhere, Role.OFFICER));
        owner.push(List.of(mutation(1, MutationKind.DECISION_RECORD, TestHub.kase(elsewhere, "H-THEIRS"), 0, json("outcome", "UPHELD"))));
        long theirs = Rows.changes(elsewhere);

        var r = ws.push(List.of(mutation(1, MutationKind.CASE_ASSIGN, TestHub.kase(elsewhere, "H-THEIRS"), 5, json("assignee", "me"))));

        assertThat(r.results().getFirst().reason()).contains("another office");
        assertThat(Rows.changes(elsewhere)).isEqualTo(theirs);
        assertThat(Rows.changes(office)).isZero();
        assertThat(Rows.count("SELECT count(*) FROM hub_case WHERE case_no = 'H-THEIRS' AND assignee IS NULL")).isEqualTo(1);
        assertThat(ws.pull(null, 100).changes()).isEmpty();
    }

    @Test
    void an_oversized_body_is_refused_before_it_is_read() {
        byte[] big = new byte[(int) ProtocolLimits.MAX_JSON_BODY_BYTES + 1];
        Arrays.fill(big, (byte) ' ');

        // Expect: 100-continue lets the refusal arrive before the client sends what will not be read.
        var declared = ws.send(HttpRequest.newBuilder(URI.create(ws.base + Endpoints.PUSH))
                .header("Authorization", "Bearer " + ws.token).expectContinue(true)
                .POST(HttpRequest.BodyPublishers.ofByteArray(big)).build());
        var chunked = ws.send(HttpRequest.newBuilder(URI.create(ws.base + Endpoints.PUSH))
                .header("Authorization", "Bearer " + ws.token)
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(big))).build());

        assertThat(declared.statusCode()).isEqualTo(413);
        assertThat(chunked.statusCode()).isEqualTo(413);
        assertThat(Rows.mutations(ws.deviceId)).isZero();
    }

    @Test
    void malformed_json_is_refused_and_nothing_is_stored() {
        var broken = ws.post(Endpoints.PUSH, "{\"clientId\": \"".getBytes(), true);
        var wrongShape = ws.post(Endpoints.PUSH, "[1,2,3]".getBytes(), true);
        var badSeq = ws.post(Endpoints.PUSH, ("{\"clientId\":\"" + ws.deviceId + "\",\"schemaVersion\":1,"
                + "\"mutations\":[{\"seq\":0,\"id\":\"" + UUID.randomUUID() + "\",\"kind\":\"note.add\"}]}").getBytes(), true);

        assertThat(broken.statusCode()).isEqualTo(400);
        assertThat(wrongShape.statusCode()).isEqualTo(400);
        assertThat(badSeq.statusCode()).isEqualTo(400);
        assertThat(Rows.mutations(ws.deviceId)).isZero();
        assertThat(Rows.changes(office)).isZero();
    }

    @Test
    void a_push_of_another_schema_version_is_refused() {
        byte[] body = HubJson.bytes(new PushRequest(ws.deviceId, 99,
                List.of(mutation(1, MutationKind.NOTE_ADD, "H-3", 0, json("text", "x")))));

        assertThat(ws.post(Endpoints.PUSH, body, true).statusCode()).isEqualTo(400);
        assertThat(Rows.mutations(ws.deviceId)).isZero();
    }
}
