package org.redress.intake;

import org.jspecify.annotations.Nullable;
import org.redress.domain.ledger.LedgerEventKind;

import java.time.LocalDate;

/**
 * A ledger record that passed validation. {@code contentHash} fingerprints what the agency sent,
 * so the same record imported again is recognised as unchanged and a changed one as a conflict.
 */
public record IncomingLedgerEntry(SourceLocation where, String agency, String reference, IncomingSubject subject,
                                  String schemeCode, String ruleCode, LedgerEventKind kind, int points,
                                  LocalDate imposedOn, @Nullable LocalDate publicationUntil,
                                  @Nullable String targetReference, @Nullable Integer reportedScore,
                                  @Nullable String decisionRef, @Nullable String imposedBy, String contentHash) {

    public boolean correctsAnother() {
        return kind == LedgerEventKind.REVERSAL || kind == LedgerEventKind.AMENDMENT
                || kind == LedgerEventKind.LIST_REMOVAL;
    }
}
