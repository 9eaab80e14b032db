package org.redress.hub;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.redress.domain.access.Role;
import org.redress.hub.http.HubJson;
import org.redress.sync.protocol.DeviceProof;
import org.redress.sync.protocol.Endpoints;
import org.redress.sync.protocol.MutationKind;
import org.redress.sync.protocol.SignInRequest;
import org.redress.sync.protocol.SignInResponse;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.redress.hub.HubClient.json;
import static org.redress.hub.HubClient.mutation;

/**
 * Enrolled devices over real HTTPS: a new key enrols PENDING and gets nothing until a supervisor
 * approves it; sign-in proves the key by signing a fresh challenge; the device id is the hub's,
 * derived from the key; a revoked device is told so; a token dies with the next sign-in on its
 * device and with sign-out.
 */
class DeviceSignInTest {

    private final String office = TestHub.newOffice();

    @Test
    void a_new_device_waits_for_a_supervisors_approval_and_then_signs_in_as_the_hub_names_it() {
        String officer = TestHub.newOfficer(office, Role.OFFICER);
        String supervisorName = TestHub.newOfficer(office, Role.SUPERVISOR);
        HubClient ws = TestHub.client();
        HubClient supervisor = TestHub.client().signIn(supervisorName);

        var pending = ws.signInRaw(officer, TestHub.PASSWORD);
        long tokensWhilePending = Rows.count("SELECT count(*) FROM access_token WHERE device_id = ?", ws.device.id);
        JsonNode refusal = HubJson.tree(pending.body());
        var approved = supervisor.post(Endpoints.DEVICES + "/" + ws.device.id + "/approve", new byte[0], true);
        var signedIn = ws.signInRaw(officer, TestHub.PASSWORD);

        assertThat(pending.statusCode()).isEqualTo(403);
        assertThat(refusal.get("code").asText()).isEqualTo("DEVICE_PENDING");
        assertThat(refusal.get("deviceId").asText()).isEqualTo(ws.device.id.toString());
        assertThat(tokensWhilePending).isZero();
        assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
        assertThat(signedIn.statusCode()).as(signedIn.body()).isEqualTo(200);
        SignInResponse session = HubClient.read(signedIn.body(), SignInResponse.class);
        assertThat(session.deviceId()).isEqualTo(DeviceProof.deviceId(ws.device.pair.getPublic().getEncoded()));
        assertThat(Rows.count("SELECT count(*) FROM device WHERE id = ? AND status = 'APPROVED' AND decided_by = ?",
                ws.device.id, supervisorName)).isEqualTo(1);
    }

    @Test
    void the_device_id_a_client_names_is_ignored_and_a_forged_proof_gets_nothing() {
        String officer = TestHub.newOfficer(office, Role.OFFICER);
        HubClient victim = TestHub.client().signIn(TestHub.newOfficer(office, Role.OFFICER));
        TestDevice attacker = TestDevice.create();
        HubClient c = TestHub.client();

        // The attacker knows the victim's public key (it is no secret) but not its private key.
        String nonce = c.challenge();
        var claimingTheVictimsKey = c.signInWith(new SignInRequest(officer, TestHub.PASSWORD, "x", victim.device.publicKey,
                nonce, attacker.sign(nonce, officer, victim.device.publicKey)));
        String nonce2 = c.challenge();
        var signedForSomeoneElse = c.signInWith(new SignInRequest(officer, TestHub.PASSWORD, "x", c.device.publicKey,
                nonce2, c.device.sign(nonce2, "another-officer")));
        byte[] namingTheVictimsId = ("{\"username\":\"" + officer + "\",\"password\":\"" + TestHub.PASSWORD
                + "\",\"deviceName\":\"x\",\"deviceId\":\"" + victim.deviceId + "\",\"publicKey\":\"" + c.device.publicKey
                + "\",\"nonce\":\"" + (nonce = c.challenge()) + "\",\"signature\":\"" + c.device.sign(nonce, officer) + "\"}")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        var ownDevice = c.post(Endpoints.SIGN_IN, namingTheVictimsId, false);

        assertThat(claimingTheVictimsKey.statusCode()).isEqualTo(401);
        assertThat(claimingTheVictimsKey.body()).contains("DEVICE_PROOF_FAILED");
        assertThat(signedForSomeoneElse.statusCode()).isEqualTo(401);
        assertThat(ownDevice.statusCode()).isEqualTo(403);
        assertThat(HubJson.tree(ownDevice.body()).get("deviceId").asText()).isEqualTo(c.device.id.toString());
        assertThat(Rows.count("SELECT count(*) FROM access_token WHERE device_id = ?", victim.deviceId)).isEqualTo(1);
    }

