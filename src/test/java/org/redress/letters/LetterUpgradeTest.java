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

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 16, item 3: a letter signed offline (PAdES B-B) is raised on a later sync — a document
 * time-stamp from the office's TSA and the validation data appended — to PAdES B-LT as the EU's DSS
 * validator sees it (only the office CA trusted, no network); the stored file is replaced and its
 * new hash recorded, so both the raised copy and the copy as issued verify GENUINE; an unsigned
 * letter and a letter signed online are left alone. The office CA and TSA are the hub's classes.
 */
class LetterUpgradeTest {

    @TempDir
    static Path root;
    static LetterWorkspace workspace;
    static LetterPress press;
    static OfficePki pki;
    static TimeStampAuthority tsa;
    static LetterIssuer issuer;
    static final AtomicInteger STAMPS = new AtomicInteger();

    @BeforeAll
    static void office() throws IOException {
        workspace = new LetterWorkspace(root.resolve("ws"));
        press = LetterPress.create();
        pki = OfficePki.open(root.resolve("pki"), Clock.systemUTC());
        tsa = new TimeStampAuthority(pki.timeStampIdentity(), Clock.systemUTC());
        issuer = new LetterIssuer(workspace.database, LetterWorkspace.CATALOG, LetterWorkspace.CALENDAR, Clock.systemUTC());
    }

    @AfterAll
    static void close() {
        workspace.close();
    }

