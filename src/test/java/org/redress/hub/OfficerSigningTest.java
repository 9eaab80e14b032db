package org.redress.hub;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.pkcs.jcajce.JcaPKCS10CertificationRequestBuilder;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.bouncycastle.tsp.TimeStampResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redress.domain.access.Role;
import org.redress.letters.LetterSigner;
import org.redress.sync.HubOfficeServices;
import org.redress.letters.sign.OfficeCaFile;
import org.redress.letters.sign.OfficerKeys;
import org.redress.store.Database;
import org.redress.store.Workspace;
import org.redress.sync.HubTrust;
import org.redress.sync.protocol.Endpoints;

import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 16, item 3 at the hub: the office CA certifies a signed-in officer's key from a PKCS#10
 * request (named by the hub: account, office, role), the TSA answers RFC 3161 requests, the CRL is
 * the CA's; an administrator gets no signing certificate. On the shared test hub.
 */
class OfficerSigningTest {

    private final String office = TestHub.newOffice();

    private static org.redress.sync.HubClient production(HubClient signedIn) {
        HubServer server = TestHub.server();
        return new org.redress.sync.HubClient(server.baseUrl(), () -> signedIn.token, new HubTrust(server.fingerprint()));
    }

    @Test
    void anOfficerEnrolsAKeyTheOfficeCaCertifiesAndSignsWithIt(@TempDir Path dir) throws Exception {
        String username = TestHub.newOfficer(office, Role.OFFICER);
        HubOfficeServices hub = new HubOfficeServices(production(TestHub.client().signIn(username)));
        try (Database database = Database.open(Workspace.create(dir.resolve("ws")))) {
            X509Certificate certificate = new OfficerKeys(database).enrol(username, "李娜", hub, Instant.now());

            String subject = certificate.getSubjectX500Principal().getName();
            assertThat(subject).contains("UID=" + username).contains("OU=" + office).contains("CN=李娜");
            X509Certificate ca = OfficeCaFile.read(database.workspace());
            certificate.verify(ca.getPublicKey());
            assertThat(certificate.getKeyUsage()[1]).as("non-repudiation").isTrue();

            LetterSigner signer = new OfficerKeys(database).signer(username, hub, Instant.now()).orElseThrow();
            assertThat(signer.named().username()).isEqualTo(username);
            assertThat(signer.named().office()).isEqualTo(office);
            assertThat(signer.named().role()).as("the title (T) names the role").isEqualTo("OFFICER");

            X509CRL crl = (X509CRL) CertificateFactory.getInstance("X.509").generateCRL(new ByteArrayInputStream(hub.crl()));
            crl.verify(ca.getPublicKey());
            assertThat(crl.isRevoked(certificate)).isFalse();
        }
    }

    @Test
    void theTimeStampAuthorityAnswersRfc3161UnderTheOfficeCa() throws Exception {
        HubOfficeServices hub = new HubOfficeServices(production(TestHub.client()
                .signIn(TestHub.newOfficer(office, Role.OFFICER))));
        byte[] imprint = MessageDigest.getInstance("SHA-256").digest("signature".getBytes());
        TimeStampRequestGenerator generator = new TimeStampRequestGenerator();
        generator.setCertReq(true);
        TimeStampRequest request = generator.generate(TSPAlgorithms.SHA256, imprint, BigInteger.valueOf(42));

        TimeStampResponse response = new TimeStampResponse(hub.timeStamp(request.getEncoded()));
        response.validate(request);

        var token = response.getTimeStampToken();
        assertThat(token).isNotNull();
        assertThat(token.getTimeStampInfo().getMessageImprintDigest()).isEqualTo(imprint);
        var tsaCert = (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(
                new ByteArrayInputStream(((org.bouncycastle.cert.X509CertificateHolder) token.getCertificates()
                        .getMatches(token.getSID()).iterator().next()).getEncoded()));
        assertThat(tsaCert.getExtendedKeyUsage()).containsExactly("1.3.6.1.5.5.7.3.8");
        assertThat(tsaCert.getCriticalExtensionOIDs()).contains("2.5.29.37");
        var ca = (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(
                new ByteArrayInputStream(TestHub.client().get(Endpoints.CA_CERTIFICATE).body().getBytes()));
        tsaCert.verify(ca.getPublicKey());
    }

    @Test
    void anAdministratorGetsNoSigningCertificateAndAStrangerNoTimeStamp() throws Exception {
        HubClient admin = TestHub.client().signIn(TestHub.newOfficer(office, Role.ADMINISTRATOR));
        var generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(256);
        var pair = generator.generateKeyPair();
        byte[] csr = new JcaPKCS10CertificationRequestBuilder(new X500Name("CN=Admin"), pair.getPublic())
                .build(new JcaContentSignerBuilder("SHA256withECDSA").build(pair.getPrivate())).getEncoded();
        HttpResponse<String> refused = admin.send(HttpRequest.newBuilder(URI.create(admin.base + Endpoints.OFFICER_CERTIFICATES))
                .header("Authorization", "Bearer " + admin.token).header("Content-Type", "application/pkcs10")
                .POST(HttpRequest.BodyPublishers.ofByteArray(csr)).build());
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("NOT_A_SIGNER");

        HttpResponse<String> anonymous = admin.send(HttpRequest.newBuilder(URI.create(admin.base + Endpoints.TSA))
                .header("Content-Type", "application/timestamp-query")
                .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[] {1, 2, 3})).build());
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(List.of(403, 401)).contains(refused.statusCode());
    }
}