    @Test
    void a_challenge_signs_in_once_and_a_replay_is_refused() {
        String officer = TestHub.newOfficer(office, Role.OFFICER);
        HubClient ws = TestHub.client();
        ws.device.approvedAt(TestHub.server(), office);
        SignInRequest request = ws.device.request(officer, TestHub.PASSWORD, ws.challenge());

        var first = ws.signInWith(request);
        var replayed = ws.signInWith(request);

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(replayed.statusCode()).isEqualTo(401);
        assertThat(replayed.body()).contains("CHALLENGE_INVALID");
    }

    @Test
    void a_revoked_device_gets_nothing_and_is_told_so_until_approved_again() {
        HubClient ws = TestHub.client().signIn(TestHub.newOfficer(office, Role.OFFICER));
        HubClient supervisor = TestHub.client().signIn(TestHub.newOfficer(office, Role.SUPERVISOR));

        var revoked = supervisor.post(Endpoints.DEVICES + "/" + ws.deviceId.toString().substring(0, 8) + "/revoke", new byte[0], true);
        var pull = ws.get(Endpoints.PULL);
        var push = ws.pushRaw(List.of(mutation(1, MutationKind.NOTE_ADD, "REV-1", 0, json("text", "x"))));

        assertThat(revoked.statusCode()).as(revoked.body()).isEqualTo(200);
        assertThat(pull.statusCode()).isEqualTo(403);
        assertThat(HubJson.tree(pull.body()).get("code").asText()).isEqualTo("DEVICE_REVOKED");
        assertThat(HubJson.tree(pull.body()).get("error").asText()).contains("withdrawn");
        assertThat(push.statusCode()).isEqualTo(403);
        assertThat(Rows.mutations(ws.deviceId)).isZero();
        var again = ws.signInRaw(officerOf(ws), TestHub.PASSWORD);
        assertThat(again.statusCode()).isEqualTo(403);
        assertThat(again.body()).contains("DEVICE_REVOKED");
    }

    @Test
    void a_token_stops_working_after_a_new_sign_in_on_its_device_and_after_sign_out() {
        String officer = TestHub.newOfficer(office, Role.OFFICER);
        HubClient ws = TestHub.client().signIn(officer);
        String first = ws.token;
        ws.signIn(officer);
        String second = ws.token;

        HubClient old = TestHub.client();
        old.token = first;
        var withFirst = old.get(Endpoints.PULL);
        var withSecond = ws.get(Endpoints.PULL);
        var signOut = ws.post(Endpoints.SIGN_OUT, new byte[0], true);
        var afterSignOut = ws.get(Endpoints.PULL);

        assertThat(withFirst.statusCode()).isEqualTo(401);
        assertThat(withSecond.statusCode()).isEqualTo(200);
        assertThat(signOut.statusCode()).isEqualTo(204);
        assertThat(afterSignOut.statusCode()).isEqualTo(401);
        assertThat(Rows.count("SELECT count(*) FROM access_token WHERE device_id = ?", ws.deviceId)).isZero();
        assertThat(second).isNotEqualTo(first);
    }

