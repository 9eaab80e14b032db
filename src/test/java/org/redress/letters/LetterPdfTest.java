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

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
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

    @Test
    void pdftotextReadsBothScriptsOfEachLanguage() throws Exception {
        for (LetterLanguage language : LetterLanguage.values()) {
            String text = Pdftotext.of(PRESS.render(LetterSamples.shortLetter(language)).pdf(), dir);
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
        StringBuilder reasons = new StringBuilder();
        for (int i = 1; i <= 200; i++) {
            reasons.append("第").append(i).append("段：经审查，作出机关未能提供逾期还款的原始凭证，申请人提交的银行流水显示相关款项已按期归还，")
                    .append("故原扣分缺乏事实依据。Paragraph ").append(i).append(": the agency produced no record of the late payment.\n");
        }
        reasons.append("最后一段。THE-END-OF-REASONS");
        LetterContent content = LetterSamples.letter(LetterLanguage.BILINGUAL, "张三",
                List.of(LetterSamples.deduction(101, OutcomeKind.REVERSED)), reasons.toString(), 2);
        RenderedLetter letter = PRESS.render(content);

        assertThat(letter.pages()).isGreaterThanOrEqualTo(10);
        String text = Pdftotext.of(letter.pdf(), dir);
        assertThat(text).contains("THE-END-OF-REASONS", "第200段", "第 " + letter.pages() + " 页 共 " + letter.pages() + " 页",
                "Page 3 of " + letter.pages());
        assertThat(PdfAValidation.violations(letter.pdf())).isEmpty();
    }

    @Test
    void theLargestTableBreaksAcrossPagesWithItsHeaderRepeated() throws Exception {
        List<LetterContent.Disputed> disputed = new ArrayList<>();
        for (int i = 0; i < 45; i++) {
            disputed.add(LetterSamples.deduction(100 + i, i % 3 == 0 ? OutcomeKind.UPHELD : OutcomeKind.REVERSED));
        }
        RenderedLetter letter = PRESS.render(LetterSamples.letter(LetterLanguage.BILINGUAL, "张三", disputed, "理由。", 60));

        assertThat(letter.pages()).isGreaterThanOrEqualTo(4);
        String secondPage = Pdftotext.page(letter.pdf(), 2, dir);
        assertThat(secondPage).contains("序号", "Legal basis", "AG01-2025-00");
        assertThat(PdfAValidation.violations(letter.pdf())).isEmpty();
    }

    @Test
    void aNameOutsideTheBmpIsMarkedAndStillExtractsAsItself() throws Exception {
        LetterContent content = LetterSamples.letter(LetterLanguage.BILINGUAL, "𠮷田春", List.of(
                LetterSamples.deduction(101, OutcomeKind.REVERSED)), "理由。", 1);
        RenderedLetter letter = PRESS.render(content);

        assertThat(Pdftotext.of(letter.pdf(), dir)).contains("𠮷田春");
        assertThat(new String(letter.recordJson(), java.nio.charset.StandardCharsets.UTF_8)).contains("𠮷田春");
        assertThat(PdfAValidation.violations(letter.pdf())).isEmpty();
        Path png = dir.resolve("rare");
        new ProcessBuilder("pdftoppm", "-r", "80", "-png", "-f", "1", "-l", "1", write(letter.pdf(), "rare.pdf"),
                png.toString()).inheritIO().start().waitFor();
    }

    @Test
    void underTheFailPolicyAMissingGlyphNamesTheCharacterAndTheField() {
        LetterPress strict = LetterPress.create(MissingGlyphPolicy.FAIL);
        LetterContent content = LetterSamples.letter(LetterLanguage.ZH, "𠮷田", List.of(
                LetterSamples.deduction(101, OutcomeKind.REVERSED)), "理由。", 1);
        assertThatThrownBy(() -> strict.render(content)).isInstanceOf(MissingGlyphException.class)
                .hasMessageContaining("U+20BB7").hasMessageContaining("addressee.name");
    }

    private String write(byte[] pdf, String name) throws Exception {
        Path file = dir.resolve(name);
        Files.write(file, pdf);
        return file.toString();
    }
}
