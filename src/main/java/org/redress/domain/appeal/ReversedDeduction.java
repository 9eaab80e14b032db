package org.redress.domain.appeal;

import org.redress.domain.ledger.LedgerEvent;

import java.util.Objects;

/**
 * A deduction or list entry that a decision reversed.
 *
 * @param subjectId  whose ledger it was on
 * @param entry      the original entry, as the agency sent it
 * @param decisionId the decision that reversed it
 */
public record ReversedDeduction(String subjectId, LedgerEvent entry, String decisionId) {

    public ReversedDeduction {
        Objects.requireNonNull(subjectId, "subjectId");
        Objects.requireNonNull(entry, "entry");
        Objects.requireNonNull(decisionId, "decisionId");
    }
}
