package org.redress.domain.ledger;

/** What a ledger entry records. Reversals and amendments point at the entry they correct. */
public enum LedgerEventKind {
    DEDUCTION, ADDITION, REVERSAL, AMENDMENT, LIST_ENTRY, LIST_REMOVAL
}
