package org.redress.letters;

import org.redress.domain.scheme.LocalizedText;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Where a piece of evidence came from, in words: the same {@code evidence.source.*} texts the
 * workstation shows, so a letter never prints a code such as {@code AGENCY_REPLY}. An unknown code is
 * printed as it is rather than dropped.
 */
final class EvidenceSources {
    private static final String BUNDLE = "i18n/messages";
    private static final ResourceBundle ZH = ResourceBundle.getBundle(BUNDLE, Locale.SIMPLIFIED_CHINESE,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    private static final ResourceBundle EN = ResourceBundle.getBundle(BUNDLE, Locale.ROOT,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));

    private EvidenceSources() {}

    static LocalizedText describe(String code) {
        return new LocalizedText(lookup(ZH, code), lookup(EN, code));
    }

    private static String lookup(ResourceBundle bundle, String code) {
        try {
            return bundle.getString("evidence.source." + code);
        } catch (MissingResourceException e) {
            return code;
        }
    }
}
