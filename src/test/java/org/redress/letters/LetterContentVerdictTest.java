package org.redress.letters;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redress.domain.appeal.OutcomeKind;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Verdicts that tell content from bytes: a letter saved again (PDFBox full rewrite, object
 * streams, a new document ID, an appended newline) keeps its content and is SAME CONTENT; an edit
 * of the text, the record or the QR code is ALTERED, and the findings say where.
 */
class LetterContentVerdictTest {

    @TempDir
    static Path root;
    static LetterWorkspace workspace;
    static LetterPress press;
    static IssuedLetter letter;
    static IssuedLetter other;
    static byte[] issued;

    @BeforeAll
    static void issue() throws Exception {
        workspace = new LetterWorkspace(root.resolve("ws"));
        press = LetterPress.create();
        letter = workspace.issuer().issue(workspace.decidedCase("周杰", "110105199001015678", OutcomeKind.REVERSED,
                "理由甲。"), LetterLanguage.BILINGUAL, press, null, 1L);
        other = workspace.issuer().issue(workspace.decidedCase("吴芳", "110105199001016789", OutcomeKind.UPHELD,
                "理由乙。"), LetterLanguage.BILINGUAL, press, null, 1L);
        issued = Files.readAllBytes(letter.file());
    }

    @AfterAll
    static void close() {
        workspace.close();
    }

    private static VerificationReport verify(byte[] pdf) {
        return new LetterVerifier(workspace.database).verify(pdf);
    }

    private static void sameContent(byte[] copy) {
        assertThat(copy).isNotEqualTo(issued);
        VerificationReport report = verify(copy);
        assertThat(report.verdict()).as(String.join("\n", report.findings())).isEqualTo(LetterVerdict.SAME_CONTENT);
        assertThat(report.reference()).isEqualTo(letter.referenceNo());
        assertThat(report.differences()).isEmpty();
        assertThat(report.findings()).anyMatch(f -> f.contains("content unchanged"));
        assertThat(report.verdict().exitCode()).isZero();
    }

    @Test
    void theIssuedBytesAreGenuine() {
        assertThat(verify(issued).verdict()).isEqualTo(LetterVerdict.GENUINE);
    }

    @Test
    void aFullRewriteWithoutObjectStreamsIsTheSameContent() throws Exception {
        sameContent(PdfEdits.rewritten(issued));
    }

    @Test
    void aRewriteWithObjectStreamsIsTheSameContent() throws Exception {
        sameContent(PdfEdits.withObjectStreams(issued));
    }

    @Test
    void anAppendedNewlineIsTheSameContent() {
        sameContent(PdfEdits.withNewlineAppended(issued));
    }

    @Test
    void aNewDocumentIdIsTheSameContent() throws Exception {
        sameContent(PdfEdits.withNewDocumentId(issued));
    }

