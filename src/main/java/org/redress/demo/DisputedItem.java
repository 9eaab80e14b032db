package org.redress.demo;

import org.redress.domain.ledger.LedgerEvent;
import org.redress.domain.scheme.Rule;

/** A disputed ledger entry with the rule version it was imposed under, for writing about it. */
record DisputedItem(LedgerEvent entry, Rule rule) {

    String agencyZh() {
        return IssuingAgencies.nameZh(entry.agencyCode());
    }

    String agencyEn() {
        return IssuingAgencies.nameEn(entry.agencyCode());
    }

    boolean isListEntry() {
        return entry.kind() == org.redress.domain.ledger.LedgerEventKind.LIST_ENTRY;
    }
}
