package org.redress.letters;

import java.util.Locale;

/** The language a letter is written in; chosen per letter, the default comes from settings. */
public enum LetterLanguage {
    /** Simplified Chinese only. */
    ZH,
    /** English only. */
    EN,
    /** Simplified Chinese first, English beneath. */
    BILINGUAL;

    public boolean showsChinese() {
        return this != EN;
    }

    public boolean showsEnglish() {
        return this != ZH;
    }

    /** Parses {@code zh}, {@code en}, {@code bilingual} (any case; {@code zh-CN} is Chinese). */
    public static LetterLanguage parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        return switch (t) {
            case "zh", "zh-cn", "zh_cn", "chinese" -> ZH;
            case "en", "english" -> EN;
            case "bilingual", "zh+en", "both" -> BILINGUAL;
            default -> throw new IllegalArgumentException("'" + text + "' is not a letter language (zh, en or bilingual)");
        };
    }
}
