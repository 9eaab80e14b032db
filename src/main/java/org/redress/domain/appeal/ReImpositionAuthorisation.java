package org.redress.domain.appeal;

import java.util.Objects;

/**
 * A later decision's permission to impose a reversed entry again (for instance after new
 * evidence on a referral back). Only such a decision lets the entry through the guard.
 */
public record ReImpositionAuthorisation(String decisionId, long reversedEntryId) {

    public ReImpositionAuthorisation {
        Objects.requireNonNull(decisionId, "decisionId");
    }
}
