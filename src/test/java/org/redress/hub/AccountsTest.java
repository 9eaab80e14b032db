package org.redress.hub;

import org.junit.jupiter.api.Test;
import org.redress.domain.access.Role;
import org.redress.hub.accounts.HubAccounts;
import org.redress.hub.http.HubJson;
import org.redress.security.PasswordHasher;
import org.redress.sync.protocol.Endpoints;
import org.redress.sync.protocol.SignInRequest;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class AccountsTest {

    private final String office = TestHub.newOffice();

    @Test
    void a_token_is_kept_only_as_its_sha256_and_is_bound_to_the_device_that_signed_in() throws Exception {
        HubClient ws = TestHub.client().signIn(TestHub.newOfficer(office, Role.OFFICER));
        byte[] sha = java.security.MessageDigest.getInstance("SHA-256").digest(ws.token.getBytes());

        assertThat(Rows.count("SELECT count(*) FROM access_token WHERE token_sha256 = ? AND device_id = ?", sha, ws.deviceId))
                .isEqualTo(1);
        assertThat(Rows.count("SELECT count(*) FROM access_token WHERE encode(token_sha256, 'escape') LIKE ?",
                "%" + ws.token + "%")).isZero();
        assertThat(Rows.count("SELECT count(*) FROM device WHERE id = ? AND office_code = ?", ws.deviceId, office)).isEqualTo(1);
        assertThat(ws.get(Endpoints.PULL).statusCode()).isEqualTo(200);
    }

    @Test
    void an_expired_token_and_a_withdrawn_officers_token_are_refused() throws Exception {
        String username = TestHub.newOfficer(office, Role.OFFICER);
        Clock yesterday = Clock.fixed(Instant.now().minus(Duration.ofDays(1)), ZoneOffset.UTC);
        HubAccounts past = new HubAccounts(TestHub.server().database(), new PasswordHasher(), Duration.ofHours(12), yesterday);
        String expired = past.signIn(new SignInRequest(username, TestHub.PASSWORD, UUID.randomUUID(), "old")).token();
        HubClient current = TestHub.client().signIn(username);

        HubClient stale = TestHub.client();
        stale.token = expired;
        assertThat(stale.get(Endpoints.PULL).statusCode()).isEqualTo(401);
        assertThat(current.get(Endpoints.PULL).statusCode()).isEqualTo(200);
        TestHub.server().accounts().deactivate(username);
        assertThat(current.get(Endpoints.PULL).statusCode()).isEqualTo(401);
    }

    @Test
    void a_workstation_of_one_office_cannot_be_signed_into_by_another_offices_officer() {
        HubClient ws = TestHub.client().signIn(TestHub.newOfficer(office, Role.OFFICER));
        String stranger = TestHub.newOfficer(TestHub.newOffice(), Role.OFFICER);

        var r = ws.post(Endpoints.SIGN_IN, HubJson.bytes(new SignInRequest(stranger, TestHub.PASSWORD, ws.deviceId, "x")), false);

        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(Rows.count("SELECT count(*) FROM access_token WHERE device_id = ?", ws.deviceId)).isEqualTo(1);
    }
}
