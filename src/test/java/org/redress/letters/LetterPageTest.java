package org.redress.letters;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.xmpbox.xml.DomXmpParser;
import org.junit.jupiter.api.Test;
import org.redress.testing.ExternalTool;
import org.redress.domain.appeal.OutcomeKind;
import org.redress.letters.pdf.PageFlow;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How letters sit on the page, checked on the PDFs: pages are filled before the next starts, the
 * verification block never stands alone on the last page, no reference or date is broken across
 * lines, and the file is tagged with its language and carries the moment of issue.
 */
class LetterPageTest {

    private static final LetterPress PRESS = LetterPress.create();
    private static final String SENTENCE_ZH = "经审查，申请人提交的银行流水显示相关款项已于2025年10月28日按期归还，作出机关记录所依据的事实不存在。";
    private static final String SENTENCE_EN = "The bank statement shows the amount was repaid on 28 October 2025, so the"
            + " facts the agency relied on did not exist. ";
    /** A page may end this far above the bottom margin before a block that did not fit (a heading kept with what follows). */
    // Was 190: issue 16 keeps a space for the visible signature under "Decided by" (62 pt and 6 pt above it), which
    // goes to the next page whole when it does not fit, so a page may now end that much earlier as well.
    private static final float MOST_LEFT_EMPTY = 190f + SignatureSlot.HEIGHT + 6f;

    /** Letters of many lengths in each language: reasons from one sentence to two pages' worth. */
    private static List<LetterContent> letters() {
        List<LetterContent> letters = new ArrayList<>();
        for (LetterLanguage language : LetterLanguage.values()) {
            for (int sentences = 1; sentences <= 46; sentences += 3) {
                List<LetterContent.Disputed> disputed = new ArrayList<>();
                for (int i = 0; i <= sentences % 4; i++) {
                    disputed.add(LetterSamples.deduction(100 + i, i % 2 == 0 ? OutcomeKind.REVERSED : OutcomeKind.UPHELD));
                }
                letters.add(LetterSamples.letter(language, "张三", disputed, SENTENCE_ZH.repeat(sentences),
                        SENTENCE_EN.repeat(sentences), sentences % 5));
            }
        }
        return letters;
    }

    @Test
    void everyPageButTheLastIsFilledAndTheLastNeverHoldsTheVerificationAlone() throws Exception {
        for (LetterContent content : letters()) {
            RenderedLetter letter = PRESS.render(content);
            Map<Integer, Float> lowest = lowestText(letter.pdf());
            String what = content.language() + " letter with " + content.texts().toString().length() + " chars, "
                    + letter.pages() + " pages";
            SignatureSlot slot = letter.signatureSlot();
            for (int page = 1; page < letter.pages(); page++) {
                float lowestContent = lowest.get(page);
                if (slot != null && slot.page() == page - 1) {
                    // The space kept for the visible signature is the page's content too (issue 16, item 3).
                    lowestContent = Math.max(lowestContent, PageFlow.PAGE.getHeight() - slot.y());
                }
                float empty = PageFlow.PAGE.getHeight() - 72f - lowestContent;
                assertThat(empty).as("%s: page %d ends %s pt above the bottom margin", what, page, empty)
                        .isLessThan(MOST_LEFT_EMPTY);
            }
            List<String> last = LetterText.pages(letter.pdf()).getLast();
            int verification = indexOfFirst(last, "七、核验", "7. Checking this letter");
            // The running header is the first line of a later page; something else must come before the block.
            int before = letter.pages() == 1 ? verification : verification - 1;
            assertThat(before).as("%s: content before the verification block on the last page: %s", what, last)
                    .isPositive();
        }
    }

    @Test
    void noReferenceOrDateIsBrokenAcrossLines() throws Exception {
        List<String> tokens = List.of("RD-L-2026-000123", "RD-2026-000042", "AG01-2025-00101", "2026年4月13日",
                "13 April 2026", "28 October 2025", "2025年10月28日", "2026年3月20日", "20 March 2026", "2026-03-03",
                "0631-7580123", "15 个工作日", "15 working days");
        for (LetterContent content : letters()) {
            byte[] pdf = PRESS.render(content).pdf();
            List<String> lines = LetterText.pages(pdf).stream().flatMap(List::stream).toList();
            String kept = String.join("\n", lines);
            String joined = String.join("", lines);
            for (String token : tokens) {
                String compactToken = token.replace(" ", "");
                assertThat(count(kept.replace(" ", ""), compactToken))
                        .as("%s in a %s letter is never split between lines", token, content.language())
                        .isEqualTo(count(joined.replace(" ", ""), compactToken));
            }
        }
    }

