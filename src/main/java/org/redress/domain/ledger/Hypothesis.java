package org.redress.domain.ledger;

import java.util.List;
import java.util.stream.Stream;

/**
 * A set of corrections the officer is considering ("if this deduction is reversed…"). Each is
 * applied as a correcting entry imposed on the date the standing is asked for.
 */
public record Hypothesis(List<Correction> corrections) {

    public static final Hypothesis NONE = new Hypothesis(List.of());

    public Hypothesis {
        corrections = List.copyOf(corrections);
    }

    public static Hypothesis of(Correction... corrections) {
        return new Hypothesis(List.of(corrections));
    }

    public static Hypothesis reverse(long eventId) {
        return of(new Correction.Reverse(eventId));
    }

    public Hypothesis and(Correction correction) {
        return new Hypothesis(Stream.concat(corrections.stream(), Stream.of(correction)).toList());
    }
}
