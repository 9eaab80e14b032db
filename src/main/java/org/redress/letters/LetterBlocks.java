package org.redress.letters;

import org.jspecify.annotations.Nullable;
import org.redress.domain.scheme.LocalizedText;
import org.redress.letters.pdf.PageFlow;
import org.redress.letters.pdf.TableFlow.Para;
import org.redress.letters.pdf.TextStyle;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The letter's building blocks on the page flow: headings, label/value rows, paragraphs, bullets
 * and table cells, each in Chinese, English or both (Chinese first) as the letter's language asks,
 * each tagged (English in a bilingual letter carries {@code /Lang en}). {@link LetterLayout}
 * decides what goes where; this decides how a piece of text is set.
 */
final class LetterBlocks {
    static final TextStyle BODY = TextStyle.regular(10f);
    static final TextStyle BODY_EN = TextStyle.regular(9f).muted();
    static final TextStyle LABEL = TextStyle.bold(9.5f);
    static final TextStyle CELL = TextStyle.regular(8.5f);
    static final TextStyle CELL_EN = TextStyle.regular(7.5f).muted();
    static final TextStyle CELL_HEAD = TextStyle.bold(8.5f);
    static final float LABEL_WIDTH = 118f;

    private final PageFlow flow;
    private final LetterLanguage lang;

    LetterBlocks(PageFlow flow, LetterLanguage lang) {
        this.flow = flow;
        this.lang = lang;
    }

    /** The /Lang of English text: only a bilingual letter (whose document language is Chinese) needs one. */
    @Nullable String en() {
        return lang == LetterLanguage.BILINGUAL ? "en" : null;
    }

    /** A section heading, kept on the page with the first two lines of what follows. */
    void heading(LocalizedText title) {
        heading(title, 2 * BODY.lineHeight());
    }

    /** A section heading kept with the {@code following} points of what comes next (a table's header and first rows). */
    void heading(LocalizedText title, float following) {
        float own = 13f + (lang.showsChinese() ? TextStyle.bold(11.5f).lineHeight() : 0f)
                + (lang.showsEnglish() ? (lang == LetterLanguage.EN ? TextStyle.bold(11.5f) : TextStyle.bold(9.5f))
                .lineHeight() : 0f);
        flow.ensure(own + following);
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

    void subheading(LocalizedText title) {
        flow.ensure(40f);
        flow.open("H3");
        flow.line(label(title), PageFlow.LEFT, LABEL, "heading");
        flow.close();
    }

    void centred(String text, TextStyle style, String field, String type, @Nullable String textLang) {
        flow.open(type, textLang);
        for (String line : flow.breaker().wrap(text, style, flow.width())) {
            float w = flow.faces().width(line, style);
            flow.line(line, PageFlow.LEFT + (flow.width() - w) / 2f, style, field);
        }
        flow.close();
    }

    /** "label  value" with the value wrapped in a column beside the label. */
    void keyValue(LocalizedText key, String value, String field) {
        List<String> lines = flow.breaker().wrap(value, BODY, flow.width() - LABEL_WIDTH);
        String labelText = label(key);
        List<String> labelLines = flow.breaker().wrap(labelText, LABEL, LABEL_WIDTH - 6f);
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

    /** A label with a value in both languages: Chinese value beside the label, English beneath. */
    void labelled(LocalizedText key, LocalizedText value, String field) {
        if (value.zh().equals(value.en())) {
            keyValue(key, value.zh(), field);
            return;
        }
        switch (lang) {
            case ZH -> keyValue(key, value.zh(), field);
            case EN -> keyValue(key, value.en(), field);
            case BILINGUAL -> {
                keyValue(key, value.zh(), field);
                flow.open("P", "en");
                for (String line : flow.breaker().wrap(value.en(), BODY_EN, flow.width() - LABEL_WIDTH)) {
                    flow.line(line, PageFlow.LEFT + LABEL_WIDTH, BODY_EN, field);
                }
                flow.close();
            }
        }
    }

    void text(LocalizedText t, String field) {
        if (lang.showsChinese()) {
            flow.paragraph(t.zh(), BODY, 0f, field);
        }
        if (lang.showsEnglish()) {
            flow.paragraph(t.en(), lang == LetterLanguage.EN ? BODY : BODY_EN, 0f, field, en());
        }
    }

    void bullet(LocalizedText t, String field) {
        if (lang.showsChinese()) {
            hanging("• ", t.zh(), BODY, field, null);
        }
        if (lang.showsEnglish()) {
            hanging(lang == LetterLanguage.EN ? "• " : "", t.en(), lang == LetterLanguage.EN ? BODY : BODY_EN, field,
                    en());
        }
    }

    /** A paragraph whose lines after the first line up under the text, not under the bullet. */
    private void hanging(String bullet, String text, TextStyle style, String field, @Nullable String textLang) {
        float indent = 8f + flow.faces().width("• ", style);
        flow.open("P", textLang);
        boolean first = true;
        for (String line : flow.breaker().wrap(text, style, flow.width() - indent)) {
            if (first && !bullet.isEmpty()) {
                flow.line(bullet + line, PageFlow.LEFT + indent - flow.faces().width(bullet, style), style, field);
            } else {
                flow.line(line, PageFlow.LEFT + indent, style, field);
            }
            first = false;
        }
        flow.close();
    }

    String label(LocalizedText t) {
        return switch (lang) {
            case ZH -> t.zh();
            case EN -> t.en();
            case BILINGUAL -> t.zh() + " " + t.en();
        };
    }

    String bracketed(String text) {
        return switch (lang) {
            case ZH -> "（" + text + "）";
            case EN -> " (" + text + ")";
            case BILINGUAL -> "，" + text;
        };
    }

    String date(LocalDate d) {
        return switch (lang) {
            case ZH -> LetterWords.dateZh(d);
            case EN -> LetterWords.dateEn(d);
            case BILINGUAL -> LetterWords.dateZh(d) + "（" + LetterWords.dateEn(d) + "）";
        };
    }

    List<Para> head(LocalizedText t) {
        List<Para> out = new ArrayList<>();
        if (lang.showsChinese()) {
            out.add(new Para(t.zh(), CELL_HEAD));
        }
        if (lang.showsEnglish()) {
            out.add(new Para(t.en(), lang == LetterLanguage.EN ? CELL_HEAD : CELL_EN));
        }
        return out;
    }

    List<Para> cell(LocalizedText t) {
        List<Para> out = new ArrayList<>();
        if (lang.showsChinese()) {
            out.add(new Para(t.zh(), CELL));
        }
        if (lang.showsEnglish()) {
            out.add(new Para(t.en(), lang == LetterLanguage.EN ? CELL : CELL_EN));
        }
        return out;
    }

    static List<Para> plain(String text) {
        return List.of(new Para(text, CELL));
    }

    String orNone(String text, boolean zh) {
        return text.isEmpty() ? (zh ? LetterWords.NONE.zh() : LetterWords.NONE.en()) : text;
    }
}
