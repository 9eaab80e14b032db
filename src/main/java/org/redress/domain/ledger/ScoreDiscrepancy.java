package org.redress.domain.ledger;

import java.time.LocalDate;

/** A reported score that differs from the one the ledger gives: a possible manipulation. */
public record ScoreDiscrepancy(String schemeCode, LocalDate at, int recomputed, int reported) {

    /** Reported minus recomputed. */
    public int difference() {
        return reported - recomputed;
    }
}
