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
 * the whole run. Both stored text and queries are therefore segmented the same way, as Lucene's CJK
 * analyzer does: a run of CJK characters (Han, kana, Hangul) becomes its overlapping bigrams
 * ("朝阳区" → 朝阳 阳区), followed by its last character alone (区), which is also the whole of a
 * run of one. Common characters are then no longer huge posting lists: a two-word Chinese search
 * reads the few bigrams' lists instead of every character's.
 *
 * <p>Each word the officer types becomes a quoted phrase of its tokens, found with its tokens next
 * to each other anywhere in a column, so a name, a district or any substring of a statement is
 * found as before: a run of two or more characters is its bigrams (plus its last character when
 * more of the word follows, where the stored run must end too); a single character is a prefix of
 * the tokens starting with it when it ends the word (it may sit inside a longer stored run), else
 * itself. Latin words and numbers match as prefixes. Quoting every phrase means no input can reach
 * FTS5's query syntax.
 */
public final class CaseSearchText {

    private CaseSearchText() {
    }

    /** Text as stored in the index: NFKC-normalised, each CJK run as its bigrams and its last character. */
    public static String segment(String text) {
        String normalised = Normalizer.normalize(text, Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(normalised.length() * 3);
        int previous = -1;
        for (int i = 0; i < normalised.length(); ) {
            int cp = normalised.codePointAt(i);
            i += Character.charCount(cp);
            if (isCjk(cp)) {
                if (previous < 0) {
                    out.append(' ');
                } else {
                    out.appendCodePoint(previous).appendCodePoint(cp).append(' ');
                }
                previous = cp;
            } else {
                if (previous >= 0) {
                    out.appendCodePoint(previous).append(' ');
                    previous = -1;
                }
                out.appendCodePoint(cp);
            }
        }
        if (previous >= 0) {
            out.appendCodePoint(previous).append(' ');
        }
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

    /** One typed word as a quoted phrase; a trailing Latin word, number or lone ideograph is a prefix. */
    private static Optional<String> phrase(String word) {
        // The word's pieces in order: a Latin word or number (String), or a CJK run (int[]).
        List<Object> pieces = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        List<Integer> run = new ArrayList<>();
        for (int i = 0; i < word.length(); ) {
            int cp = word.codePointAt(i);
            i += Character.charCount(cp);
            if (isCjk(cp)) {
                flush(current, pieces);
                run.add(cp);
            } else {
                flushRun(run, pieces);
                if (isTokenCharacter(cp)) {
                    current.appendCodePoint(cp);
                } else {
                    flush(current, pieces);
                }
            }
        }
        flush(current, pieces);
        flushRun(run, pieces);
        if (pieces.isEmpty()) {
            return Optional.empty();
        }
        List<String> tokens = new ArrayList<>();
        boolean prefix = false;
        for (int p = 0; p < pieces.size(); p++) {
            boolean last = p == pieces.size() - 1;
            if (pieces.get(p) instanceof String latin) {
                tokens.add(latin);
                prefix = last;
                continue;
            }
            int[] chars = (int[]) pieces.get(p);
            for (int k = 0; k + 1 < chars.length; k++) {
                tokens.add(new String(chars, k, 2));
            }
            if (chars.length == 1 || !last) {
                tokens.add(new String(chars, chars.length - 1, 1));
            }
            prefix = last && chars.length == 1;
        }
        // Tokens hold only letters, digits and marks, so they never contain a double quote.
        String quoted = "\"" + String.join(" ", tokens) + "\"";
        return Optional.of(prefix ? quoted + " *" : quoted);
    }

    private static void flushRun(List<Integer> run, List<Object> pieces) {
        if (!run.isEmpty()) {
            pieces.add(run.stream().mapToInt(Integer::intValue).toArray());
            run.clear();
        }
    }

    private static void flush(StringBuilder current, List<Object> tokens) {
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
