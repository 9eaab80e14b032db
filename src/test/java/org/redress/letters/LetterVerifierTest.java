package org.redress.letters;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redress.domain.appeal.OutcomeKind;
import org.redress.letters.pdf.PageFlow;
import org.redress.letters.pdf.QrMark;
import org.redress.testing.ExternalTool;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Date;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class LetterVerifierTest {

    @TempDir
    static Path root;
    static LetterWorkspace workspace;
    static LetterPress press;
    static IssuedLetter letterA;
    static IssuedLetter letterB;

    @BeforeAll
    static void issue() {
        workspace = new LetterWorkspace(root.resolve("ws"));
        press = LetterPress.create();
        letterA = workspace.issuer().issue(workspace.decidedCase("周杰", "110105199001015678", OutcomeKind.REVERSED,
                "理由甲。"), LetterLanguage.BILINGUAL, press, null, 1L);
        letterB = workspace.issuer().issue(workspace.decidedCase("吴芳", "110105199001016789", OutcomeKind.UPHELD,
                "理由乙。"), LetterLanguage.BILINGUAL, press, null, 1L);
    }

    @AfterAll
    static void close() {
        workspace.close();
    }

    private static VerificationReport verify(byte[] pdf) {
        return new LetterVerifier(workspace.database).verify(pdf);
    }

    @Test
    void theIssuedFileIsGenuine() throws Exception {
        VerificationReport report = verify(Files.readAllBytes(letterA.file()));
        assertThat(report.verdict()).isEqualTo(LetterVerdict.GENUINE);
        assertThat(report.reference()).isEqualTo(letterA.referenceNo());
    }

    @Test
    void aSwappedDecisionRecordMakesTheLetterAltered() throws Exception {
        byte[] otherRecord = PdfAttachments.record(Files.readAllBytes(letterB.file()));
        byte[] swapped;
        try (PDDocument document = Loader.loadPDF(Files.readAllBytes(letterA.file()))) {
            var spec = document.getDocumentCatalog().getNames().getEmbeddedFiles().getNames()
                    .get(DecisionRecord.FILE_NAME);
            var file = new org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile(document,
                    new java.io.ByteArrayInputStream(otherRecord));
            spec.setEmbeddedFile(file);
            spec.setEmbeddedFileUnicode(file);
            swapped = save(document);
        }
        VerificationReport report = verify(swapped);
        assertThat(report.verdict()).isEqualTo(LetterVerdict.ALTERED);
        assertThat(report.findings()).anyMatch(f -> f.contains("decision record is not the one issued"));
    }

    @Test
    void aQrCodeCopiedOntoAnotherLetterIsCaught() throws Exception {
        byte[] forged;
        try (PDDocument document = Loader.loadPDF(Files.readAllBytes(letterB.file()))) {
            PDPage last = document.getPage(document.getNumberOfPages() - 1);
            QrMark qrOfA = QrMark.of(new LetterVerification(letterA.referenceNo(), letterA.recordSha256()).qrPayload());
            try (PDPageContentStream content = new PDPageContentStream(document, last,
                    PDPageContentStream.AppendMode.APPEND, true, true)) {
                // Paint over B's code and draw A's in its place.
                content.setNonStrokingColor(1f, 1f, 1f);
                content.addRect(0, 0, PageFlow.RIGHT - 200, PageFlow.PAGE.getHeight());
                content.fill();
                qrOfA.draw(content, PageFlow.LEFT, 400, 2.1f);
            }
            forged = save(document);
        }
        VerificationReport report = verify(forged);
        assertThat(report.verdict()).isEqualTo(LetterVerdict.ALTERED);
        assertThat(report.findings()).anyMatch(f -> f.contains("QR code names " + letterA.referenceNo())
                || f.contains("decision record is not the one issued"));
    }

    @Test
    void aLetterThisWorkspaceNeverIssuedIsNotIssuedHereAndAnythingElseUnknown() {
        RenderedLetter stranger = press.render(LetterSamples.shortLetter(LetterLanguage.EN)
                .withReference("XX-L-2026-000777", LetterSamples.ISSUED, null));
        VerificationReport report = verify(stranger.pdf());
        assertThat(report.verdict()).isEqualTo(LetterVerdict.NOT_ISSUED_HERE);
        assertThat(report.findings()).anyMatch(f -> f.contains("never issued XX-L-2026-000777"));
        assertThat(verify("not a pdf".getBytes(StandardCharsets.UTF_8)).verdict()).isEqualTo(LetterVerdict.UNKNOWN);
    }

    @Test
    void aSignedLetterStaysPdfAIsAcceptedByPdfsigAndVerifiesGenuine() throws Exception {
        LetterSigner signer = OfficeSigners.liNa(root.resolve("pki"));
        IssuedLetter signed = workspace.issuer().issue(workspace.decidedCase("郑凯", "110105199001017890",
                OutcomeKind.REVERSED, "理由丙。"), LetterLanguage.ZH, press, signer, 1L);
        byte[] bytes = Files.readAllBytes(signed.file());

        VerificationReport report = verify(bytes);
        assertThat(report.verdict()).isEqualTo(LetterVerdict.GENUINE);
        assertThat(report.findings()).anyMatch(f -> f.contains("signature is intact"));
        assertThat(PdfAValidation.violations(bytes)).isEmpty();
        assertThat(PdfSignatureCheck.check(bytes)).singleElement().satisfies(r -> {
            assertThat(r.subFilter()).isEqualTo("ETSI.CAdES.detached");
            assertThat(r.coversWholeFileButSignature()).isTrue();
            assertThat(r.valid()).isTrue();
        });

        bytes[bytes.length / 3] ^= 0x01;
        assertThat(verify(bytes).verdict()).isNotEqualTo(LetterVerdict.GENUINE);
        assertThat(PdfSignatureCheck.check(bytes)).noneMatch(PdfSignatureCheck.Result::valid);
    }

    @Test
    @ExternalTool(value = "pdfsig", installedBy = "poppler-utils")
    void pdfsigAcceptsASignedLetter() throws Exception {
        LetterSigner signer = OfficeSigners.liNa(root.resolve("pki"));
        IssuedLetter signed = workspace.issuer().issue(workspace.decidedCase("冯洁", "110105199001019012",
                OutcomeKind.REVERSED, "理由戊。"), LetterLanguage.ZH, press, signer, 1L);
        Process pdfsig = new ProcessBuilder("pdfsig", signed.file().toString()).redirectErrorStream(true).start();
        String out = new String(pdfsig.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(pdfsig.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(out).contains("Signature Validation: Signature is Valid.").contains("ETSI.CAdES.detached");
    }

    @Test
    void theCommandLineExportsAndVerifiesWithExitCodes() throws Exception {
        String caseNo = workspace.decidedCase("钱伟", "110105199001018901", OutcomeKind.REVERSED, "理由丁。");
        Path out = root.resolve("out");
        {
            StringWriter text = new StringWriter();
            int exported;
            try (AutoCloseable ignored = org.redress.cli.SignInOption.environmentForTests(
                    java.util.Map.of(org.redress.cli.SignInOption.PASSWORD_VARIABLE, LetterWorkspace.PASSWORD))) {
                exported = run(text, "letters", "export", "--case", caseNo, "--lang", "en", "--out", out.toString(),
                        "--workspace", workspace.root().toString(), "--user", "li.na");
            }
            assertThat(exported).as(text.toString()).isZero();
            Path pdf;
            try (var files = Files.list(out)) {
                pdf = files.filter(f -> f.toString().endsWith(".pdf")).findFirst().orElseThrow();
            }
            StringWriter verified = new StringWriter();
            assertThat(run(verified, "letters", "verify", pdf.toString(), "--workspace", workspace.root().toString()))
                    .isZero();
            assertThat(verified.toString()).startsWith("GENUINE");

            byte[] bytes = Files.readAllBytes(pdf);
            Path resaved = root.resolve("resaved.pdf");
            Files.write(resaved, PdfEdits.rewritten(bytes));
            StringWriter same = new StringWriter();
            assertThat(run(same, "letters", "verify", resaved.toString(), "--workspace", workspace.root().toString()))
                    .isZero();
            assertThat(same.toString()).startsWith("SAME CONTENT");
            Path tampered = root.resolve("tampered.pdf");
            Files.write(tampered, PdfEdits.withTextReplaced(bytes, 1, caseNo, caseNo.replace("-0000", "-9000")));
            StringWriter altered = new StringWriter();
            assertThat(run(altered, "letters", "verify", tampered.toString(), "--workspace",
                    workspace.root().toString())).isEqualTo(1);
            assertThat(altered.toString()).startsWith("ALTERED").contains("page 1, line ");
            Path stranger = root.resolve("stranger.pdf");
            Files.write(stranger, press.render(LetterSamples.shortLetter(LetterLanguage.EN)
                    .withReference("XX-L-2026-000778", LetterSamples.ISSUED, null)).pdf());
            StringWriter strange = new StringWriter();
            assertThat(run(strange, "letters", "verify", stranger.toString(), "--workspace",
                    workspace.root().toString())).isEqualTo(2);
            assertThat(strange.toString()).startsWith("NOT ISSUED HERE");
        }
    }

    private static int run(StringWriter out, String... args) {
        var line = new picocli.CommandLine(new org.redress.cli.RedressCommand());
        line.setOut(new PrintWriter(out));
        line.setErr(new PrintWriter(out));
        return line.execute(args);
    }

    private static byte[] save(PDDocument document) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        document.save(out);
        return out.toByteArray();
    }

    static Path selfSignedPkcs12(Path file, char[] password) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair pair = generator.generateKeyPair();
        X500Name name = new X500Name("CN=Li Na, O=Rongcheng Social Credit Review Office, C=CN");
        Instant now = Instant.now();
        var builder = new JcaX509v3CertificateBuilder(name, BigInteger.valueOf(now.toEpochMilli()),
                Date.from(now.minusSeconds(3600)), Date.from(now.plusSeconds(365L * 24 * 3600)), name,
                pair.getPublic());
        X509Certificate certificate = new JcaX509CertificateConverter()
                .getCertificate(builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(pair.getPrivate())));
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry("officer", pair.getPrivate(), password, new X509Certificate[] {certificate});
        try (var out = Files.newOutputStream(file)) {
            store.store(out, password);
        }
        return file;
    }

}
