package org.redress.store;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Prepares text for the {@code case_search} FTS5 table and turns what an officer types into a
 * safe FTS5 query.
 *
 * <p>The unicode61 tokenizer keeps a run of CJK characters as one token, so "张三" would only match
 * the whole run. Both stored text and queries are therefore segmented the same way: every CJK
 * character (Han, kana, Hangul) becomes a token of its own, and each word the officer types becomes
 * a quoted phrase of its tokens. A phrase finds its characters next to each other anywhere in a
 * column, so a name, a district or any substring of a statement is found; Latin words and numbers
 * match as prefixes. Quoting every phrase means no input can reach FTS5's query syntax.
 */
public final class CaseSearchText {

    private CaseSearchText() {
    }

    /** Text as stored in the index: NFKC-normalised, with spaces around each CJK character. */
    public static String segment(String text) {
        String normalised = Normalizer.normalize(text, Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(normalised.length() + normalised.length() / 2);
        normalised.codePoints().forEach(cp -> {
            if (isCjk(cp)) {
                out.append(' ').appendCodePoint(cp).append(' ');
            } else {
                out.appendCodePoint(cp);
            }
        });
        return out.toString();
    }

    /**
     * The case-number column: the number as written plus its serial without leading zeros, so
     * "RD-2026-000123" is found by the whole number, by "000123" and by "123".
     */
    public static String caseNumber(String caseNo) {
        String segmented = segment(caseNo);
        int dash = caseNo.lastIndexOf('-');
        String serial = dash >= 0 ? caseNo.substring(dash + 1) : caseNo;
        String stripped = serial.replaceFirst("^0+(?=\\d)", "");
        if (!stripped.equals(serial) && stripped.chars().allMatch(Character::isDigit)) {
            return segmented + " " + stripped;
        }
        return segmented;
    }

    /**
     * The FTS5 MATCH expression for what the officer typed, or empty when the input has nothing
     * searchable (only spaces or punctuation). All words must match (AND).
     */
    public static Optional<String> matchQuery(String input) {
        String normalised = Normalizer.normalize(input, Normalizer.Form.NFKC);
        List<String> phrases = new ArrayList<>();
        for (String word : normalised.trim().split("\\s+")) {
            phrase(word).ifPresent(phrases::add);
        }
        return phrases.isEmpty() ? Optional.empty() : Optional.of(String.join(" AND ", phrases));
    }

    /** One typed word as a quoted phrase; a trailing Latin word or number is a prefix. */
    private static Optional<String> phrase(String word) {
        List<String> tokens = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean lastIsCjk = false;
        for (int i = 0; i < word.length(); ) {
            int cp = word.codePointAt(i);
            i += Character.charCount(cp);
            if (isCjk(cp)) {
                flush(current, tokens);
                tokens.add(new String(Character.toChars(cp)));
                lastIsCjk = true;
            } else if (isTokenCharacter(cp)) {
                current.appendCodePoint(cp);
                lastIsCjk = false;
            } else {
                flush(current, tokens);
            }
        }
        flush(current, tokens);
        if (tokens.isEmpty()) {
            return Optional.empty();
        }
        // Tokens hold only letters, digits and marks, so they never contain a double quote.
        String quoted = "\"" + String.join(" ", tokens) + "\"";
        return Optional.of(lastIsCjk ? quoted : quoted + " *");
    }

    private static void flush(StringBuilder current, List<String> tokens) {
        if (!current.isEmpty()) {
            tokens.add(current.toString());
            current.setLength(0);
        }
    }

    /** What unicode61 keeps inside a token: letters, numbers and combining marks. */
    private static boolean isTokenCharacter(int cp) {
        return switch (Character.getType(cp)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                 Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER,
                 Character.LETTER_NUMBER, Character.OTHER_NUMBER, Character.NON_SPACING_MARK,
                 Character.COMBINING_SPACING_MARK, Character.ENCLOSING_MARK, Character.PRIVATE_USE -> true;
            default -> false;
        };
    }

    static boolean isCjk(int cp) {
        if (!Character.isLetter(cp)) {
            return false;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL;
    }
}
