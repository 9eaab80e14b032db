package org.redress.letters;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redress.cli.RedressCommand;
import org.redress.domain.appeal.OutcomeKind;
import org.redress.keys.FileDeviceKey;
import org.redress.letters.qr.Ed25519Keys;
import org.redress.letters.qr.Endorsement;
import org.redress.letters.qr.LetterOutcome;
import org.redress.letters.qr.OfflineVerifier;
import org.redress.letters.qr.QrSigning;
import org.redress.letters.qr.SignedPayload;
import picocli.CommandLine;

import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue #16, item 2: a workstation the office endorsed prints a signed QR code, and anyone with the
 * office's public key checks the letter offline, with no workspace.
 */
class SignedQrLetterTest {

    static final String ADDRESS = "https://hub.rongcheng.example/v";

    @TempDir
    static Path root;
    static LetterWorkspace workspace;
    static KeyPair office;
    static IssuedLetter first;
    static IssuedLetter second;
    static IssuedLetter english;

    @BeforeAll
    static void issue() throws Exception {
        workspace = new LetterWorkspace(root.resolve("ws"));
        office = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        var device = FileDeviceKey.loadOrCreate(workspace.database.workspace().deviceKeyFile()).key();
        Endorsement endorsement = Endorsement.issue(office.getPrivate(), "RD", device.publicKey(), LocalDate.of(2026, 6, 1));
        workspace.database.writeAndWait(c -> {
            QrSigning.store(c, endorsement, office.getPublic(), ADDRESS, LetterWorkspace.CLOCK.instant());
            return null;
        });
        LetterPress press = LetterPress.create();
        String caseNo = workspace.decidedCase("周杰", "110105199001015678", OutcomeKind.REVERSED, "理由甲。");
        first = workspace.issuer().issue(caseNo, LetterLanguage.ZH, press, null, 1L);
        second = workspace.issuer().issue(caseNo, LetterLanguage.BILINGUAL, press, null, 1L);
        english = workspace.issuer().issue(workspace.decidedCase("吴芳", "110105199001016789", OutcomeKind.UPHELD,
                "理由乙。"), LetterLanguage.EN, press, null, 1L);
    }

    @AfterAll
    static void close() {
        workspace.close();
    }

    private static byte[] bytes(IssuedLetter letter) throws Exception {
        return Files.readAllBytes(letter.file());
    }

    @Test
    void theQrCodeCarriesTheSignedPayloadAfterTheVerificationAddress() throws Exception {
        LetterFile file = LetterFile.read(bytes(second));
        LetterVerification qr = file.qr().orElseThrow();
        SignedPayload p = qr.signed();
        assertThat(p).isNotNull();
        assertThat(qr.verifyAddress()).isEqualTo(ADDRESS);
        assertThat(p.referenceNo()).isEqualTo(second.referenceNo());
        assertThat(p.recordSha256()).isEqualTo(second.recordSha256());
        assertThat(p.outcome()).isEqualTo(LetterOutcome.MIXED);
        assertThat(p.maskedSubject()).isEqualTo("110105********5678");
        assertThat(p.replaces()).isEqualTo(first.referenceNo());
        assertThat(p.issuedOn()).isEqualTo(LocalDate.of(2026, 3, 20));
        assertThat(p.check(office.getPublic())).isEqualTo(SignedPayload.Check.VALID);
        // The letter says where and how to check it, in each of its languages, and the office's telephone.
        String text = String.join("\n", file.pages().getLast());
        assertThat(text).contains(ADDRESS).contains("扫描二维码").contains("Scan the QR code with a phone camera");
        assertThat(String.join("\n", LetterFile.read(bytes(english)).pages().getLast()))
                .contains(ADDRESS).doesNotContain("扫描二维码");
    }

    @Test
    void theWorkspaceVerifierStillReadsItAndNamesTheLetterInForce() throws Exception {
        VerificationReport report = new LetterVerifier(workspace.database).verify(bytes(first));
        assertThat(report.verdict()).isEqualTo(LetterVerdict.GENUINE);
        assertThat(report.currentReference()).isEqualTo(second.referenceNo());
    }

    @Test
    void onlyTheOfficesPublicKeyIsNeededOnAFreshMachine(@TempDir Path elsewhere) throws Exception {
        Path letter = elsewhere.resolve("letter.pdf");
        Files.write(letter, bytes(second));
        Path key = elsewhere.resolve("office.pem");
        Files.writeString(key, Ed25519Keys.pem(office.getPublic()));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cmd = new CommandLine(new RedressCommand());
        cmd.setOut(new PrintWriter(out, true));
        cmd.setErr(new PrintWriter(err, true));
        int exit = cmd.execute("letters", "verify", letter.toString(), "--office-key", key.toString(),
                "--workspace", elsewhere.resolve("no-workspace-here").toString());
        assertThat(exit).as(out + "\n" + err).isZero();
        assertThat(out.toString()).startsWith("GENUINE  " + second.referenceNo())
                .contains("it replaces letter " + first.referenceNo()).contains(ADDRESS);
        assertThat(Files.exists(elsewhere.resolve("no-workspace-here"))).isFalse();
    }

    @Test
    void anotherOfficesKeyDoesNotVouchForIt() throws Exception {
        KeyPair other = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        VerificationReport report = new OfflineVerifier(List.of(other.getPublic())).verify(bytes(first));
        assertThat(report.verdict()).isEqualTo(LetterVerdict.NOT_ISSUED_HERE);
        assertThat(report.verdict().exitCode()).isEqualTo(2);
    }

    @Test
    void aSwappedRecordOrQrCodeIsAlteredOffline() throws Exception {
        byte[] swapped = PdfEdits.withQrCode(bytes(first), LetterFile.read(bytes(english)).qr().orElseThrow().qrPayload());
        VerificationReport report = new OfflineVerifier(List.of(office.getPublic())).verify(swapped);
        assertThat(report.verdict()).isEqualTo(LetterVerdict.ALTERED);
        assertThat(report.differences()).anyMatch(d -> d.contains("embedded decision record"));
    }

    @Test
    void anUnsignedLetterIsUnknownOffline() throws Exception {
        byte[] unsigned = PdfEdits.withQrCode(bytes(first), new LetterVerification(first.referenceNo(),
                first.recordSha256()).qrPayload());
        VerificationReport report = new OfflineVerifier(List.of(office.getPublic())).verify(unsigned);
        assertThat(report.verdict()).isEqualTo(LetterVerdict.UNKNOWN);
    }

    @Test
    void theSignedCodeDecodesFromA100DpiPicture() throws Exception {
        for (IssuedLetter letter : List.of(first, english)) {
            try (PDDocument document = Loader.loadPDF(bytes(letter))) {
                BufferedImage page = new PDFRenderer(document).renderImageWithDPI(document.getNumberOfPages() - 1, 100f,
                        ImageType.RGB);
                assertThat(QrReading.decode(page)).isPresent().get().asString().startsWith(ADDRESS + "/RDL2");
            }
        }
    }
}
