package org.redress.ui.common;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.redress.domain.appeal.Rejection;
import org.redress.domain.scheme.LocalizedText;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Every string a person sees, from {@code i18n/messages} in the current language. Texts bound
 * through {@link #text} follow a change of language at once. A missing key shows as the key in
 * brackets (and a test keeps both languages complete).
 */
public final class Messages {

    public static final String BUNDLE = "i18n.messages";
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    public static final List<Locale> LANGUAGES = List.of(ENGLISH, CHINESE);

    private final ObjectProperty<Locale> locale = new SimpleObjectProperty<>(this, "locale");
    /** Both bundles, so a binding recomputed in the middle of a change of language never reads the old one. */
    private final Map<Locale, ResourceBundle> bundles = Map.of(ENGLISH, load(ENGLISH), CHINESE, load(CHINESE));

    public Messages(Locale initial) {
        this.locale.set(supported(initial));
    }

    private ResourceBundle bundle() {
        return bundles.get(supported(locale.get()));
    }

    /** The bundle of exactly this language: never the machine's default language as a fallback. */
    public static ResourceBundle load(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, supported(locale),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** English or Simplified Chinese: the nearest of the two. */
    public static Locale supported(Locale locale) {
        return "zh".equals(locale.getLanguage()) ? CHINESE : ENGLISH;
    }

    /** Parses a stored language tag; English for anything unknown. */
    public static Locale fromTag(String tag) {
        return supported(Locale.forLanguageTag(tag));
    }

    public ObjectProperty<Locale> localeProperty() {
        return locale;
    }

    public Locale locale() {
        return locale.get();
    }

    public boolean isChinese() {
        return locale.get().equals(CHINESE);
    }

    public boolean has(String key) {
        return bundle().containsKey(key);
    }

    /**
     * The text of {@code key} formatted with {@code arguments}. Every text in the bundles is a
     * MessageFormat pattern (an apostrophe is written {@code ''}), with arguments or without.
     */
    public String get(String key, Object... arguments) {
        String pattern;
        try {
            pattern = bundle().getString(key);
        } catch (MissingResourceException e) {
            return "[" + key + "]";
        }
        return new MessageFormat(pattern, locale.get()).format(arguments);
    }

    /** The text of {@code key}, or {@code fallback} when the bundle has none (e.g. an action another package recorded). */
    public String getOr(String key, String fallback) {
        return has(key) ? get(key) : fallback;
    }

    /** A text that follows the language. */
    public StringBinding text(String key, Object... arguments) {
        return Bindings.createStringBinding(() -> get(key, arguments), locale);
    }

    /** A catalogue text (scheme, rule, agency) in the current language. */
    public String of(LocalizedText text) {
        return text.in(locale.get());
    }

    /** A name of an enum constant: {@code prefix.CONSTANT}. */
    public String of(String prefix, Enum<?> constant) {
        return getOr(prefix + "." + constant.name(), constant.name());
    }

    /** A refusal from the domain, in the current language, from its stable code. */
    public String of(Rejection rejection) {
        String key = rejection.code().bundleKey();
        return has(key) ? get(key, rejection.arguments().toArray()) : rejection.reason();
    }

    public String date(LocalDate date) {
        return DateTimeFormatter.ofPattern(get("format.date"), locale.get()).format(date);
    }

    public String dateTime(Instant instant, ZoneId zone) {
        return DateTimeFormatter.ofPattern(get("format.dateTime"), locale.get()).format(instant.atZone(zone));
    }
}
