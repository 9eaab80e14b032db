package org.redress.letters;

import eu.europa.esig.dss.enumerations.Indication;
import eu.europa.esig.dss.enumerations.SignatureLevel;
import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.pades.validation.PDFDocumentValidator;
import eu.europa.esig.dss.simplereport.SimpleReport;
import eu.europa.esig.dss.spi.validation.CommonCertificateVerifier;
import eu.europa.esig.dss.spi.x509.CommonTrustedCertificateSource;
import eu.europa.esig.dss.validation.reports.Reports;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redress.domain.appeal.OutcomeKind;
import org.redress.hub.ca.OfficerCertificates;
import org.redress.hub.ca.TimeStampAuthority;
import org.redress.hub.pki.CertificateProfile;
import org.redress.hub.pki.OfficePki;
import org.redress.letters.sign.OfficeServices;
import org.redress.testing.ExternalTool;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue 16, item 3: letters signed by the deciding officer's office-CA certificate, with a visible
 * block, an RFC 3161 time-stamp from the office TSA (B-T) and validation data in the DSS (B-LT),
 * checked by the EU's DSS validator with only the office CA trusted and no network, by veraPDF
 * (PDF/A-3u) and by {@code pdfsig}. The office CA and TSA are the hub's classes, in-process.
 */
class SignedLetterTest {

    @TempDir
    static Path root;
    static LetterWorkspace workspace;
    static LetterPress press;
    static OfficePki pki;
    static TimeStampAuthority tsa;
    static LetterIssuer issuer;

    @BeforeAll
    static void office() throws IOException {
        workspace = new LetterWorkspace(root.resolve("ws"));
        press = LetterPress.create();
        pki = OfficePki.open(root.resolve("pki"), Clock.systemUTC());
        tsa = new TimeStampAuthority(pki.timeStampIdentity(), Clock.systemUTC());
        // Signed now (the certificates are issued now): the workspace's fixed clock is in March.
        issuer = new LetterIssuer(workspace.database, LetterWorkspace.CATALOG, LetterWorkspace.CALENDAR, Clock.systemUTC());
    }

    @AfterAll
    static void close() {
        workspace.close();
    }

    /** The hub's services, in-process: the TSA, and the CRL issued a moment after the time-stamp. */
    static final OfficeServices HUB = new OfficeServices() {
        @Override
        public byte[] timeStamp(byte[] request) {
            return tsa.respond(request);
        }

        @Override
        public byte[] crl() throws IOException {
            try {
                return pki.authority().crl(Map.of(), Duration.ofDays(7)).getEncoded();
            } catch (java.security.cert.CRLException e) {
                throw new IOException(e);
            }
        }
    };

    static final OfficeServices OFFLINE = new OfficeServices() {
        @Override
        public byte[] timeStamp(byte[] request) throws IOException {
            throw new java.net.ConnectException("hub offline");
        }

        @Override
        public byte[] crl() throws IOException {
            throw new java.net.ConnectException("hub offline");
        }
    };

