package org.redress.letters;

import org.jspecify.annotations.Nullable;
import org.redress.domain.scheme.LocalizedText;
import org.redress.domain.scheme.NumericScale;
import org.redress.domain.scheme.RatingScale;
import org.redress.domain.scheme.Scheme;

import java.util.regex.Pattern;

/**
 * A grade or rating in words of each language, from the catalog: {@code 中等} and {@code Fair}, never
 * the code {@code FAIR}. A band whose code is a letter grade (Rongcheng's A, AA, B) keeps the
 * letters, which people quote, beside its title: {@code B级（信用警示）}, {@code B (Credit warning)}.
 */
final class GradeWords {

    private static final Pattern LETTER_GRADE = Pattern.compile("[A-E][A-E]*[+-]*");

    private GradeWords() {
    }

    static @Nullable LocalizedText of(Scheme scheme, @Nullable String code) {
        if (code == null) {
            return null;
        }
        LocalizedText title = switch (scheme.scale()) {
            case NumericScale numeric -> numeric.band(code).map(b -> b.title()).orElse(null);
            case RatingScale rating -> rating.rating(code).map(r -> r.title()).orElse(null);
            default -> null;
        };
        if (title == null) {
            return new LocalizedText(code, code);
        }
        if (scheme.scale() instanceof NumericScale && LETTER_GRADE.matcher(code).matches()) {
            return new LocalizedText(code + "级（" + title.zh() + "）", code + " (" + title.en() + ")");
        }
        return title;
    }
}
