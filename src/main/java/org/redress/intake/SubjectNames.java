package org.redress.intake;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Whether two spellings of a subject's name are the same name: agencies differ in full-width and
 * half-width forms, spacing, letter case and the middle dot of transliterated names
 * (阿依古丽·买买提), none of which makes another person.
 */
final class SubjectNames {
    private SubjectNames() {}

    static boolean same(String a, String b) {
        return key(a).equals(key(b));
    }

    static String key(String name) {
        String folded = Normalizer.normalize(name, Normalizer.Form.NFKC);
        StringBuilder key = new StringBuilder(folded.length());
        folded.codePoints().forEach(c -> {
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                return;
            }
            if (c == 0x2022 || c == 0x2027 || c == 0x30FB || c == 0xFF65 || c == 0x2219 || c == 0x22C5) {
                c = 0x00B7;
            }
            key.appendCodePoint(Character.toLowerCase(c));
        });
        return key.toString().toLowerCase(Locale.ROOT);
    }
}
