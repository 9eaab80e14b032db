package org.redress.hub;

import org.htmlunit.WebClient;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.redress.hub.verify.OfficeLetterKeys;
import org.redress.letters.qr.LetterOutcome;
import org.redress.letters.qr.SignedPayload;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Random;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The hub's public verification page in a real headless browser (HtmlUnit, JavaScript off, the
 * office's test CA trusted) against the real hub over HTTPS: a scanned code, a pasted one, a typed
 * reference and code, a replaced letter naming the letter in force, a forged code, and the bound on
 * checks per address.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class VerifyPageTest {

    @TempDir
    static Path dir;
    static String office;
    static KeyPair device;
    static OfficeLetterKeys.Grant grant;
    static SignedPayload first;
    static SignedPayload second;
    static WebClient browser;
    static final String FIRST_HASH = HexFormat.of().formatHex(new byte[32]).replace('0', 'a');
    static final String SECOND_HASH = HexFormat.of().formatHex(new byte[32]).replace('0', 'b');

    @BeforeAll
    static void setUp() throws Exception {
        HubServer server = TestHub.server();
        Random random = new Random();
        office = "Q" + (char) ('A' + random.nextInt(26)) + (char) ('A' + random.nextInt(26)) + (char) ('A' + random.nextInt(26))
                + (char) ('A' + random.nextInt(26)) + (char) ('A' + random.nextInt(26));
        server.accounts().addOffice(office, "Test review office " + office);
        device = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        UUID deviceId = server.accounts().devices().enrolApproved(device.getPublic().getEncoded(), office, "test",
                "test").id();
        grant = new OfficeLetterKeys(server.database(), Clock.systemUTC()).endorse(office, deviceId);
        assertThat(grant).isNotNull();
        String firstRef = office + "-L-2026-000001";
        String secondRef = office + "-L-2026-000002";
        UUID caseId = UUID.randomUUID();
        UUID firstId = UUID.randomUUID();
        UUID secondId = UUID.randomUUID();
        try (Connection c = server.database().connection()) {
            c.setAutoCommit(false);
            insert(c, firstId, firstRef, caseId, deviceId, FIRST_HASH, secondId, "2026-03-20T02:00:00Z");
            insert(c, secondId, secondRef, caseId, deviceId, SECOND_HASH, null, "2026-03-25T02:00:00Z");
            c.commit();
        }
        first = payload(firstRef, LocalDate.of(2026, 3, 20), FIRST_HASH, null);
        second = payload(secondRef, LocalDate.of(2026, 3, 25), SECOND_HASH, firstRef);
        browser = new WebClient();
        browser.getOptions().setJavaScriptEnabled(false);
        browser.getOptions().setCssEnabled(false);
        browser.getOptions().setThrowExceptionOnFailingStatusCode(false);
        browser.getOptions().setSSLTrustStore(trustStore().toUri().toURL(), "changeit", "PKCS12");
    }

    @AfterAll
    static void tearDown() {
        if (browser != null) {
            browser.close();
        }
    }

    private static Path trustStore() throws Exception {
        X509Certificate ca;
        try (InputStream in = Files.newInputStream(TestHub.embedded().tlsFolder().resolve("office-ca.crt"))) {
            ca = (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
        }
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setCertificateEntry("office-ca", ca);
        Path file = dir.resolve("trust.p12");
        try (var out = Files.newOutputStream(file)) {
            store.store(out, "changeit".toCharArray());
        }
        return file;
    }

    private static void insert(Connection c, UUID id, String ref, UUID caseId, UUID deviceId, String recordHash,
                               UUID supersededBy, String at) throws Exception {
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO hub_letter (id, reference_no, case_id, office_code, language, issued_at, officer_id, device_id,
                    sha256, record_sha256, superseded_by) VALUES (?, ?, ?, ?, 'ZH', ?, ?, ?, ?, ?, ?)""")) {
            ps.setObject(1, id);
            ps.setString(2, ref);
            ps.setObject(3, caseId);
            ps.setString(4, office);
            ps.setTimestamp(5, Timestamp.from(Instant.parse(at)));
            ps.setObject(6, UUID.randomUUID());
            ps.setObject(7, deviceId);
            ps.setString(8, recordHash);
            ps.setString(9, recordHash);
            ps.setObject(10, supersededBy);
            ps.executeUpdate();
        }
    }

    private static SignedPayload payload(String ref, LocalDate on, String hash, String replaces) {
        return SignedPayload.sign(ref, on, LetterOutcome.REVERSED, "110105********002X", hash, replaces,
                new SignedPayload.Signer() {
                    @Override
                    public org.redress.letters.qr.Endorsement endorsement() {
                        return grant.endorsement();
                    }

                    @Override
                    public byte[] sign(byte[] message) {
                        try {
                            Signature s = Signature.getInstance("Ed25519");
                            s.initSign(device.getPrivate());
                            s.update(message);
                            return s.sign();
                        } catch (java.security.GeneralSecurityException e) {
                            throw new IllegalStateException(e);
                        }
                    }

                    @Override
                    public String verifyAddress() {
                        return null;
                    }
                });
    }

    private static String base() {
        return TestHub.server().baseUrl("localhost");
    }

    @Test
    @Order(1)
    void aScannedCodeOfTheLetterInForceIsGenuineAndCurrent() throws Exception {
        HtmlPage page = browser.getPage(second.qrText(base() + "/v"));
        assertThat(page.getWebResponse().getStatusCode()).isEqualTo(200);
        String text = page.asNormalizedText();
        assertThat(text).contains("GENUINE: this letter was issued by Test review office " + office)
                .contains("真实").contains("It is the letter in force for its case.")
                .contains(second.referenceNo()).contains("110105********002X").contains("2026-03-25");
    }

    @Test
    @Order(2)
    void aReplacedLetterNamesTheLetterInForce() throws Exception {
        HtmlPage page = browser.getPage(first.qrText(base() + "/v"));
        assertThat(page.asNormalizedText()).contains("GENUINE")
                .contains("It has been REPLACED: the letter in force for its case is " + second.referenceNo()
                        + ", issued 2026-03-25")
                .contains("已被取代");
    }

    @Test
    @Order(3)
    void aPastedCodeAndATypedReferenceWorkThroughTheForm() throws Exception {
        HtmlPage form = browser.getPage(base() + "/v");
        HtmlForm f = form.getForms().getFirst();
        f.getTextAreaByName("payload").setText(second.qrText(null));
        HtmlPage answer = f.getOneHtmlElementByAttribute("button", "type", "submit").click();
        assertThat(answer.asNormalizedText()).contains("GENUINE").contains("It is the letter in force");

        HtmlForm typed = browser.<HtmlPage>getPage(base() + "/v").getForms().getFirst();
        typed.getInputByName("reference").setValue(first.referenceNo().toLowerCase());
        typed.getInputByName("code").setValue(first.shortCode());
        HtmlPage byCode = typed.getOneHtmlElementByAttribute("button", "type", "submit").click();
        assertThat(byCode.asNormalizedText()).contains("GENUINE").contains("REPLACED").contains(second.referenceNo());

        HtmlForm guessed = browser.<HtmlPage>getPage(base() + "/v").getForms().getFirst();
        guessed.getInputByName("reference").setValue(first.referenceNo());
        guessed.getInputByName("code").setValue("0000-0000-0000-0000");
        HtmlPage refused = guessed.getOneHtmlElementByAttribute("button", "type", "submit").click();
        assertThat(refused.asNormalizedText()).contains("No letter matches this reference and verification code")
                .doesNotContain(second.referenceNo());
    }

    @Test
    @Order(4)
    void aForgedOrChangedCodeIsNotGenuine() throws Exception {
        KeyPair forger = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        var fake = org.redress.letters.qr.Endorsement.issue(forger.getPrivate(), office, device.getPublic(),
                LocalDate.of(2027, 1, 1));
        SignedPayload forged = new SignedPayload(second.referenceNo(), second.issuedOn(), second.outcome(),
                second.maskedSubject(), second.recordSha256(), null, fake, second.signature());
        assertThat(browser.<HtmlPage>getPage(forged.qrText(base() + "/v")).asNormalizedText())
                .contains("NOT GENUINE").doesNotContain("110105");
        String text = second.qrText(base() + "/v");
        String changed = text.substring(0, text.length() - 10) + (text.charAt(text.length() - 10) == 'A' ? 'B' : 'A')
                + text.substring(text.length() - 9);
        assertThat(browser.<HtmlPage>getPage(changed).asNormalizedText()).contains("NOT GENUINE");
        assertThat(browser.getPage(base() + "/v/keys.pem").getWebResponse().getContentAsString())
                .contains("Redress office " + office).contains("BEGIN PUBLIC KEY");
    }

    @Test
    @Order(5)
    void oneAddressGetsABoundedNumberOfChecksAMinute() throws Exception {
        int status = 200;
        for (int i = 0; i < 61 && status != 429; i++) {
            status = browser.getPage(base() + "/v/RDL2AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA").getWebResponse()
                    .getStatusCode();
        }
        assertThat(status).isEqualTo(429);
    }
}
