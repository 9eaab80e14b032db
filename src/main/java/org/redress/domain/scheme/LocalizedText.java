package org.redress.domain.scheme;

import java.util.Locale;
import java.util.Objects;

/** A text an officer or a letter shows in Simplified Chinese and in English. */
public record LocalizedText(String zh, String en) {

    public LocalizedText {
        Objects.requireNonNull(zh, "zh");
        Objects.requireNonNull(en, "en");
        if (zh.isBlank() || en.isBlank()) {
            throw new IllegalArgumentException("both the Chinese and the English text are required");
        }
    }

    /** The Chinese text for a Chinese locale, else the English one. */
    public String in(Locale locale) {
        return "zh".equals(locale.getLanguage()) ? zh : en;
    }
}
