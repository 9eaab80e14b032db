package org.redress.domain.ledger;

import java.util.Comparator;

/** Why a sanction is active: the subject's grade, one entry's rule, or a list membership. */
public sealed interface SanctionCause {

    /** The grade (band or rating) the subject stands at triggers it. */
    record OfGrade(String grade) implements SanctionCause {
    }

    /** The rule of an active entry triggers it directly. */
    record OfEntry(long eventId, String ruleCode) implements SanctionCause {
    }

    /** Being published on the list through this entry triggers it. */
    record OfListing(long eventId, String ruleCode) implements SanctionCause {
    }

    /** Grade first, then entries and listings by event id: a stable order for display and equality. */
    Comparator<SanctionCause> ORDER = Comparator.comparingInt(SanctionCause::rank)
            .thenComparingLong(SanctionCause::eventIdOrZero)
            .thenComparing(SanctionCause::toString);

    private static int rank(SanctionCause cause) {
        return switch (cause) {
            case OfGrade g -> 0;
            case OfEntry e -> 1;
            case OfListing l -> 2;
        };
    }

    private static long eventIdOrZero(SanctionCause cause) {
        return switch (cause) {
            case OfGrade g -> 0;
            case OfEntry e -> e.eventId();
            case OfListing l -> l.eventId();
        };
    }
}
