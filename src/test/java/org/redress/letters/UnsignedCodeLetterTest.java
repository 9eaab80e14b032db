package org.redress.letters;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redress.domain.appeal.OutcomeKind;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 16: a workstation the office never endorsed (it never synced) prints an unsigned {@code RDL1}
 * QR code; the letter then says in each of its languages that only the issuing office can check it,
 * and {@code letters verify} explains the same.
 */
class UnsignedCodeLetterTest {

    @TempDir
    static Path root;
    static LetterWorkspace workspace;

    @BeforeAll
    static void open() {
        workspace = new LetterWorkspace(root.resolve("ws"));
    }

    @AfterAll
    static void close() {
        workspace.close();
    }

    @Test
    void aLetterWithAnUnsignedCodeSaysOnlyTheIssuingOfficeCanCheckIt() throws Exception {
        LetterIssuer issuer = new LetterIssuer(workspace.database, LetterWorkspace.CATALOG, LetterWorkspace.CALENDAR,
                LetterWorkspace.CLOCK);
        IssuedLetter letter = issuer.issue(workspace.decidedCase("周洁", "110105199001016666", OutcomeKind.REVERSED,
                "理由己。"), LetterLanguage.BILINGUAL, LetterPress.create(), null, 1L);
        byte[] bytes = Files.readAllBytes(letter.file());
        LetterFile file = LetterFile.read(bytes);
        assertThat(file.qr()).hasValueSatisfying(v -> assertThat(v.signed()).isNull());
        List<String> lines = file.pages().getLast();
        String zh = String.join("", lines).replace(" ", "");
        String en = String.join(" ", lines);
        assertThat(zh).contains("二维码未经本机关签名，只能由签发本决定书的机关对照其记录核验");
        assertThat(en).contains("QR code is not signed by the office, so only the issuing office can check it");

        VerificationReport report = new LetterVerifier(workspace.database).verify(bytes);
        assertThat(report.verdict()).isEqualTo(LetterVerdict.GENUINE);
        assertThat(String.join("\n", report.findings())).contains("(RDL1) is not signed by the office")
                .contains("only the issuing office can check it");
    }
}
