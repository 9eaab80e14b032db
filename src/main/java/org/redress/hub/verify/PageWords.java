package org.redress.hub.verify;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The page's words from {@code i18n/verify}, Chinese first with the English beneath, HTML-escaped. */
final class PageWords {

    private static final String BUNDLE = "i18n/verify";
    private static final ResourceBundle ZH = ResourceBundle.getBundle(BUNDLE, Locale.SIMPLIFIED_CHINESE,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    private static final ResourceBundle EN = ResourceBundle.getBundle(BUNDLE, Locale.ROOT,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));

    private PageWords() {
    }

    static String zh(String key, Object... args) {
        return new MessageFormat(ZH.getString(key), Locale.SIMPLIFIED_CHINESE).format(args);
    }

    static String en(String key, Object... args) {
        return new MessageFormat(EN.getString(key), Locale.ROOT).format(args);
    }

    /** A paragraph in each language, the English marked {@code lang="en"}. */
    static String both(String cssClass, String key, Object... args) {
        return "<p class=\"" + cssClass + "\">" + escape(zh(key, args)) + "</p>\n<p class=\"" + cssClass
                + "\" lang=\"en\">" + escape(en(key, args)) + "</p>\n";
    }

    /** A label in both languages: {@code 文号 Reference}. */
    static String label(String key) {
        return escape(zh(key)) + " <span lang=\"en\">" + escape(en(key)) + "</span>";
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (char ch : text.toCharArray()) {
            switch (ch) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(ch);
            }
        }
        return out.toString();
    }
}
