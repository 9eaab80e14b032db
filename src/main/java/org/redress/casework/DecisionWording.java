package org.redress.casework;

import org.jspecify.annotations.Nullable;
import org.redress.letters.DecisionText;

import java.util.ArrayList;
import java.util.List;

/**
 * What the officer writes for a decision, per language: the reasons and the legal basis in
 * Simplified Chinese and/or English. A letter is printed in the text of its own language, so the
 * office's letter language decides which are required (both for bilingual letters).
 *
 * @param zh null or blank parts when not written in Chinese
 * @param en null or blank parts when not written in English
 */
public record DecisionWording(@Nullable Text zh, @Nullable Text en) {

    /** The reasons and legal basis in one language. */
    public record Text(String reasons, String legalBasis) {
        public Text {
            reasons = reasons.strip();
            legalBasis = legalBasis.strip();
        }

        boolean written() {
            return !reasons.isEmpty();
        }
    }

    public DecisionWording {
        zh = zh == null || !zh.written() && zh.legalBasis().isEmpty() ? null : zh;
        en = en == null || !en.written() && en.legalBasis().isEmpty() ? null : en;
    }

    /** One text in the language it was typed in (Chinese when it holds an ideograph), as drafts were before V40. */
    public static DecisionWording single(String reasons, String legalBasis) {
        Text text = new Text(reasons, legalBasis);
        return DecisionText.detect(reasons) == DecisionText.Language.ZH ? new DecisionWording(text, null)
                : new DecisionWording(null, text);
    }

    public @Nullable Text in(DecisionText.Language language) {
        return language == DecisionText.Language.ZH ? zh : en;
    }

    /** The text the decision row keeps for readers that know one: the Chinese when written, else the English. */
    public Text primary() {
        if (zh != null && zh.written()) {
            return zh;
        }
        if (en != null && en.written()) {
            return en;
        }
        return zh != null ? zh : en != null ? en : new Text("", "");
    }

    /** The languages written (reasons given), Chinese first. */
    public List<DecisionText.Language> languages() {
        List<DecisionText.Language> out = new ArrayList<>();
        for (DecisionText.Language language : DecisionText.Language.values()) {
            Text text = in(language);
            if (text != null && text.written()) {
                out.add(language);
            }
        }
        return out;
    }
}
