package org.redress.domain.scheme;

/** How a scheme expresses a subject's standing; one shape per {@link SchemeKind}. */
public sealed interface Scale permits NumericScale, RatingScale, ListScale {

    SchemeKind kind();
}
