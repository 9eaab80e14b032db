package org.redress.domain.appeal;

import java.util.Objects;

/**
 * One thing wrong with a draft, tied to the field the officer must fix, e.g. {@code reasons} or
 * {@code outcomes[42].newPoints}.
 */
public record Problem(String field, Rejection rejection) {

    public Problem {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(rejection, "rejection");
    }

    public static Problem of(String field, ReasonCode code, Object... arguments) {
        return new Problem(field, Rejection.of(code, arguments));
    }

    public ReasonCode code() {
        return rejection.code();
    }

    public String reason() {
        return rejection.reason();
    }
}