    @Test
    void only_a_supervisor_or_administrator_of_the_office_decides_and_never_on_a_device_they_enrolled() {
        String supervisorName = TestHub.newOfficer(office, Role.SUPERVISOR);
        HubClient supervisor = TestHub.client().signIn(supervisorName);
        HubClient officer = TestHub.client().signIn(TestHub.newOfficer(office, Role.OFFICER));
        HubClient elsewhere = TestHub.client().signIn(TestHub.newOfficer(TestHub.newOffice(), Role.SUPERVISOR));
        HubClient ownNewDevice = TestHub.client();
        ownNewDevice.signInRaw(supervisorName, TestHub.PASSWORD);
        String path = Endpoints.DEVICES + "/" + ownNewDevice.device.id + "/approve";

        assertThat(officer.post(path, new byte[0], true).statusCode()).isEqualTo(403);
        assertThat(elsewhere.post(path, new byte[0], true).statusCode()).isEqualTo(404);
        assertThat(supervisor.post(path, new byte[0], true).statusCode()).isEqualTo(403);
        assertThat(officer.get(Endpoints.DEVICES).statusCode()).isEqualTo(403);
        assertThat(supervisor.get(Endpoints.DEVICES).body()).contains(ownNewDevice.device.id.toString()).contains("PENDING");
        assertThat(Rows.count("SELECT count(*) FROM device WHERE id = ? AND status = 'PENDING'", ownNewDevice.device.id))
                .isEqualTo(1);
    }

    @Test
    void an_officers_token_neither_approves_nor_revokes_and_every_decision_is_kept_with_who_made_it() {
        String officerName = TestHub.newOfficer(office, Role.OFFICER);
        HubClient officer = TestHub.client().signIn(officerName);
        HubClient admin = TestHub.client().signIn(TestHub.newOfficer(office, Role.ADMINISTRATOR));
        HubClient waiting = TestHub.client();
        waiting.signInRaw(TestHub.newOfficer(office, Role.OFFICER), TestHub.PASSWORD);
        String device = Endpoints.DEVICES + "/" + waiting.device.id;

        var byOfficer = officer.post(device + "/approve", new byte[0], true);
        var revokeByOfficer = officer.post(Endpoints.DEVICES + "/" + officer.deviceId + "/revoke", new byte[0], true);
        long keptAfterRefusals = Rows.count("SELECT count(*) FROM device_decision WHERE device_id = ?", waiting.device.id);
        var byAdmin = admin.post(device + "/approve", new byte[0], true);
        var revoked = admin.post(device + "/revoke", new byte[0], true);

        assertThat(byOfficer.statusCode()).isEqualTo(403);
        assertThat(revokeByOfficer.statusCode()).isEqualTo(403);
        assertThat(Rows.count("SELECT count(*) FROM device WHERE id = ? AND status = 'APPROVED'", officer.deviceId))
                .as("the officer's own device stays approved").isEqualTo(1);
        assertThat(keptAfterRefusals).isZero();
        assertThat(byAdmin.statusCode()).as(byAdmin.body()).isEqualTo(200);
        assertThat(revoked.statusCode()).as(revoked.body()).isEqualTo(200);
        assertThat(Rows.count("""
                SELECT count(*) FROM device_decision WHERE device_id = ? AND role = 'ADMINISTRATOR' AND via = 'HTTP'
                  AND office_code = ?""", waiting.device.id, office)).as("both decisions kept").isEqualTo(2);
        assertThat(Rows.count("SELECT count(*) FROM device WHERE id = ? AND status = 'REVOKED'", waiting.device.id))
                .isEqualTo(1);
    }

    private static String officerOf(HubClient ws) {
        return username("SELECT o.username FROM access_token t JOIN officer o ON o.id = t.officer_id WHERE t.device_id = ?",
                ws.deviceId);
    }

    private static String username(String sql, Object param) {
        try (var c = TestHub.server().database().connection(); var ps = c.prepareStatement(sql)) {
            ps.setObject(1, param);
            try (var rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : "";
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
