package org.redress.domain.scheme;

import java.util.List;
import java.util.Objects;

/** One grade of a categorical rating scheme (very good / good / bad) and the measures it triggers. */
public record Rating(String code, LocalizedText title, List<String> sanctions) {

    public Rating {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(title, "title");
        if (code.isBlank()) {
            throw new IllegalArgumentException("a rating needs a code");
        }
        sanctions = List.copyOf(sanctions);
    }
}
