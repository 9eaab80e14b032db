package org.redress.ui.common;

import org.jspecify.annotations.Nullable;
import org.redress.domain.scheme.Band;
import org.redress.domain.scheme.NumericScale;
import org.redress.domain.scheme.Rating;
import org.redress.domain.scheme.RatingScale;
import org.redress.domain.scheme.Scheme;

/** A grade or rating in words of the screen's language (the scheme's own title), never its code. */
public final class Grades {

    private Grades() {
    }

    /** The grade's title under the scheme in the screen's language; "—" for none; the code only when the scheme lacks it. */
    public static String word(@Nullable Scheme scheme, @Nullable String code, Messages messages) {
        if (code == null || code.isBlank()) {
            return "—";
        }
        if (scheme != null && scheme.scale() instanceof NumericScale numeric) {
            for (Band band : numeric.bands()) {
                if (band.code().equals(code)) {
                    return messages.of(band.title());
                }
            }
        }
        if (scheme != null && scheme.scale() instanceof RatingScale ratings) {
            for (Rating rating : ratings.ratings()) {
                if (rating.code().equals(code)) {
                    return messages.of(rating.title());
                }
            }
        }
        return code;
    }
}
