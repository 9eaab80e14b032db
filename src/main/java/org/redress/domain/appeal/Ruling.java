package org.redress.domain.appeal;

import java.util.Objects;
import java.util.Optional;

/**
 * The answer to "may this happen?": granted with its result, or refused with a reason. A result
 * type rather than an exception, because refusals are ordinary answers the UI shows.
 */
public sealed interface Ruling<T> {

    record Granted<T>(T value) implements Ruling<T> {
        public Granted {
            Objects.requireNonNull(value, "value");
        }
    }

    record Refused<T>(Rejection rejection) implements Ruling<T> {
        public Refused {
            Objects.requireNonNull(rejection, "rejection");
        }
    }

    static <T> Ruling<T> granted(T value) {
        return new Granted<>(value);
    }

    static <T> Ruling<T> refused(Rejection rejection) {
        return new Refused<>(rejection);
    }

    default boolean isGranted() {
        return this instanceof Granted<T>;
    }

    default Optional<T> grantedValue() {
        return this instanceof Granted<T>(T v) ? Optional.of(v) : Optional.empty();
    }

    default Optional<Rejection> refusal() {
        return this instanceof Refused<T>(Rejection r) ? Optional.of(r) : Optional.empty();
    }
}
