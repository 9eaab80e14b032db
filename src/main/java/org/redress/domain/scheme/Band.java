package org.redress.domain.scheme;

import java.util.List;
import java.util.Objects;

/**
 * A grade band of a points or range scheme: the scores from {@code min} to {@code max} inclusive,
 * and the measures anyone in the band is subject to. An open end is {@link Integer#MIN_VALUE} or
 * {@link Integer#MAX_VALUE} (Rongcheng's D is "599 and below").
 */
public record Band(String code, LocalizedText title, int min, int max, List<String> sanctions) {

    public Band {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(title, "title");
        if (code.isBlank()) {
            throw new IllegalArgumentException("a band needs a code");
        }
        if (min > max) {
            throw new IllegalArgumentException("band " + code + " runs from " + min + " down to " + max);
        }
        sanctions = List.copyOf(sanctions);
    }

    public boolean contains(int score) {
        return score >= min && score <= max;
    }
}
