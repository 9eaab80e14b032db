package org.redress.sync;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.redress.hub.HubConfig;
import org.redress.hub.HubServer;
import org.redress.hub.pki.HubCertificate;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * TLS between workstation and hub, with real handshakes on loopback: plain HTTP only to this
 * machine, the hub's key pinned at the first sign-in, a hub showing another key refused in words
 * (and trusted again only on purpose), and the hub's port speaking nothing but TLS.
 */
class HubTrustTest {

    private static SyncTestbed bed;

    @BeforeAll
    static void start() {
        bed = SyncTestbed.shared();
    }

    @Test
    void plain_http_reaches_only_this_machine_and_nothing_is_sent_elsewhere() {
        HubClient offLoopback = new HubClient("http://192.0.2.10:8470", () -> "a-token", new HubTrust(null));

        assertThat(HubClient.addressProblem("http://hub.office:8470")).contains("not encrypted").contains("https://hub.office:8470");
        assertThat(HubClient.addressProblem("http://10.1.2.3:8470")).contains("not encrypted");
        assertThat(HubClient.addressProblem("http://127.0.0.1:8470")).isNull();
        assertThat(HubClient.addressProblem("http://localhost:8470")).isNull();
        assertThat(HubClient.addressProblem("http://[::1]:8470")).isNull();
        assertThat(HubClient.addressProblem("https://hub.office:8470")).isNull();
        assertThat(offLoopback.healthy()).isFalse();
        assertThatThrownBy(() -> offLoopback.pull(null, 10, null))
                .isInstanceOfSatisfying(HubException.class, e -> assertThat(e.kind()).isEqualTo(HubException.Kind.REFUSED))
                .hasMessageContaining("only over https://");
    }

    @Test
    void the_hubs_port_speaks_tls_only_and_health_answers_over_https() throws Exception {
        HubClient pinned = new HubClient(bed.hub.baseUrl(), () -> null, new HubTrust(bed.hub.fingerprint()));
        HttpClient plain = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        int plainStatus;
        try {
            plainStatus = plain.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + bed.hub.port() + "/health"))
                    .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            plainStatus = -1;
        }

        assertThat(bed.hub.baseUrl()).startsWith("https://");
        assertThat(pinned.healthy()).isTrue();
        assertThat(plainStatus).as("plain HTTP on the TLS port gets no answer of the hub's").isNotEqualTo(200);
    }

    @Test
    void the_first_sign_in_pins_the_key_it_met_and_then_no_other() {
        var station = bed.unenrolled("wang.fang", Clock.systemUTC());
        bed.approve(station);

        assertThat(station.meta().hubPin()).isNull();
        try {
            station.engine().signIn("wang.fang", SyncTestbed.PASSWORD.toCharArray(), "test");
        } catch (HubException e) {
            throw new IllegalStateException(e);
        }

        assertThat(station.meta().hubPin()).isEqualTo(bed.hub.fingerprint());
        assertThat(station.sync().error()).isNull();
    }

    @Test
    void a_hub_showing_another_certificate_is_refused_in_words_and_trusted_only_when_told() throws Exception {
        var station = bed.station("li.qiang");
        try (HubServer impostor = HubServer.start(HubConfig.of(bed.jdbcUrl, "postgres", SyncTestbed.postgres().password())
                .withTls(HubCertificate.officePki(Files.createTempDirectory("impostor-tls"), HubCertificate.defaultNames())));
             SyncEngine engine = SyncEngine.connect(station.database(), impostor.baseUrl(), Clock.systemUTC(), SyncTestbed.FAST)) {

            SyncReport refused = engine.syncOnce();
            HubException signIn = null;
            try {
                engine.signIn("li.qiang", SyncTestbed.PASSWORD.toCharArray(), "test");
            } catch (HubException e) {
                signIn = e;
            }
            String pinnedBefore = station.meta().hubPin();
            engine.trustHubKey(impostor.fingerprint());
            SyncReport trusted = engine.syncOnce();

            assertThat(refused.failure()).isEqualTo(HubException.Kind.CERTIFICATE_CHANGED);
            assertThat(refused.error()).contains("different security certificate").contains("Nothing was sent")
                    .contains("redress sync --trust-hub-key " + impostor.fingerprint());
            assertThat(signIn).isNotNull();
            assertThat(signIn.kind()).as("no password goes to a hub with another key").isEqualTo(HubException.Kind.CERTIFICATE_CHANGED);
            assertThat(pinnedBefore).isEqualTo(bed.hub.fingerprint());
            assertThat(trusted.error()).as("the same hub database behind a new certificate, trusted on purpose").isNull();
            assertThat(station.meta().hubPin()).isEqualTo(impostor.fingerprint());
        }
    }
}
