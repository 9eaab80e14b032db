package org.redress.reports;

import org.redress.domain.scheme.LocalizedText;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The reports' words in both languages, from the bundle {@code i18n/reports} (English and Simplified
 * Chinese, complete in both — a test holds it): titles and definitions of figures, row labels,
 * columns, notes. Every text is a MessageFormat pattern.
 */
public final class ReportWords {

    public static final String BUNDLE = "i18n.reports";
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    public static final List<Locale> LANGUAGES = List.of(CHINESE, ENGLISH);

    private static final ResourceBundle EN = load(ENGLISH);
    private static final ResourceBundle ZH = load(CHINESE);

    private ReportWords() {
    }

    public static ResourceBundle load(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, "zh".equals(locale.getLanguage()) ? CHINESE : ENGLISH,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The text of {@code key} in both languages, formatted with {@code arguments}. */
    public static LocalizedText text(String key, Object... arguments) {
        return new LocalizedText(format(ZH, CHINESE, key, arguments), format(EN, ENGLISH, key, arguments));
    }

    /** The text in one language. */
    public static String in(Locale locale, String key, Object... arguments) {
        boolean zh = "zh".equals(locale.getLanguage());
        return format(zh ? ZH : EN, zh ? CHINESE : ENGLISH, key, arguments);
    }

    public static boolean has(String key) {
        return EN.containsKey(key);
    }

    private static String format(ResourceBundle bundle, Locale locale, String key, Object... arguments) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return "[" + key + "]";
        }
        return new MessageFormat(pattern, locale).format(arguments);
    }

    /** A day as the reports write it: 2026-03-01 in both languages (unambiguous in tables). */
    public static String day(LocalDate date) {
        return DateTimeFormatter.ISO_LOCAL_DATE.format(date);
    }

    /** A code that reads the same in both languages (a region, an officer's name). */
    public static LocalizedText same(String text) {
        String t = text == null || text.isBlank() ? "—" : text;
        return new LocalizedText(t, t);
    }
}
