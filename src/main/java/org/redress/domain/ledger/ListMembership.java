package org.redress.domain.ledger;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;

/**
 * A published list entry: listed on {@code listedOn}, published through {@code publicationUntil}
 * (null: until removed).
 */
public record ListMembership(long eventId, String ruleCode, LocalDate listedOn,
                             @Nullable LocalDate publicationUntil) {
}
