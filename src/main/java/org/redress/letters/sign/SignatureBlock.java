package org.redress.letters.sign;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceDictionary;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.redress.domain.scheme.LocalizedText;
import org.redress.letters.LetterLanguage;
import org.redress.letters.SignatureSlot;
import org.redress.letters.pdf.MissingGlyphPolicy;
import org.redress.letters.pdf.TypeFaces;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The visible signature: a framed block in the letter's language(s) — signed by whom, in which
 * role, for which office, when — drawn as the appearance of the signature field's widget in the
 * space the layout kept ({@link SignatureSlot}). Built as PDFBox's visual-signature template: a
 * one-page document whose font (Noto Sans SC, embedded and subset) is saved with it, so the signed
 * letter stays PDF/A-3u.
 */
public record SignatureBlock(SignatureSlot slot, LetterLanguage language, String officer, String role,
                             LocalizedText office, ZonedDateTime signedAt) {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss xxx", Locale.ROOT);
    private static final float SIZE = 7.6f;
    private static final float LEADING = 10.6f;

    /** The role in words; the certificate carries the role's code. */
    static LocalizedText roleWords(String role) {
        return switch (role) {
            case "OFFICER" -> new LocalizedText("复核专员", "Review officer");
            case "SUPERVISOR" -> new LocalizedText("复核主管", "Review supervisor");
            case "ADMINISTRATOR" -> new LocalizedText("系统管理员", "Administrator");
            default -> new LocalizedText(role, role);
        };
    }

    /** The lines of the block, in order. */
    public List<String> lines() {
        LocalizedText roleWords = roleWords(role);
        String time = TIME.format(signedAt);
        List<String> lines = new ArrayList<>();
        switch (language) {
            case ZH -> {
                lines.add("电子签名");
                lines.add("签名人：" + officer + "（" + roleWords.zh() + "）");
                lines.add("机关：" + office.zh());
                lines.add("签名时间：" + time);
            }
            case EN -> {
                lines.add("Digitally signed");
                lines.add("Signed by: " + officer + " (" + roleWords.en() + ")");
                lines.add("Office: " + office.en());
                lines.add("Signed at: " + time);
            }
            case BILINGUAL -> {
                lines.add("电子签名 Digitally signed");
                lines.add("签名人 Signed by：" + officer + "（" + roleWords.zh() + " / " + roleWords.en() + "）");
                lines.add("机关：" + office.zh());
                lines.add("Office: " + office.en());
                lines.add("签名时间 Signed at：" + time);
            }
        }
        return lines;
    }

    /** PDFBox's visual signature template for a letter whose page {@link SignatureSlot#page()} measures {@code media}. */
    public byte[] template(PDRectangle media) {
        // The parsed fonts are shared and PDFBox's font objects are not thread-safe: one block at a time.
        synchronized (Faces.FACES) {
            return draw(media);
        }
    }

    private byte[] draw(PDRectangle media) {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(media);
            doc.addPage(page);
            PDAcroForm form = new PDAcroForm(doc);
            doc.getDocumentCatalog().setAcroForm(form);
            PDSignatureField field = new PDSignatureField(form);
            PDAnnotationWidget widget = field.getWidgets().getFirst();
            form.setSignaturesExist(true);
            form.setAppendOnly(true);
            form.getCOSObject().setDirect(true);
            form.getFields().add(field);
            PDRectangle rect = new PDRectangle(slot.x(), slot.y(), slot.width(), slot.height());
            widget.setRectangle(rect);
            widget.setPrinted(true);
            widget.setPage(page);
            PDStream stream = new PDStream(doc);
            PDFormXObject xobject = new PDFormXObject(stream);
            xobject.setResources(new PDResources());
            xobject.setFormType(1);
            xobject.setBBox(new PDRectangle(slot.width(), slot.height()));
            PDAppearanceDictionary appearance = new PDAppearanceDictionary();
            appearance.getCOSObject().setDirect(true);
            PDAppearanceStream normal = new PDAppearanceStream(xobject.getCOSObject());
            appearance.setNormalAppearance(normal);
            widget.setAppearance(appearance);
            List<String> lines = lines();
            PDType0Font font = font(doc, lines);
            try (PDPageContentStream content = new PDPageContentStream(doc, normal)) {
                content.setStrokingColor(0.35f, 0.35f, 0.35f);
                content.setLineWidth(0.6f);
                content.addRect(0.5f, 0.5f, slot.width() - 1f, slot.height() - 1f);
                content.stroke();
                content.setNonStrokingColor(0.1f, 0.1f, 0.1f);
                float y = slot.height() - 4f - SIZE;
                float leading = lines.size() > 4 ? LEADING : LEADING + 2.5f;
                for (String line : lines) {
                    content.beginText();
                    content.setFont(font, SIZE);
                    content.newLineAtOffset(5f, y);
                    content.showText(fit(line, font, slot.width() - 10f));
                    content.endText();
                    y -= leading;
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot draw the signature block", e);
        }
    }

    /** The letters' regular face (Noto Sans SC): its common characters, or the whole font for a rarer one. */
    private static PDType0Font font(PDDocument doc, List<String> lines) {
        return Faces.FACES.regularInto(doc, String.join("", lines));
    }

    /** One set of faces for every block, parsed on first use. */
    private static final class Faces {
        static final TypeFaces FACES = TypeFaces.load(MissingGlyphPolicy.MARK);
    }

    /** The line, shortened with an ellipsis when wider than the block (a very long office name). */
    private static String fit(String line, PDType0Font font, float width) throws IOException {
        String text = line;
        while (text.length() > 4 && font.getStringWidth(text) / 1000f * SIZE > width) {
            text = text.substring(0, text.length() - 2) + "…";
        }
        return text;
    }

    static COSName name(String name) {
        return COSName.getPDFName(name);
    }
}
