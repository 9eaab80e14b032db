package org.redress.letters;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redress.domain.appeal.OutcomeKind;
import org.redress.letters.pdf.MissingGlyphException;
import org.redress.letters.pdf.MissingGlyphPolicy;
import org.redress.testing.ExternalTool;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LetterPdfTest {

    private static final LetterPress PRESS = LetterPress.create();

    @TempDir
    Path dir;

    @Test
    void aShortBilingualLetterIsPdfA3u() {
        RenderedLetter letter = PRESS.render(LetterSamples.shortLetter(LetterLanguage.BILINGUAL));
        assertThat(PdfAValidation.violations(letter.pdf())).isEmpty();
    }

    @Test
    void theValidatorIsWiredIn_aLetterWithoutItsOutputIntentFails() throws Exception {
        RenderedLetter letter = PRESS.render(LetterSamples.shortLetter(LetterLanguage.ZH));
        byte[] broken;
        try (PDDocument document = Loader.loadPDF(letter.pdf())) {
            document.getDocumentCatalog().getCOSObject().removeItem(org.apache.pdfbox.cos.COSName.OUTPUT_INTENTS);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            broken = out.toByteArray();
        }
        assertThat(PdfAValidation.violations(broken)).isNotEmpty();
    }

    /** How a test reads a letter's text (page 0: all pages): PDFBox always, poppler's pdftotext where installed. */
    @FunctionalInterface
    interface TextReader {
        String read(byte[] pdf, int page) throws Exception;
    }

    private static final TextReader PDFBOX = (pdf, page) -> page == 0 ? LetterText.of(pdf) : LetterText.page(pdf, page);

    private TextReader poppler() {
        return (pdf, page) -> page == 0 ? Pdftotext.of(pdf, dir) : Pdftotext.page(pdf, page, dir);
    }

    @Test
    void eachLanguageExtractsWithBothScripts() throws Exception {
        bothScriptsOfEachLanguage(PDFBOX);
    }

    @Test
    @ExternalTool(value = "pdftotext", installedBy = "poppler-utils")
    void pdftotextReadsBothScriptsOfEachLanguage() throws Exception {
        bothScriptsOfEachLanguage(poppler());
    }

    private static void bothScriptsOfEachLanguage(TextReader reader) throws Exception {
        for (LetterLanguage language : LetterLanguage.values()) {
            String text = reader.read(PRESS.render(LetterSamples.shortLetter(language)).pdf(), 0);
            if (language.showsChinese()) {
                assertThat(text).contains("信用扣分复核决定书", "荣成市社会信用复核办公室", "张三");
                assertThat(text.replaceAll("\\s+", "")).contains("拖欠银行贷款本息逾期未还");
            }
            if (language.showsEnglish()) {
                assertThat(text).contains("Decision on the review of a credit deduction", "What you disputed");
            }
            assertThat(text).contains("RD-L-2026-000123", "110105********002X").doesNotContain("110105199");
        }
    }

    @Test
    void theQrCodeDecodesFromA100DpiRenderToTheVerificationPayload() throws Exception {
        RenderedLetter letter = PRESS.render(LetterSamples.shortLetter(LetterLanguage.BILINGUAL));
        try (PDDocument document = Loader.loadPDF(letter.pdf())) {
            var image = new PDFRenderer(document).renderImageWithDPI(document.getNumberOfPages() - 1, 100f,
                    ImageType.RGB);
            assertThat(QrReading.decode(image)).contains(letter.verification().qrPayload());
        }
        assertThat(letter.verification().recordSha256()).isEqualTo(DecisionRecord.sha256(letter.recordJson()));
        assertThat(PdfAttachments.record(letter.pdf())).isEqualTo(letter.recordJson());
    }

    @Test
    void tenPagesOfReasonsPaginateWithPageNumbersAndStayPdfA() throws Exception {
        RenderedLetter letter = PRESS.render(tenPagesOfReasons());
        assertThat(letter.pages()).isGreaterThanOrEqualTo(10);
        pageNumbersAndTheLastParagraph(letter, PDFBOX);
        assertThat(PdfAValidation.violations(letter.pdf())).isEmpty();
    }

    @Test
    @ExternalTool(value = "pdftotext", installedBy = "poppler-utils")
    void pdftotextReadsTenPagesWithTheirPageNumbers() throws Exception {
        pageNumbersAndTheLastParagraph(PRESS.render(tenPagesOfReasons()), poppler());
    }

    private static LetterContent tenPagesOfReasons() {
        StringBuilder reasons = new StringBuilder();
        for (int i = 1; i <= 200; i++) {
            reasons.append("第").append(i).append("段：经审查，作出机关未能提供逾期还款的原始凭证，申请人提交的银行流水显示相关款项已按期归还，")
                    .append("故原扣分缺乏事实依据。Paragraph ").append(i).append(": the agency produced no record of the late payment.\n");
        }
        reasons.append("最后一段。THE-END-OF-REASONS");
        return LetterSamples.letter(LetterLanguage.BILINGUAL, "张三",
                List.of(LetterSamples.deduction(101, OutcomeKind.REVERSED)), reasons.toString(), 2);
    }

    private static void pageNumbersAndTheLastParagraph(RenderedLetter letter, TextReader reader) throws Exception {
        String text = reader.read(letter.pdf(), 0);
        assertThat(text).contains("THE-END-OF-REASONS", "第200段", "第 " + letter.pages() + " 页 共 " + letter.pages() + " 页",
                "Page 3 of " + letter.pages());
    }

    @Test
    void theLargestTableBreaksAcrossPagesWithItsHeaderRepeated() throws Exception {
        RenderedLetter letter = PRESS.render(fortyFiveDeductions());
        assertThat(letter.pages()).isGreaterThanOrEqualTo(4);
        headerRepeatedOnPageTwo(letter, PDFBOX);
        assertThat(PdfAValidation.violations(letter.pdf())).isEmpty();
    }

    @Test
    @ExternalTool(value = "pdftotext", installedBy = "poppler-utils")
    void pdftotextFindsTheTableHeaderRepeatedOnPageTwo() throws Exception {
        headerRepeatedOnPageTwo(PRESS.render(fortyFiveDeductions()), poppler());
    }

    private static LetterContent fortyFiveDeductions() {
        List<LetterContent.Disputed> disputed = new ArrayList<>();
        for (int i = 0; i < 45; i++) {
            disputed.add(LetterSamples.deduction(100 + i, i % 3 == 0 ? OutcomeKind.UPHELD : OutcomeKind.REVERSED));
        }
        return LetterSamples.letter(LetterLanguage.BILINGUAL, "张三", disputed, "理由。", 60);
    }

    private static void headerRepeatedOnPageTwo(RenderedLetter letter, TextReader reader) throws Exception {
        assertThat(reader.read(letter.pdf(), 2)).contains("序号", "Legal basis", "AG01-2025-00");
    }

    @Test
    void aNameOutsideTheBmpIsMarkedAndStillExtractsAsItself() throws Exception {
        RenderedLetter letter = PRESS.render(nameOutsideTheBmp());
        assertThat(LetterText.of(letter.pdf())).contains("𠮷田春");
        assertThat(new String(letter.recordJson(), java.nio.charset.StandardCharsets.UTF_8)).contains("𠮷田春");
        assertThat(PdfAValidation.violations(letter.pdf())).isEmpty();
    }

    @Test
    @ExternalTool(value = "pdftotext", installedBy = "poppler-utils")
    void pdftotextExtractsANameOutsideTheBmpAsItself() throws Exception {
        assertThat(Pdftotext.of(PRESS.render(nameOutsideTheBmp()).pdf(), dir)).contains("𠮷田春");
    }

    private static LetterContent nameOutsideTheBmp() {
        return LetterSamples.letter(LetterLanguage.BILINGUAL, "𠮷田春", List.of(
                LetterSamples.deduction(101, OutcomeKind.REVERSED)), "理由。", 1);
    }

    @Test
    void underTheFailPolicyAMissingGlyphNamesTheCharacterAndTheField() {
        LetterPress strict = LetterPress.create(MissingGlyphPolicy.FAIL);
        LetterContent content = LetterSamples.letter(LetterLanguage.ZH, "𠮷田", List.of(
                LetterSamples.deduction(101, OutcomeKind.REVERSED)), "理由。", 1);
        assertThatThrownBy(() -> strict.render(content)).isInstanceOf(MissingGlyphException.class)
                .hasMessageContaining("U+20BB7").hasMessageContaining("addressee.name");
    }
}
