package org.redress.letters.templates;

import org.jspecify.annotations.Nullable;
import org.redress.domain.scheme.LocalizedText;
import org.redress.letters.LetterLanguage;
import org.redress.letters.LetterVerification;
import org.redress.letters.Letterhead;
import org.redress.letters.PlainWords;
import org.redress.letters.pdf.PageFlow;
import org.redress.letters.pdf.QrMark;
import org.redress.letters.pdf.TextStyle;

import java.util.List;

/**
 * The pieces of the office's documents other than decision letters (notices, the subject's own
 * copy) on the letters' page flow: the letterhead, a title, label/value rows, headings, paragraphs
 * in Chinese and English (English beneath, tagged {@code /Lang en} in a bilingual document) and the
 * verification block with its QR code. Set as a decision letter sets them.
 */
public final class DocumentBlocks {
    public static final TextStyle BODY = TextStyle.regular(10f);
    public static final TextStyle BODY_EN = TextStyle.regular(9f).muted();
    private static final TextStyle LABEL = TextStyle.bold(9.5f);
    private static final float LABEL_WIDTH = 118f;

    private final PageFlow flow;
    private final LetterLanguage lang;

    public DocumentBlocks(PageFlow flow, LetterLanguage lang) {
        this.flow = flow;
        this.lang = lang;
    }

    public PageFlow flow() {
        return flow;
    }

    private @Nullable String en() {
        return lang == LetterLanguage.BILINGUAL ? "en" : null;
    }

    /** Office name, address and telephone, a rule, then the title in each language shown. */
    public void letterhead(Letterhead head, LocalizedText title) {
        if (lang.showsChinese()) {
            centred(head.name().zh(), TextStyle.bold(17f), "office.name.zh", "P", null);
        }
        if (lang.showsEnglish()) {
            centred(head.name().en(), lang == LetterLanguage.EN ? TextStyle.bold(15f) : TextStyle.regular(11f),
                    "office.name.en", "P", en());
        }
        LocalizedText address = head.address();
        String phone = head.telephone();
        if (lang.showsChinese() && (address != null || phone != null)) {
            centred(contact(address == null ? null : address.zh(), "电话 ", phone), TextStyle.regular(8.5f).muted(),
                    "office.address.zh", "P", null);
        }
        if (lang.showsEnglish() && (address != null || phone != null)) {
            centred(contact(address == null ? null : address.en(), "Telephone ", phone), TextStyle.regular(8f).muted(),
                    "office.address.en", "P", en());
        }
        flow.space(4f);
        flow.rule(flow.y(), 1.2f, 0.15f);
        flow.space(14f);
        if (lang.showsChinese()) {
            centred(title.zh(), TextStyle.bold(14f), "title", "H1", null);
        }
        if (lang.showsEnglish()) {
            centred(title.en(), lang == LetterLanguage.EN ? TextStyle.bold(14f) : TextStyle.bold(11f), "title", "H1", en());
        }
        flow.space(10f);
    }

    private static String contact(@Nullable String address, String word, @Nullable String phone) {
        String p = phone == null ? "" : word + phone;
        return address == null ? p : p.isEmpty() ? address : address + "    " + p;
    }

    public void centred(String text, TextStyle style, String field, String type, @Nullable String textLang) {
        flow.open(type, textLang);
        for (String line : flow.breaker().wrap(text, style, flow.width())) {
            float w = flow.faces().width(line, style);
            flow.line(line, PageFlow.LEFT + (flow.width() - w) / 2f, style, field);
        }
        flow.close();
    }

    /** "label  value", the value wrapped in a column beside the label. */
    public void keyValue(LocalizedText key, String value, String field) {
        List<String> lines = flow.breaker().wrap(value, BODY, flow.width() - LABEL_WIDTH);
        List<String> labelLines = flow.breaker().wrap(label(key), LABEL, LABEL_WIDTH - 6f);
        int rows = Math.max(lines.size(), labelLines.size());
        flow.open("P");
        for (int i = 0; i < rows; i++) {
            flow.ensure(BODY.lineHeight());
            float top = flow.y();
            if (i < labelLines.size()) {
                flow.drawText(labelLines.get(i), PageFlow.LEFT, PageFlow.baseline(top, BODY), LABEL, "label");
            }
            if (i < lines.size()) {
                flow.drawText(lines.get(i), PageFlow.LEFT + LABEL_WIDTH, PageFlow.baseline(top, BODY), BODY, field);
            }
            flow.space(BODY.lineHeight());
        }
        flow.close();
    }