    @Test
    @ExternalTool(value = "pdftotext", installedBy = "poppler-utils")
    void pdftotextSeesNoReferenceOrDateBrokenAcrossLines() throws Exception {
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("letters");
        for (LetterLanguage language : LetterLanguage.values()) {
            String text = Pdftotext.of(PRESS.render(LetterSamples.shortLetter(language)).pdf(), dir);
            assertThat(text).contains("RD-L-2026-000123").contains(language == LetterLanguage.EN ? "13 April 2026"
                    : "2026年4月13日");
        }
    }

    @Test
    void lettersAreTaggedWithTheirLanguageAndCarryTheMomentOfIssue() throws Exception {
        for (LetterLanguage language : LetterLanguage.values()) {
            RenderedLetter letter = PRESS.render(LetterSamples.shortLetter(language));
            try (PDDocument document = Loader.loadPDF(letter.pdf())) {
                var catalog = document.getDocumentCatalog();
                assertThat(catalog.getLanguage()).isEqualTo(language == LetterLanguage.EN ? "en" : "zh-CN");
                assertThat(catalog.getMarkInfo().isMarked()).isTrue();
                var root = catalog.getStructureTreeRoot();
                assertThat(root).isNotNull();
                assertThat(root.getParentTree()).isNotNull();
                List<PDStructureElement> elements = new ArrayList<>();
                collect(root, elements);
                assertThat(elements).extracting(PDStructureElement::getStructureType)
                        .contains("Document", "H1", "H2", "P", "Table", "TR", "TH", "TD", "Figure");
                assertThat(elements).filteredOn(e -> "Figure".equals(e.getStructureType()))
                        .singleElement().satisfies(f -> assertThat(f.getAlternateDescription()).startsWith("QR code RDL1:"));
                if (language == LetterLanguage.BILINGUAL) {
                    assertThat(elements).anyMatch(e -> "en".equals(e.getLanguage()));
                } else {
                    assertThat(elements).noneMatch(e -> e.getLanguage() != null);
                }
                for (PDPage page : document.getPages()) {
                    assertThat(page.getStructParents()).isGreaterThanOrEqualTo(0);
                }
                var info = document.getDocumentInformation();
                assertThat(info.getCreationDate().toInstant()).isEqualTo(LetterSamples.ISSUED.toInstant());
                assertThat(info.getCOSObject().getString(COSName.CREATION_DATE)).startsWith("D:20260320101530+08");
                var xmp = new DomXmpParser().parse(catalog.getMetadata().toByteArray());
                assertThat(xmp.getXMPBasicSchema().getCreateDate().toInstant())
                        .isEqualTo(LetterSamples.ISSUED.toInstant());
                assertThat(xmp.getDublinCoreSchema().getLanguages())
                        .containsExactly(language == LetterLanguage.EN ? "en" : "zh-CN");
            }
            assertThat(PdfAValidation.violations(letter.pdf())).as(language.name()).isEmpty();
        }
    }

    private static void collect(PDStructureNode node, List<PDStructureElement> into) {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement element) {
                into.add(element);
                collect(element, into);
            }
        }
    }

    private static int count(String text, String token) {
        int n = 0;
        for (int at = text.indexOf(token); at >= 0; at = text.indexOf(token, at + 1)) {
            n++;
        }
        return n;
    }

    private static int indexOfFirst(List<String> lines, String... starts) {
        for (int i = 0; i < lines.size(); i++) {
            for (String start : starts) {
                if (lines.get(i).startsWith(start)) {
                    return i;
                }
            }
        }
        throw new AssertionError("none of the lines starts with " + List.of(starts) + ": " + lines);
    }

    /** Per page (1-based), the lowest baseline of body text, in points from the top (footer left out). */
    private static Map<Integer, Float> lowestText(byte[] pdf) throws IOException {
        Map<Integer, Float> lowest = new TreeMap<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    for (TextPosition p : positions) {
                        float y = p.getYDirAdj();
                        if (y < PageFlow.PAGE.getHeight() - 60f) {
                            lowest.merge(getCurrentPageNo(), y, Math::max);
                        }
                    }
                }
            };
            stripper.getText(document);
        }
        return lowest;
    }
}
