package org.redress.letters;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.redress.letters.pdf.LineBreaker;
import org.redress.letters.pdf.MissingGlyphPolicy;
import org.redress.letters.pdf.PageFlow;
import org.redress.letters.pdf.PdfA;
import org.redress.letters.pdf.TypeFaces;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Renders letters to PDF/A-3u. One press per worker thread: it parses the fonts once and reuses
 * them, its line breaker and its XMP serializer for every letter it prints (PDFBox objects are not
 * thread-safe, and a {@code PDType0Font} belongs to one document).
 */
public final class LetterPress {

    private final TypeFaces faces;
    private final LineBreaker breaker;
    private final PdfA pdfA = new PdfA();

    private LetterPress(TypeFaces faces) {
        this.faces = faces;
        this.breaker = new LineBreaker(faces);
    }

    /** A press that marks characters no font has (see {@link MissingGlyphPolicy#MARK}). */
    public static LetterPress create() {
        return create(MissingGlyphPolicy.MARK);
    }

    public static LetterPress create(MissingGlyphPolicy policy) {
        return new LetterPress(TypeFaces.load(policy));
    }

    /** Renders the letter; the record and its hash come from the content itself. */
    public RenderedLetter render(LetterContent content) {
        return render(content, null);
    }

    /** Renders the letter with the workspace's audit chain head in its embedded record ({@link DecisionRecord}). */
    public RenderedLetter render(LetterContent content, org.redress.audit.@org.jspecify.annotations.Nullable ChainHead auditHead) {
        return render(content, auditHead, null);
    }

    /** … and its QR code signed by the workstation's endorsed key when {@code qrSigner} is given. */
    public RenderedLetter render(LetterContent content, org.redress.audit.@org.jspecify.annotations.Nullable ChainHead auditHead,
                                 org.redress.letters.qr.SignedPayload.@org.jspecify.annotations.Nullable Signer qrSigner) {
        byte[] record = DecisionRecord.canonicalJson(content, auditHead);
        LetterVerification verification = LetterVerification.of(content, record, qrSigner);
        try (PDDocument document = new PDDocument()) {
            String header = content.letterhead().officeCode() + " · " + content.referenceNo();
            PageFlow flow = new PageFlow(document, faces, breaker, header);
            LetterLayout layout = new LetterLayout(flow, content);
            layout.write(verification);
            LetterLanguage lang = content.language();
            flow.finish(page -> {
                var words = LetterWords.page(page, flow.pageCount());
                String pageText = switch (lang) {
                    case ZH -> words.zh();
                    case EN -> words.en();
                    case BILINGUAL -> words.zh() + " · " + words.en();
                };
                return new String[] {content.referenceNo() + " · " + verification.shortCode(), pageText};
            }, lang == LetterLanguage.EN ? "en" : "zh-CN");
            pdfA.apply(document, metadata(content), new PdfA.Attachment(DecisionRecord.FILE_NAME, "application/json",
                    "Decision record " + content.referenceNo(), record));
            ByteArrayOutputStream out = new ByteArrayOutputStream(96 * 1024);
            document.save(out);
            return new RenderedLetter(content, out.toByteArray(), record, verification, flow.pageCount(), layout.slot());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write letter " + content.referenceNo(), e);
        }
    }

    /** Title, author and subject in the letter's language; created at the moment of issue, in the office's zone. */
    private static PdfA.Metadata metadata(LetterContent c) {
        return LetterMetadata.of(c.language(), c.kind().title(), c.referenceNo(), c.letterhead(), c.caseNo(), c.issuedAt());
    }
}