    @Test
    void aChangedMetadataByteIsTheSameContent() {
        byte[] bytes = issued.clone();
        String text = new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1);
        int at = text.indexOf("<xmp:CreatorTool>Redress") + "<xmp:CreatorTool>R".length();
        assertThat(at).isGreaterThan(20);
        bytes[at] = 'f';
        sameContent(bytes);
    }

    @Test
    void anAmountEditedInTheTextIsAlteredAndThePageAndLineAreNamed() throws Exception {
        // The effect section states the score before and after: 970 → 980.
        int page = pageShowing(issued, "970 → 980");
        byte[] edited = PdfEdits.withTextReplaced(issued, page, "980", "990");

        VerificationReport report = verify(edited);
        assertThat(report.verdict()).isEqualTo(LetterVerdict.ALTERED);
        assertThat(report.verdict().exitCode()).isEqualTo(1);
        assertThat(report.differences()).singleElement().satisfies(d -> assertThat(d)
                .startsWith("page " + page + ", line ").contains("970 → 990").contains("970 → 980"));
        assertThat(report.findings()).noneMatch(f -> f.contains("decision record is not"));
    }

    @Test
    void anEditedRecordFieldIsAlteredAndTheFieldIsNamed() throws Exception {
        byte[] edited = PdfEdits.withRecordEdited(issued, json -> json.replace("\"scoreAfter\":980",
                "\"scoreAfter\":990"));

        VerificationReport report = verify(edited);
        assertThat(report.verdict()).isEqualTo(LetterVerdict.ALTERED);
        assertThat(report.differences()).contains("the embedded decision record is not the one issued with "
                + letter.referenceNo()).anyMatch(d -> d.equals(
                "record field effects[0].scoreAfter reads 990 where the record as issued reads 980"));
    }

    @Test
    void anotherQrCodeIsAltered() throws Exception {
        byte[] edited = PdfEdits.withQrCode(issued, new LetterVerification(letter.referenceNo(), other.recordSha256())
                .qrPayload());

        VerificationReport report = verify(edited);
        assertThat(report.verdict()).isEqualTo(LetterVerdict.ALTERED);
        assertThat(report.differences()).anyMatch(d -> d.startsWith("the QR code names " + letter.referenceNo()
                + " with record hash " + other.recordSha256()));
    }

    @Test
    void aSupersededLetterNamesTheLetterInForceNotMerelyTheNext() throws Exception {
        String caseNo = workspace.decidedCase("郑凯", "110105199001017890", OutcomeKind.REVERSED, "理由丙。");
        IssuedLetter first = workspace.issuer().issue(caseNo, LetterLanguage.ZH, press, null, 1L);
        IssuedLetter second = workspace.issuer().issue(caseNo, LetterLanguage.EN, press, null, 1L);
        IssuedLetter third = workspace.issuer().issue(caseNo, LetterLanguage.BILINGUAL, press, null, 1L);

        VerificationReport oldest = verify(Files.readAllBytes(first.file()));
        assertThat(oldest.verdict()).isEqualTo(LetterVerdict.GENUINE);
        assertThat(oldest.currentReference()).isEqualTo(third.referenceNo());
        assertThat(oldest.findings()).anyMatch(f -> f.startsWith("superseded: the letter in force for case " + caseNo
                + " is " + third.referenceNo()) && f.contains("replaced by " + second.referenceNo()));
        VerificationReport resaved = verify(PdfEdits.rewritten(Files.readAllBytes(second.file())));
        assertThat(resaved.verdict()).isEqualTo(LetterVerdict.SAME_CONTENT);
        assertThat(resaved.currentReference()).isEqualTo(third.referenceNo());
        assertThat(verify(Files.readAllBytes(third.file())).currentReference()).isNull();
    }

    @Test
    void withoutTheIssuedCopyTheTextCannotBeComparedAndTheVerdictIsUnknown() throws Exception {
        String caseNo = workspace.decidedCase("王磊", "110105199001019012", OutcomeKind.REVERSED, "理由丁。");
        IssuedLetter gone = workspace.issuer().issue(caseNo, LetterLanguage.ZH, press, null, 1L);
        byte[] bytes = Files.readAllBytes(gone.file());
        Files.delete(gone.file());

        assertThat(verify(bytes).verdict()).as("the bytes are still those issued").isEqualTo(LetterVerdict.GENUINE);
        VerificationReport report = verify(PdfEdits.rewritten(bytes));
        assertThat(report.verdict()).isEqualTo(LetterVerdict.UNKNOWN);
        assertThat(report.findings()).anyMatch(f -> f.contains("visible text cannot be compared"));
    }

    private static int pageShowing(byte[] pdf, String text) throws Exception {
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            var pages = LetterFile.text(document);
            for (int i = 0; i < pages.size(); i++) {
                if (pages.get(i).stream().anyMatch(l -> l.contains(text))) {
                    return i + 1;
                }
            }
        }
        throw new AssertionError("no page shows " + text);
    }
}
