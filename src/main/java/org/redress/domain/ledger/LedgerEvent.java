package org.redress.domain.ledger;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One entry of a subject's ledger under one scheme. Entries are never edited: a reversal or an
 * amendment is a new entry whose {@code targetId} names the entry it corrects.
 *
 * @param id               stable id of the entry within the workspace
 * @param schemeCode       the scheme whose ledger this is
 * @param ruleCode         the rule applied (for reversals/amendments, the rule of the target)
 * @param kind             what the entry records
 * @param points           signed change in points (negative for deductions); for an amendment, the
 *                         new signed value replacing the target's; 0 where points do not apply
 * @param agencyCode       the issuing agency
 * @param imposedOn        the date the entry took effect
 * @param reference        the agency's reference, unique per agency
 * @param targetId         for REVERSAL, AMENDMENT and LIST_REMOVAL: the entry corrected; else null
 * @param publicationUntil for LIST_ENTRY (or an amendment of one): last day of publication; else null
 */
public record LedgerEvent(
        long id,
        String schemeCode,
        String ruleCode,
        LedgerEventKind kind,
        int points,
        String agencyCode,
        LocalDate imposedOn,
        String reference,
        @Nullable Long targetId,
        @Nullable LocalDate publicationUntil) {

    public LedgerEvent {
        Objects.requireNonNull(schemeCode, "schemeCode");
        Objects.requireNonNull(ruleCode, "ruleCode");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(agencyCode, "agencyCode");
        Objects.requireNonNull(imposedOn, "imposedOn");
        Objects.requireNonNull(reference, "reference");
        boolean corrects = kind == LedgerEventKind.REVERSAL || kind == LedgerEventKind.AMENDMENT
                || kind == LedgerEventKind.LIST_REMOVAL;
        if (corrects && targetId == null) {
            throw new IllegalArgumentException(kind + " must name the entry it corrects");
        }
    }
}
