package org.redress.letters;

import org.jspecify.annotations.Nullable;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What the officer wrote for a decision in one language: the reasons in full, the legal basis of
 * the decision and the remedies ordered, one per line. A letter prints the text of its own
 * language; it is never printed in the other.
 */
public record DecisionText(String reasons, String legalBasis, List<String> remedies) {

    public DecisionText {
        Objects.requireNonNull(reasons, "reasons");
        Objects.requireNonNull(legalBasis, "legalBasis");
        remedies = List.copyOf(remedies);
    }

    /** Remedies as stored: one per line, blank lines dropped. */
    public static List<String> lines(@Nullable String text) {
        List<String> out = new ArrayList<>();
        if (text != null) {
            for (String line : text.split("\\R")) {
                if (!line.isBlank()) {
                    out.add(line.strip());
                }
            }
        }
        return out;
    }

    /**
     * The language a text was typed in when nobody said: Chinese when it holds a CJK ideograph
     * (U+4E00..U+9FFF), else English. The same rule the V40 migration applied to older decisions.
     */
    public static Language detect(String text) {
        return text.codePoints().anyMatch(cp -> cp >= 0x4E00 && cp <= 0x9FFF) ? Language.ZH : Language.EN;
    }

    /** The two languages a decision's text can be written in. */
    public enum Language {
        ZH("zh"), EN("en");

        private final String code;

        Language(String code) {
            this.code = code;
        }

        /** As stored in {@code decision_text.language} and in the decision record. */
        public String code() {
            return code;
        }

        public static Language of(String code) {
            return switch (code) {
                case "zh" -> ZH;
                case "en" -> EN;
                default -> throw new IllegalArgumentException("not a decision text language: " + code);
            };
        }
    }

    /**
     * The decision's text in each language it was written in.
     *
     * @param zh null when not written in Chinese
     * @param en null when not written in English
     */
    public record Texts(@Nullable DecisionText zh, @Nullable DecisionText en) {

        public @Nullable DecisionText in(Language language) {
            return language == Language.ZH ? zh : en;
        }

        /** The languages a letter in {@code letter} needs and this decision lacks. */
        public List<Language> missingFor(LetterLanguage letter) {
            List<Language> missing = new ArrayList<>();
            if (letter.showsChinese() && zh == null) {
                missing.add(Language.ZH);
            }
            if (letter.showsEnglish() && en == null) {
                missing.add(Language.EN);
            }
            return missing;
        }

        /** Only the texts a letter in {@code letter} prints. */
        public Texts forLetter(LetterLanguage letter) {
            return new Texts(letter.showsChinese() ? zh : null, letter.showsEnglish() ? en : null);
        }
    }
}
