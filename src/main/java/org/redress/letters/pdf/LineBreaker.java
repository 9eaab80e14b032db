package org.redress.letters.pdf;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Breaks text into lines that fit a width: at the line-break opportunities of
 * {@link BreakIterator#getLineInstance} (between any two ideographs, at spaces and hyphens in Latin
 * text), with the Chinese rule that no line starts with closing punctuation
 * ({@code ，。、；：？！）》」} and their kin) nor ends with an opening bracket. References, codes and
 * dates are never broken inside ({@code RD-L-2026-000123}, {@code 2026-12-11}, {@code 2026年12月11日},
 * {@code 11 December 2026}, {@code 15 个工作日}, {@code 10 points}) unless one is wider than a line. A word longer than
 * the line is cut between characters; where no cut would keep punctuation off the next line's
 * start, the punctuation hangs past the margin, as CJK typesetting does. Explicit newlines start
 * new lines. Not thread-safe.
 */
public final class LineBreaker {

    static final String NO_LINE_START = "，。、；：？！）》」』】〕〉”’…,.;:?!)]}%·";
    private static final String NO_LINE_END = "（《「『【〔〈“‘([{";

    /** Tokens a line never breaks inside: codes and references with hyphens, dates, numbers with their unit. */
    static final Pattern UNBREAKABLE = Pattern.compile(
            "(?<![A-Za-z0-9])[A-Z0-9]+(?:-[A-Z0-9]+)+(?![A-Za-z0-9])"
                    + "|\\d{4}年\\d{1,2}月\\d{1,2}日"
                    + "|\\d{1,2} (?:January|February|March|April|May|June|July|August|September|October|November"
                    + "|December) \\d{4}"
                    + "|[+\\-−]?\\d+ ?(?:分|个工作日|个月)"
                    + "|[+\\-−]?\\d+ (?:points?|working days?|months?)\\b"
                    + "|第 \\d+ 页 共 \\d+ 页|Page \\d+ of \\d+");

    private final TypeFaces faces;
    private final BreakIterator breaks = BreakIterator.getLineInstance(Locale.SIMPLIFIED_CHINESE);
    private final BitSet glued = new BitSet();

    public LineBreaker(TypeFaces faces) {
        this.faces = faces;
    }

    /** The lines of {@code text} in {@code style}, none wider than {@code maxWidth} points. */
    public List<String> wrap(String text, TextStyle style, float maxWidth) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : clean(text).split("\n", -1)) {
            wrapParagraph(paragraph, style, maxWidth, lines);
        }
        return lines;
    }

    /** Tabs and other control characters become spaces; line ends become \n. */
    static String clean(String text) {
        String normalised = text.replace("\r\n", "\n").replace('\r', '\n');
        StringBuilder out = new StringBuilder(normalised.length());
        for (int i = 0; i < normalised.length(); i++) {
            char c = normalised.charAt(i);
            out.append(c != '\n' && Character.isISOControl(c) ? ' ' : c);
        }
        return out.toString();
    }

    private void wrapParagraph(String p, TextStyle style, float maxWidth, List<String> lines) {
        int n = p.length();
        if (n == 0) {
            lines.add("");
            return;
        }
        float[] cumulative = cumulativeWidths(p, style);
        float limit = maxWidth + 0.01f;
        glue(p);
        breaks.setText(p);
        int start = 0;
        int lastGood = -1;
        int b = breaks.following(0);
        while (start < n) {
            if (b == BreakIterator.DONE) {
                b = n;
            }
            if (b <= start) {
                b = breaks.following(start);
                continue;
            }
            float w = cumulative[trimEnd(p, start, b)] - cumulative[start];
            if (w <= limit) {
                if (b == n) {
                    lines.add(p.substring(start, trimEnd(p, start, n)));
                    return;
                }
                if (allowedBreak(p, b) && !glued.get(b)) {
                    lastGood = b;
                }
                b = breaks.following(b);
                continue;
            }
            int end = lastGood > start ? lastGood : hardBreak(p, start, cumulative, limit);
            lines.add(p.substring(start, trimEnd(p, start, end)));
            start = skipSpaces(p, end);
            lastGood = -1;
            b = start >= n ? n : breaks.following(start);
        }
    }

    /** Marks the positions inside unbreakable tokens; a break may still fall there when a token is wider than a line. */
    private void glue(String p) {
        glued.clear();
        boolean candidate = false;
        for (int i = 0; i < p.length() && !candidate; i++) {
            char c = p.charAt(i);
            candidate = c >= '0' && c <= '9';
        }
        if (!candidate) {
            return;
        }
        Matcher m = UNBREAKABLE.matcher(p);
        while (m.find()) {
            if (m.end() - m.start() > 1) {
                glued.set(m.start() + 1, m.end());
            }
        }
    }

    private float[] cumulativeWidths(String p, TextStyle style) {
        float[] cumulative = new float[p.length() + 1];
        float scale = style.size() / 1000f;
        float total = 0;
        for (int i = 0; i < p.length(); ) {
            int cp = p.codePointAt(i);
            int count = Character.charCount(cp);
            cumulative[i] = total;
            total += faces.advance(cp, style.bold()) * scale;
            if (count == 2) {
                cumulative[i + 1] = total;
            }
            i += count;
        }
        cumulative[p.length()] = total;
        return cumulative;
    }

    /** Whether a line may end before index {@code b}. */
    private static boolean allowedBreak(String p, int b) {
        int next = skipSpaces(p, b);
        if (next >= p.length()) {
            return true;
        }
        if (NO_LINE_START.indexOf(p.charAt(next)) >= 0) {
            return false;
        }
        int before = p.codePointBefore(b);
        return NO_LINE_END.indexOf(before) < 0;
    }

    /** The longest prefix from {@code start} that fits, cut between code points, never before closing punctuation. */
    private int hardBreak(String p, int start, float[] cumulative, float limit) {
        int end = start + Character.charCount(p.codePointAt(start));
        int i = end;
        while (i < p.length()) {
            int next = i + Character.charCount(p.codePointAt(i));
            if (cumulative[next] - cumulative[start] > limit) {
                break;
            }
            i = next;
        }
        end = i;
        int first = start + Character.charCount(p.codePointAt(start));
        int fitted = end;
        while (end > first && end < p.length() && (!allowedBreak(p, end) || glued.get(end))) {
            end = p.offsetByCodePoints(end, -1);
        }
        if (end >= p.length() || (end > first || allowedBreak(p, end)) && !glued.get(end)) {
            return Math.max(end, first);
        }
        // No break fits: closing punctuation hangs past the margin rather than start the next line
        // (also after a reference or a date, which is not cut); a token wider than the line, or a
        // run of opening brackets, is simply cut at the margin (the lesser fault than a line
        // running off the page).
        end = fitted;
        while (end < p.length() && closingPunctuationAt(p, end)) {
            end++;
        }
        return end;
    }

    private static boolean closingPunctuationAt(String p, int b) {
        int next = skipSpaces(p, b);
        return next < p.length() && NO_LINE_START.indexOf(p.charAt(next)) >= 0;
    }

    private static int trimEnd(String p, int start, int end) {
        int e = end;
        while (e > start && Character.isWhitespace(p.charAt(e - 1))) {
            e--;
        }
        return e;
    }

    private static int skipSpaces(String p, int from) {
        int i = from;
        while (i < p.length() && p.charAt(i) == ' ') {
            i++;
        }
        return i;
    }
}
