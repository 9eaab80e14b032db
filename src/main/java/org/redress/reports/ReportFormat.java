package org.redress.reports;

import org.jspecify.annotations.Nullable;

import java.util.Locale;

/** How values are written in every rendering: counts with thousands separators, shares in percent. */
public final class ReportFormat {

    private ReportFormat() {
    }

    /** A row's value, "&lt;5" when suppressed, "" when absent. */
    public static String value(Row row, Measure measure, Locale language) {
        if (row.isSuppressed(measure)) {
            return ReportWords.in(language, "report.suppressed");
        }
        return number(row.value(measure), measure);
    }

    public static String summary(Figure figure, Measure measure, Locale language) {
        if (figure.suppressedSummary().contains(measure)) {
            return ReportWords.in(language, "report.suppressed");
        }
        return number(figure.summary().get(measure), measure);
    }

    public static String number(@Nullable Double value, Measure measure) {
        if (value == null) {
            return "";
        }
        return switch (measure.format()) {
            case COUNT -> String.format(Locale.ROOT, "%,d", Math.round(value));
            case PERCENT -> percent(value);
            case DAYS -> String.format(Locale.ROOT, "%d", Math.round(value));
            case POINTS -> Math.rint(value) == value ? String.format(Locale.ROOT, "%,d", Math.round(value))
                    : String.format(Locale.ROOT, "%,.1f", value);
        };
    }

    public static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f%%", share * 100);
    }

    /** "21.0–94.0%" or "" when there is none or it is hidden. */
    public static String interval(@Nullable Interval interval, boolean hidden) {
        if (interval == null || hidden) {
            return "";
        }
        return String.format(Locale.ROOT, "%.1f–%.1f%%", interval.low() * 100, interval.high() * 100);
    }

    /** Columns of text as wide as a terminal draws them: ideographs and full-width forms take two. */
    public static int displayWidth(String text) {
        int width = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            width += wide(cp) ? 2 : 1;
            i += Character.charCount(cp);
        }
        return width;
    }

    private static boolean wide(int cp) {
        return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF) || (cp >= 0xAC00 && cp <= 0xD7A3)
                || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60)
                || (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x20000 && cp <= 0x3FFFD);
    }
}
