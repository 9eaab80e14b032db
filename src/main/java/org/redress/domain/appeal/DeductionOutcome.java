package org.redress.domain.appeal;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What a decision does to one disputed ledger entry.
 *
 * @param ledgerEventId       the disputed entry
 * @param kind                upheld, reversed, amended, referred back; NOT_ADMISSIBLE and
 *                            WITHDRAWN only when they apply to the whole case
 * @param newPoints           AMENDED only: the new signed points replacing the entry's (a
 *                            deduction of 50 lessened to 20 is -20); null when points stay
 * @param newPublicationUntil AMENDED only, list entries: the new, earlier last day of publication
 * @param remedy              what the decision orders for this entry, in words; may be empty
 */
public record DeductionOutcome(long ledgerEventId, OutcomeKind kind, @Nullable Integer newPoints,
                               @Nullable LocalDate newPublicationUntil, String remedy) {

    public DeductionOutcome {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(remedy, "remedy");
    }

    public static DeductionOutcome upheld(long ledgerEventId) {
        return new DeductionOutcome(ledgerEventId, OutcomeKind.UPHELD, null, null, "");
    }

    public static DeductionOutcome reversed(long ledgerEventId, String remedy) {
        return new DeductionOutcome(ledgerEventId, OutcomeKind.REVERSED, null, null, remedy);
    }

    public static DeductionOutcome amendedPoints(long ledgerEventId, int newPoints, String remedy) {
        return new DeductionOutcome(ledgerEventId, OutcomeKind.AMENDED, newPoints, null, remedy);
    }

    public static DeductionOutcome amendedPublication(long ledgerEventId, LocalDate newUntil, String remedy) {
        return new DeductionOutcome(ledgerEventId, OutcomeKind.AMENDED, null, newUntil, remedy);
    }

    public static DeductionOutcome referredBack(long ledgerEventId, String remedy) {
        return new DeductionOutcome(ledgerEventId, OutcomeKind.REFERRED_BACK, null, null, remedy);
    }
}