    /** A section heading, kept with two lines of what follows. */
    public void heading(LocalizedText title) {
        flow.ensure(13f + 2 * TextStyle.bold(11.5f).lineHeight() + 2 * BODY.lineHeight());
        flow.space(10f);
        if (lang.showsChinese()) {
            flow.open("H2");
            flow.line(title.zh(), PageFlow.LEFT, TextStyle.bold(11.5f), "heading");
            flow.close();
        }
        if (lang.showsEnglish()) {
            flow.open("H2", en());
            flow.line(title.en(), PageFlow.LEFT, lang == LetterLanguage.EN ? TextStyle.bold(11.5f)
                    : TextStyle.bold(9.5f).muted(), "heading");
            flow.close();
        }
        flow.space(3f);
    }

    /** A paragraph in Chinese, as the document's main language. */
    public void zh(String text, String field) {
        flow.paragraph(text, BODY, 0f, field);
        flow.space(2f);
    }

    /** A paragraph in English: muted beneath the Chinese in a bilingual document. */
    public void en(String text, String field) {
        flow.paragraph(text, lang == LetterLanguage.EN ? BODY : BODY_EN, 0f, field, en());
        flow.space(2f);
    }

    /** A text in each language shown, Chinese first. */
    public void text(LocalizedText t, String field) {
        if (lang.showsChinese()) {
            zh(t.zh(), field);
        }
        if (lang.showsEnglish()) {
            en(t.en(), field);
        }
    }

    public String label(LocalizedText t) {
        return switch (lang) {
            case ZH -> t.zh();
            case EN -> t.en();
            case BILINGUAL -> t.zh() + " " + t.en();
        };
    }

    public String date(java.time.LocalDate d) {
        LocalizedText t = PlainWords.date(d);
        return switch (lang) {
            case ZH -> t.zh();
            case EN -> t.en();
            case BILINGUAL -> t.zh() + "（" + t.en() + "）";
        };
    }

    /** The QR code, the short code and the record's hash, with how to check the document. */
    public void verification(LetterVerification v, LocalizedText heading, LocalizedText how) {
        QrMark qr = QrMark.of(v.qrPayload());
        float module = 1.9f;
        float side = (qr.modules() + 2 * QrMark.QUIET_ZONE) * module;
        flow.ensure(side + 45f);
        heading(heading);
        float top = flow.y();
        flow.figure("QR code " + v.qrPayload(), content -> qr.draw(content, PageFlow.LEFT + QrMark.QUIET_ZONE * module,
                top - QrMark.QUIET_ZONE * module, module));
        float x = PageFlow.LEFT + side + 10f;
        float y = top - 4f;
        TextStyle code = TextStyle.bold(13f);
        flow.open("P");
        flow.drawText(label(PlainWords.label("shortCode")) + "  " + v.shortCode(), x, PageFlow.baseline(y, code), code,
                "verification");
        y -= code.lineHeight();
        TextStyle small = TextStyle.regular(7.5f).muted();
        for (String part : List.of("SHA-256:", v.recordSha256().substring(0, 32), v.recordSha256().substring(32))) {
            flow.drawText(part, x, PageFlow.baseline(y, small), small, "verification");
            y -= small.lineHeight();
        }
        flow.close();
        y -= 3f;
        TextStyle howStyle = TextStyle.regular(8f);
        for (boolean zh : new boolean[] {true, false}) {
            if (zh ? !lang.showsChinese() : !lang.showsEnglish()) {
                continue;
            }
            flow.open("P", zh ? null : en());
            for (String line : flow.breaker().wrap(zh ? how.zh() : how.en(), howStyle, PageFlow.RIGHT - x)) {
                flow.drawText(line, x, PageFlow.baseline(y, howStyle), howStyle, "verification");
                y -= howStyle.lineHeight();
            }
            flow.close();
        }
        flow.space(Math.max(side, top - y));
    }
}
