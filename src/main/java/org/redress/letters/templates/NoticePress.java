package org.redress.letters.templates;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.redress.domain.scheme.LocalizedText;
import org.redress.letters.DecisionRecord;
import org.redress.letters.LetterLanguage;
import org.redress.letters.LetterVerification;
import org.redress.letters.PlainWords;
import org.redress.letters.pdf.LineBreaker;
import org.redress.letters.pdf.MissingGlyphPolicy;
import org.redress.letters.pdf.PageFlow;
import org.redress.letters.pdf.PdfA;
import org.redress.letters.pdf.TypeFaces;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Renders notices to PDF/A-3u on the decision letters' machinery: the same fonts, page flow, tagging,
 * XMP metadata and QR verification mark, the record embedded as {@value DecisionRecord#FILE_NAME}
 * (format {@value NoticeContent#FORMAT}), so {@code redress letters verify} reads a notice as it reads
 * a decision letter. One press per thread (PDFBox objects are not thread-safe).
 */
public final class NoticePress {

    static final LocalizedText S_VERIFY = new LocalizedText("核验", "Checking this letter");
    static final LocalizedText VERIFY_HOW = new LocalizedText(
            "扫描二维码或运行 redress letters verify 可核验本通知书。通知记录以 JSON 文件形式附于本 PDF 中。",
            "Scan the QR code, or run redress letters verify on this file, to check that the letter is genuine. Its"
                    + " record is attached to this PDF as a JSON file.");

    /** A notice as rendered: the PDF, its record and what binds them. */
    public record Rendered(NoticeContent content, byte[] pdf, byte[] recordJson, LetterVerification verification,
                           int pages) {
    }

    private final TypeFaces faces;
    private final LineBreaker breaker;
    private final PdfA pdfA = new PdfA();

    private NoticePress(TypeFaces faces) {
        this.faces = faces;
        this.breaker = new LineBreaker(faces);
    }

    public static NoticePress create() {
        return new NoticePress(TypeFaces.load(MissingGlyphPolicy.MARK));
    }

    public TypeFaces faces() {
        return faces;
    }

    public LineBreaker breaker() {
        return breaker;
    }

    public Rendered render(NoticeContent c) {
        byte[] record = c.recordJson();
        LetterVerification verification = new LetterVerification(c.referenceNo(), DecisionRecord.sha256(record));
        LetterLanguage lang = c.language();
        try (PDDocument document = new PDDocument()) {
            PageFlow flow = new PageFlow(document, faces, breaker, c.letterhead().officeCode() + " · " + c.referenceNo());
            DocumentBlocks blocks = new DocumentBlocks(flow, lang);
            LocalizedText title = title(c);
            blocks.letterhead(c.letterhead(), title);
            blocks.keyValue(PlainWords.label("reference"), c.referenceNo(), "referenceNo");
            blocks.keyValue(PlainWords.label("dateOfIssue"), blocks.date(c.issuedOn()), "issuedOn");
            blocks.keyValue(PlainWords.label("caseNo"), c.caseNo(), "caseNo");
            blocks.keyValue(PlainWords.label("to"), c.addresseeName(), "addressee.name");
            blocks.keyValue(PlainWords.label("identifier"), c.maskedIdentifier(), "addressee.identifier");
            flow.space(8f);
            if (c.zh() != null) {
                for (String p : c.zh().paragraphs()) {
                    blocks.zh(p, "body.zh");
                }
            }
            if (c.en() != null) {
                if (c.zh() != null) {
                    flow.space(8f);
                }
                for (String p : c.en().paragraphs()) {
                    blocks.en(p, "body.en");
                }
            }
            flow.space(6f);
            blocks.verification(verification, S_VERIFY, VERIFY_HOW);
            flow.finish(page -> {
                LocalizedText words = PlainWords.page(page, flow.pageCount());
                String pageText = switch (lang) {
                    case ZH -> words.zh();
                    case EN -> words.en();
                    case BILINGUAL -> words.zh() + " · " + words.en();
                };
                return new String[] {c.referenceNo() + " · " + verification.shortCode(), pageText};
            }, lang == LetterLanguage.EN ? "en" : "zh-CN");
            pdfA.apply(document, metadata(c, title), new PdfA.Attachment(DecisionRecord.FILE_NAME, "application/json",
                    "Letter record " + c.referenceNo(), record));
            ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
            document.save(out);
            return new Rendered(c, out.toByteArray(), record, verification, flow.pageCount());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write letter " + c.referenceNo(), e);
        }
    }

    private static LocalizedText title(NoticeContent c) {
        String zh = c.zh() != null ? c.zh().template().title() : c.kind().defaultTitle().zh();
        String en = c.en() != null ? c.en().template().title() : c.kind().defaultTitle().en();
        return new LocalizedText(zh, en);
    }

    private static PdfA.Metadata metadata(NoticeContent c, LocalizedText words) {
        return org.redress.letters.LetterMetadata.of(c.language(), words, c.referenceNo(), c.letterhead(), c.caseNo(),
                c.issuedAt());
    }
}
