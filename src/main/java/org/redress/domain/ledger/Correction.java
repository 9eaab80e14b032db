package org.redress.domain.ledger;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;

/** One correction an officer is weighing, applied to the ledger as if it had been decided. */
public sealed interface Correction {

    /** The ledger entry corrected. */
    long eventId();

    /** Reverse the entry: points restored, list entry gone, its sanctions lifted. */
    record Reverse(long eventId) implements Correction {
    }

    /** End a list entry's publication early (credit repair, or published past its period). */
    record Remove(long eventId) implements Correction {
    }

    /**
     * Replace the entry's points and/or last day of publication; a null part stays as it is.
     */
    record Amend(long eventId, @Nullable Integer points, @Nullable LocalDate publicationUntil)
            implements Correction {

        public Amend {
            if (points == null && publicationUntil == null) {
                throw new IllegalArgumentException("an amendment must change the points or the publication period");
            }
        }
    }
}
