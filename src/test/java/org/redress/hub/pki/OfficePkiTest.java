package org.redress.hub.pki;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.pkcs.PKCS10CertificationRequest;
import org.bouncycastle.pkcs.jcajce.JcaPKCS10CertificationRequestBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redress.sync.protocol.KeyFingerprint;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OfficePkiTest {

    @TempDir
    Path dir;

    @Test
    void a_new_hub_makes_its_authority_and_a_server_certificate_it_signed_with_private_keys_for_its_owner_only() throws Exception {
        Path folder = dir.resolve("tls");
        ServerIdentity identity = OfficePki.open(folder, Clock.systemUTC()).serverIdentity(List.of("localhost", "127.0.0.1", "::1"));
        X509Certificate leaf = identity.certificate();
        X509Certificate ca = identity.chain().get(1);

        leaf.verify(ca.getPublicKey());
        ca.verify(ca.getPublicKey());
        assertThat(ca.getBasicConstraints()).isZero();
        assertThat(leaf.getBasicConstraints()).isEqualTo(-1);
        assertThat(leaf.getExtendedKeyUsage()).containsExactly("1.3.6.1.5.5.7.3.1");
        assertThat(leaf.getSubjectAlternativeNames()).extracting(n -> n.get(1).toString())
                .contains("localhost", "127.0.0.1", "0:0:0:0:0:0:0:1");
        assertThat(Files.getPosixFilePermissions(folder)).isEqualTo(PosixFilePermissions.fromString("rwx------"));
        for (String key : List.of(OfficePki.CA_KEY, OfficePki.HUB_KEY)) {
            assertThat(Files.getPosixFilePermissions(folder.resolve(key))).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        }
    }

    @Test
    void a_certificate_near_its_end_is_issued_again_over_the_same_key_so_pinned_workstations_keep_trusting_it() throws Exception {
        Path folder = dir.resolve("tls");
        ServerIdentity first = OfficePki.open(folder, Clock.systemUTC()).serverIdentity(List.of("localhost"));
        ServerIdentity same = OfficePki.open(folder, Clock.systemUTC()).serverIdentity(List.of("localhost"));
        Clock later = Clock.fixed(Instant.now().plus(Duration.ofDays(800)), ZoneOffset.UTC);
        ServerIdentity renewed = OfficePki.open(folder, later).serverIdentity(List.of("localhost", "hub.office"));

        assertThat(same.certificate()).isEqualTo(first.certificate());
        assertThat(renewed.certificate().getSerialNumber()).isNotEqualTo(first.certificate().getSerialNumber());
        assertThat(renewed.certificate().getNotAfter()).isAfter(first.certificate().getNotAfter());
        assertThat(renewed.fingerprint()).isEqualTo(first.fingerprint());
        assertThat(renewed.certificate().getSubjectAlternativeNames()).extracting(n -> n.get(1).toString()).contains("hub.office");
    }

    @Test
    void the_authority_issues_from_a_request_only_when_its_signature_proves_the_key() throws Exception {
        OfficeCa ca = OfficePki.open(dir.resolve("tls"), Clock.systemUTC()).authority();
        KeyPair requester = OfficeCa.newKeyPair();
        KeyPair other = OfficeCa.newKeyPair();
        PKCS10CertificationRequest request = new JcaPKCS10CertificationRequestBuilder(new X500Name("CN=hub2"), requester.getPublic())
                .build(new JcaContentSignerBuilder("SHA256withECDSA").build(requester.getPrivate()));
        PKCS10CertificationRequest forged = new JcaPKCS10CertificationRequestBuilder(new X500Name("CN=hub3"), requester.getPublic())
                .build(new JcaContentSignerBuilder("SHA256withECDSA").build(other.getPrivate()));

        X509Certificate issued = ca.issue(request, CertificateProfile.TLS_SERVER, List.of("hub2.office"), Duration.ofDays(5_000));

        assertThat(issued.getPublicKey()).isEqualTo(requester.getPublic());
        assertThat(issued.getSubjectX500Principal().getName()).isEqualTo("CN=hub2");
        assertThat(Duration.between(issued.getNotBefore().toInstant(), issued.getNotAfter().toInstant()))
                .isLessThanOrEqualTo(CertificateProfile.TLS_SERVER.longest().plusHours(1));
        issued.verify(ca.certificate().getPublicKey());
        assertThatThrownBy(() -> ca.issue(forged, CertificateProfile.TLS_SERVER, List.of(), Duration.ofDays(30)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("signature");
    }

    @Test
    void the_offices_own_certificate_is_taken_but_not_with_a_key_others_can_read_or_a_key_of_another_certificate() throws Exception {
        ServerIdentity made = OfficePki.open(dir.resolve("made"), Clock.systemUTC()).serverIdentity(List.of("localhost"));
        Path chain = dir.resolve("chain.pem");
        Path key = dir.resolve("key.pem");
        PemFiles.writeCertificates(chain, made.chain());
        PemFiles.writePrivateKey(key, made.key());
        Path otherKey = dir.resolve("other.pem");
        PemFiles.writePrivateKey(otherKey, OfficeCa.newKeyPair().getPrivate());

        ServerIdentity given = HubCertificate.pem(chain, key).load();
        Files.setPosixFilePermissions(key, PosixFilePermissions.fromString("rw-r--r--"));

        assertThat(given.fingerprint()).isEqualTo(made.fingerprint()).isEqualTo(KeyFingerprint.of(made.certificate()));
        assertThatThrownBy(() -> HubCertificate.pem(chain, key).load()).hasMessageContaining("chmod 600");
        assertThatThrownBy(() -> HubCertificate.pem(chain, otherKey).load()).hasMessageContaining("is not the key");
    }

    @Test
    void an_office_pki_missing_half_of_its_authority_is_refused_rather_than_replaced() throws Exception {
        Path folder = dir.resolve("tls");
        OfficePki.open(folder, Clock.systemUTC());
        Files.delete(folder.resolve(OfficePki.CA_KEY));

        assertThatThrownBy(() -> OfficePki.open(folder, Clock.systemUTC())).hasMessageContaining("incomplete");
        assertThat(HubCertificate.defaultNames()).contains("localhost", "127.0.0.1", "::1");
        assertThat(Set.copyOf(HubCertificate.defaultNames())).doesNotContain("");
    }
}