    static LetterSigner officer(String username, String name, String role, OfficeServices services) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        KeyPair pair = generator.generateKeyPair();
        X509Certificate certificate = pki.authority().issue(pair.getPublic(),
                OfficerCertificates.subject(name, username, "RD", role), CertificateProfile.DOCUMENT_SIGNING, List.of(),
                Duration.ofDays(365));
        return LetterSigner.forOffice(pair.getPrivate(), certificate, pki.authority().certificate(), services, Instant.now());
    }

    static Reports dss(byte[] pdf) {
        PDFDocumentValidator validator = new PDFDocumentValidator(new InMemoryDocument(pdf));
        CommonCertificateVerifier verifier = new CommonCertificateVerifier();
        CommonTrustedCertificateSource trusted = new CommonTrustedCertificateSource();
        trusted.addCertificate(new CertificateToken(pki.authority().certificate()));
        verifier.setTrustedCertSources(trusted);
        validator.setCertificateVerifier(verifier);
        return validator.validateDocument();
    }

    @Test
    void aLetterSignedByTheDecidingOfficerIsBltForDssAndStaysPdfA() throws Exception {
        LetterSigner liNa = officer("li.na", "李娜", "OFFICER", HUB);
        IssuedLetter letter = issuer.issue(workspace.decidedCase("陈明", "110105199001011111", OutcomeKind.REVERSED,
                "理由甲。"), LetterLanguage.BILINGUAL, press, liNa, 1L);
        byte[] bytes = Files.readAllBytes(letter.file());
        Files.write(root.resolve("signed-bilingual.pdf"), bytes);

        Reports reports = dss(bytes);
        SimpleReport simple = reports.getSimpleReport();
        String id = simple.getFirstSignatureId();
        assertThat(simple.getSignatureFormat(id)).as(reports.getXmlSimpleReport()).isEqualTo(SignatureLevel.PAdES_BASELINE_LT);
        assertThat(simple.getIndication(id)).as(reports.getXmlSimpleReport()).isEqualTo(Indication.TOTAL_PASSED);
        assertThat(reports.getDiagnosticData().getSignatureById(id).getSigningCertificate().getCertificateDN())
                .contains("UID=li.na").contains("OU=RD");
        assertThat(reports.getDiagnosticData().getSignatureById(id).getTimestampList()).isNotEmpty();

        assertThat(PdfAValidation.violations(bytes)).isEmpty();
        VerificationReport verified = new LetterVerifier(workspace.database).verify(bytes);
        assertThat(verified.verdict()).as(String.join("\n", verified.findings())).isEqualTo(LetterVerdict.GENUINE);
        try (var document = Loader.loadPDF(bytes)) {
            PDSignature signature = document.getLastSignatureDictionary();
            var widget = document.getSignatureFields().getFirst().getWidgets().getFirst();
            assertThat(widget.getRectangle().getWidth()).isPositive();
            assertThat(widget.getAppearance().getNormalAppearance()).isNotNull();
            assertThat(signature.getName()).isEqualTo("李娜");
            assertThat(document.getDocumentCatalog().getCOSObject().getDictionaryObject("DSS")).isNotNull();
        }
    }

    @Test
    void anEnglishLetterCarriesTheBlockInEnglish() throws Exception {
        LetterSigner liNa = officer("li.na", "Li Na", "OFFICER", HUB);
        IssuedLetter letter = issuer.issue(workspace.decidedCase("Chen Ming", "110105199001012222", OutcomeKind.REVERSED,
                "理由乙。"), LetterLanguage.EN, press, liNa, 1L);
        byte[] bytes = Files.readAllBytes(letter.file());
        Files.write(root.resolve("signed-en.pdf"), bytes);
        assertThat(PdfAValidation.violations(bytes)).isEmpty();
        SimpleReport simple = dss(bytes).getSimpleReport();
        assertThat(simple.getSignatureFormat(simple.getFirstSignatureId())).isEqualTo(SignatureLevel.PAdES_BASELINE_LT);
        assertThat(simple.getSignedBy(simple.getFirstSignatureId())).isEqualTo("Li Na");
    }

    @Test
    void anotherOfficersKeyIsRefusedForTheDecision() throws Exception {
        LetterSigner wangQiang = officer("wang.qiang", "王强", "SUPERVISOR", HUB);
        String caseNo = workspace.decidedCase("孙丽", "110105199001013333", OutcomeKind.REVERSED, "理由丙。");
        assertThatThrownBy(() -> issuer.issue(caseNo, LetterLanguage.ZH, press, wangQiang, 2L))
                .isInstanceOf(LetterException.class)
                .hasMessageContaining("wang.qiang's, but the decision was made by li.na");
    }

    @Test
    void aKeyTheOfficeCaDidNotCertifyIsRefused() throws Exception {
        Path p12 = LetterVerifierTest.selfSignedPkcs12(root.resolve("stranger.p12"), "secret".toCharArray());
        assertThatThrownBy(() -> LetterSigner.fromPkcs12(p12, "secret".toCharArray(), pki.authority().certificate(),
                null, Instant.now()))
                .isInstanceOf(LetterException.class)
                .hasMessageContaining("was not issued by this office's certificate authority");
    }

    @Test
    void offlineTheLetterIsSignedBbAndStillValid() throws Exception {
        LetterSigner liNa = officer("li.na", "李娜", "OFFICER", OFFLINE);
        IssuedLetter letter = issuer.issue(workspace.decidedCase("赵亮", "110105199001014444", OutcomeKind.REVERSED,
                "理由丁。"), LetterLanguage.ZH, press, liNa, 1L);
        byte[] bytes = Files.readAllBytes(letter.file());
        Files.write(root.resolve("signed-zh-offline.pdf"), bytes);
        SimpleReport simple = dss(bytes).getSimpleReport();
        assertThat(simple.getSignatureFormat(simple.getFirstSignatureId())).isEqualTo(SignatureLevel.PAdES_BASELINE_B);
        assertThat(PdfAValidation.violations(bytes)).isEmpty();
    }

    @Test
    @ExternalTool(value = "pdfsig", installedBy = "poppler-utils")
    void pdfsigAcceptsTheSignatureAndItsTimeStamp() throws Exception {
        LetterSigner liNa = officer("li.na", "李娜", "OFFICER", HUB);
        IssuedLetter letter = issuer.issue(workspace.decidedCase("钱伟", "110105199001015555", OutcomeKind.REVERSED,
                "理由戊。"), LetterLanguage.ZH, press, liNa, 1L);
        Files.copy(letter.file(), root.resolve("signed-zh.pdf"));
        Process pdfsig = new ProcessBuilder("pdfsig", letter.file().toString()).redirectErrorStream(true).start();
        String out = new String(pdfsig.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(pdfsig.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(out).contains("Signature Validation: Signature is Valid.").contains("李娜");
    }
}
