package org.redress.domain.appeal;

import org.jspecify.annotations.Nullable;
import org.redress.domain.ledger.LedgerEvent;

import java.util.Objects;

/**
 * A disputed ledger entry with the officer recorded as having imposed it, when the issuing
 * agency's feed names one (officers of an agency may also work Redress desks).
 */
public record DisputedEntry(LedgerEvent entry, @Nullable String imposingOfficerId) {

    public DisputedEntry {
        Objects.requireNonNull(entry, "entry");
    }
}