    static final OfficeServices HUB = new OfficeServices() {
        @Override
        public byte[] timeStamp(byte[] request) {
            STAMPS.incrementAndGet();
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

    static LetterSigner liNa(OfficeServices services) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        KeyPair pair = generator.generateKeyPair();
        X509Certificate certificate = pki.authority().issue(pair.getPublic(),
                OfficerCertificates.subject("李娜", "li.na", "RD", "OFFICER"), CertificateProfile.DOCUMENT_SIGNING, List.of(),
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
    void aLetterSignedOfflineIsRaisedToBltOnTheNextSyncAndBothCopiesVerify() throws Exception {
        IssuedLetter letter = issuer.issue(workspace.decidedCase("赵亮", "110105199001014444", OutcomeKind.REVERSED,
                "理由丁。"), LetterLanguage.BILINGUAL, press, liNa(OFFLINE), 1L);
        byte[] asIssued = Files.readAllBytes(letter.file());
        assertThat(dss(asIssued).getSimpleReport().getSignatureFormat(dss(asIssued).getSimpleReport().getFirstSignatureId()))
                .isEqualTo(SignatureLevel.PAdES_BASELINE_B);
        // Offline again: nothing changes, the letter waits.
        assertThat(new LetterUpgrades(workspace.database, Clock.systemUTC()).run(OFFLINE).left()).isPositive();
        assertThat(Files.readAllBytes(letter.file())).isEqualTo(asIssued);

        LetterUpgrades.Result result = new LetterUpgrades(workspace.database, Clock.systemUTC()).run(HUB);
        assertThat(result.upgraded()).isEqualTo(1);
        byte[] raised = Files.readAllBytes(letter.file());
        Files.write(root.resolve("raised.pdf"), raised);
        Files.write(root.resolve("as-issued.pdf"), asIssued);
        // An incremental update: the letter as issued is the raised file's first part, byte for byte.
        assertThat(Arrays.copyOf(raised, asIssued.length)).isEqualTo(asIssued);

        Reports reports = dss(raised);
        SimpleReport simple = reports.getSimpleReport();
        String id = simple.getFirstSignatureId();
        assertThat(simple.getSignatureFormat(id)).as(reports.getXmlSimpleReport())
                .isEqualTo(SignatureLevel.PAdES_BASELINE_LT);
        assertThat(simple.getIndication(id)).as(reports.getXmlSimpleReport()).isEqualTo(Indication.TOTAL_PASSED);
        assertThat(reports.getDiagnosticData().getSignatureById(id).getSigningCertificate().getCertificateDN())
                .contains("UID=li.na");
        try (var document = Loader.loadPDF(raised)) {
            assertThat(document.getNumberOfPages()).isPositive();
            assertThat(document.getDocumentCatalog().getCOSObject().getDictionaryObject("DSS")).isNotNull();
            assertThat(document.getSignatureDictionaries()).hasSize(2);
        }
        assertThat(PdfAValidation.violations(raised)).isEmpty();

        LetterVerifier verifier = new LetterVerifier(workspace.database);
        VerificationReport onRaised = verifier.verify(raised);
        assertThat(onRaised.verdict()).as(String.join("\n", onRaised.findings())).isEqualTo(LetterVerdict.GENUINE);
        assertThat(String.join("\n", onRaised.findings())).contains("raised to PAdES B-LT")
                .doesNotContain("does not hold");
        VerificationReport onIssued = verifier.verify(asIssued);
        assertThat(onIssued.verdict()).as(String.join("\n", onIssued.findings())).isEqualTo(LetterVerdict.GENUINE);
        assertThat(String.join("\n", onIssued.findings())).contains("this workspace's copy was raised to PAdES B-LT");
        // A re-saved copy of the raised letter is still compared with the held copy: SAME CONTENT, never ALTERED.
        byte[] resaved = Arrays.copyOf(raised, raised.length + 1);
        resaved[raised.length] = '\n';
        assertThat(verifier.verify(resaved).verdict()).isEqualTo(LetterVerdict.SAME_CONTENT);

        // The workspace check holds the held file against its new hash, vouched for by a letter.upgrade event.
        var integrity = workspace.database.read(c -> new org.redress.audit.AuditVerifier(workspace.database.workspace())
                .verify(c, null));
        assertThat(integrity.breaks()).noneMatch(b -> b.area() == org.redress.audit.IntegrityBreak.Area.LETTERS
                || b.area() == org.redress.audit.IntegrityBreak.Area.CHAIN);
        int upgradeEvents = workspace.database.read(c -> {
            try (var s = c.createStatement(); var rs = s.executeQuery(
                    "SELECT count(*) FROM audit_event WHERE kind = 'letter.upgrade' AND entity_id = '"
                            + letter.referenceNo() + "'")) {
                rs.next();
                return rs.getInt(1);
            }
        });
        assertThat(upgradeEvents).isEqualTo(1);

        // A second sync has nothing left to do.
        int stamps = STAMPS.get();
        LetterUpgrades.Result again = new LetterUpgrades(workspace.database, Clock.systemUTC()).run(HUB);
        assertThat(again.upgraded()).isZero();
        assertThat(STAMPS.get()).isEqualTo(stamps);
        assertThat(Files.readAllBytes(letter.file())).isEqualTo(raised);
    }

    @Test
    void aCopyRaisedElsewhereVerifiesGenuineWhereOnlyTheLetterAsIssuedIsKnown() throws Exception {
        // Another workstation of the office (or a recipient's archive) knows the letter as issued; the
        // issuing workstation raised it to B-LT later. The raised copy holds the issued bytes unchanged.
        IssuedLetter letter = issuer.issue(workspace.decidedCase("钱伟", "110105199001016666", OutcomeKind.REVERSED,
                "理由辛。"), LetterLanguage.ZH, press, liNa(OFFLINE), 1L);
        byte[] asIssued = Files.readAllBytes(letter.file());
        var stamped = org.redress.letters.sign.DocumentTimeStamps.add(asIssued, HUB);
        byte[] raised = org.redress.letters.sign.ValidationData.add(stamped.pdf(), stamped.tsaCertificates(),
                List.of(HUB.crl()));

        VerificationReport report = new LetterVerifier(workspace.database).verify(raised);
        assertThat(report.verdict()).as(String.join("\n", report.findings())).isEqualTo(LetterVerdict.GENUINE);
        assertThat(report.reference()).isEqualTo(letter.referenceNo());
        assertThat(String.join("\n", report.findings())).contains("followed only by a time-stamp and validation data");

        // The same bytes with a changed page appended after the signature are no such copy.
        VerificationReport edited = new LetterVerifier(workspace.database).verify(appendVisibleText(raised));
        assertThat(edited.verdict()).as(String.join("\n", edited.findings())).isNotEqualTo(LetterVerdict.GENUINE);
        // Leave no letter waiting to be raised for the other tests of this workspace.
        assertThat(new LetterUpgrades(workspace.database, Clock.systemUTC()).run(HUB).upgraded()).isEqualTo(1);
    }

    /** An incremental update that draws a line of text on the first page: visible content after the signatures. */
    private static byte[] appendVisibleText(byte[] pdf) throws IOException {
        try (var document = Loader.loadPDF(pdf)) {
            var page = document.getPage(0);
            try (var stream = new org.apache.pdfbox.pdmodel.PDPageContentStream(document, page,
                    org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode.APPEND, false)) {
                stream.addRect(10, 10, 100, 20);
                stream.fill();
            }
            page.getCOSObject().setNeedToBeUpdated(true);
            document.getDocumentCatalog().getCOSObject().setNeedToBeUpdated(true);
            var out = new java.io.ByteArrayOutputStream();
            document.saveIncremental(out);
            return out.toByteArray();
        }
    }

    @Test
    void aFileRaisedWhoseRowACrashLostIsRecognisedAndRecorded() throws Exception {
        IssuedLetter letter = issuer.issue(workspace.decidedCase("吴刚", "110105199001017777", OutcomeKind.REVERSED,
                "理由庚。"), LetterLanguage.ZH, press, liNa(OFFLINE), 1L);
        byte[] asIssued = Files.readAllBytes(letter.file());
        // What a run does before its row: the file raised and replaced; then the process dies.
        var stamped = org.redress.letters.sign.DocumentTimeStamps.add(asIssued, HUB);
        byte[] raised = org.redress.letters.sign.ValidationData.add(stamped.pdf(), stamped.tsaCertificates(),
                List.of(HUB.crl()));
        org.redress.vault.SealedFiles.of(workspace.database).write(letter.file(), raised);
        int stamps = STAMPS.get();

        LetterUpgrades.Result result = new LetterUpgrades(workspace.database, Clock.systemUTC()).run(HUB);
        assertThat(result.upgraded()).isEqualTo(1);
        assertThat(STAMPS.get()).as("no second time-stamp").isEqualTo(stamps);
        assertThat(Files.readAllBytes(letter.file())).isEqualTo(raised);
        assertThat(new LetterVerifier(workspace.database).verify(raised).verdict()).isEqualTo(LetterVerdict.GENUINE);
    }

    @Test
    @org.redress.testing.ExternalTool(value = "pdfsig", installedBy = "poppler-utils")
    void pdfsigAcceptsTheRaisedLettersSignatureAndTimeStamp() throws Exception {
        IssuedLetter letter = issuer.issue(workspace.decidedCase("郑华", "110105199001018888", OutcomeKind.REVERSED,
                "理由辛。"), LetterLanguage.ZH, press, liNa(OFFLINE), 1L);
        new LetterUpgrades(workspace.database, Clock.systemUTC()).run(HUB);
        Path copy = root.resolve("raised-for-pdfsig.pdf");
        Files.copy(letter.file(), copy);
        Process pdfsig = new ProcessBuilder("pdfsig", copy.toString()).redirectErrorStream(true).start();
        String out = new String(pdfsig.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(pdfsig.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        // Poppler validates the officer's signature over its revision; it does not validate document time-stamps
        // (it lists the second as of an unknown type), which DSS and the Java-side check do.
        assertThat(out).as(out).contains("Signature #1").contains("Signature #2").contains("ETSI.CAdES.detached")
                .doesNotContain("Signature is Invalid");
        String first = out.substring(out.indexOf("Signature #1"), out.indexOf("Signature #2"));
        assertThat(first).as(out).contains("Signature Validation: Signature is Valid.");
    }

    @Test
    void unsignedLettersAndLettersSignedOnlineAreLeftAlone() throws Exception {
        IssuedLetter unsigned = issuer.issue(workspace.decidedCase("钱伟", "110105199001015555", OutcomeKind.REVERSED,
                "理由戊。"), LetterLanguage.ZH, press, null, 1L);
        IssuedLetter online = issuer.issue(workspace.decidedCase("孙丽", "110105199001013333", OutcomeKind.REVERSED,
                "理由丙。"), LetterLanguage.ZH, press, liNa(HUB), 1L);
        byte[] unsignedBytes = Files.readAllBytes(unsigned.file());
        byte[] onlineBytes = Files.readAllBytes(online.file());
        new LetterUpgrades(workspace.database, Clock.systemUTC()).run(HUB);
        assertThat(Files.readAllBytes(unsigned.file())).isEqualTo(unsignedBytes);
        assertThat(Files.readAllBytes(online.file())).isEqualTo(onlineBytes);
        assertThat(new LetterVerifier(workspace.database).verify(onlineBytes).verdict()).isEqualTo(LetterVerdict.GENUINE);
    }
}
