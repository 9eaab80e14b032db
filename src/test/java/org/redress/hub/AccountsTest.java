package org.redress.hub;

import org.junit.jupiter.api.Test;
import org.redress.domain.access.Role;
import org.redress.hub.accounts.HubAccounts;
import org.redress.hub.accounts.SignInSettings;
import org.redress.security.PasswordHasher;
import org.redress.sync.protocol.Endpoints;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

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
        HubAccounts past = new HubAccounts(TestHub.server().database(), SignInSettings.of(Duration.ofHours(12)),
                new PasswordHasher(), null, yesterday);
        TestDevice old = TestDevice.create().approvedAt(TestHub.server(), office);
        String expired = past.signIn(old.request(username, TestHub.PASSWORD, past.challenge().nonce()), "127.0.0.1").token();
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

        var r = ws.signInRaw(stranger, TestHub.PASSWORD);

        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(r.body()).contains("DEVICE_OTHER_OFFICE");
        assertThat(Rows.count("SELECT count(*) FROM access_token WHERE device_id = ?", ws.deviceId)).isEqualTo(1);
    }
}
