package org.redress.domain.appeal;

import org.jspecify.annotations.Nullable;
import org.redress.domain.ledger.LedgerEvent;
import org.redress.domain.ledger.LedgerEventKind;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A reversed deduction cannot come back through a later import without a new decision
 * (DOMAIN.md). An incoming deduction or list entry is matched against the reversed ones two ways,
 * since agencies re-send under a new reference as often as under the old one:
 * <ul>
 *   <li>same subject, scheme, rule and day imposed;</li>
 *   <li>same issuing agency and agency reference.</li>
 * </ul>
 * A match passes only when the incoming row cites a decision, other than the reversing one, that
 * authorises imposing that entry again. Corrections and additions are never held back.
 */
public final class ReDeductionGuard {

    private record SameImposition(String subjectId, String schemeCode, String ruleCode, LocalDate imposedOn) {
    }

    private record SameReference(String agencyCode, String reference) {
    }

    private final Map<SameImposition, List<ReversedDeduction>> byImposition = new HashMap<>();
    private final Map<SameReference, List<ReversedDeduction>> byReference = new HashMap<>();
    private final Set<ReImpositionAuthorisation> authorisations;

    public ReDeductionGuard(Collection<ReversedDeduction> reversed, Collection<ReImpositionAuthorisation> authorisations) {
        for (ReversedDeduction r : reversed) {
            LedgerEvent e = r.entry();
            byImposition.computeIfAbsent(new SameImposition(r.subjectId(), e.schemeCode(), e.ruleCode(), e.imposedOn()),
                    k -> new ArrayList<>()).add(r);
            byReference.computeIfAbsent(new SameReference(e.agencyCode(), e.reference()),
                    k -> new ArrayList<>()).add(r);
        }
        this.authorisations = Set.copyOf(authorisations);
    }

    /**
     * Empty when {@code incoming} may enter the subject's ledger; else the reason, naming the
     * reversed entry and the decision that reversed it.
     *
     * @param authorisingDecisionId the decision the incoming row cites as authority; null if none
     */
    public Optional<Rejection> check(String subjectId, LedgerEvent incoming, @Nullable String authorisingDecisionId) {
        if (incoming.kind() != LedgerEventKind.DEDUCTION && incoming.kind() != LedgerEventKind.LIST_ENTRY) {
            return Optional.empty();
        }
        Map<Long, ReversedDeduction> matches = new LinkedHashMap<>();
        byImposition.getOrDefault(new SameImposition(subjectId, incoming.schemeCode(), incoming.ruleCode(),
                incoming.imposedOn()), List.of()).forEach(r -> matches.putIfAbsent(r.entry().id(), r));
        // An agency reference is unique per agency, so it identifies the entry whoever it names.
        byReference.getOrDefault(new SameReference(incoming.agencyCode(), incoming.reference()), List.of())
                .forEach(r -> matches.putIfAbsent(r.entry().id(), r));
        for (ReversedDeduction r : matches.values()) {
            if (!authorises(authorisingDecisionId, r)) {
                return Optional.of(refusal(incoming, r, authorisingDecisionId));
            }
        }
        return Optional.empty();
    }

    private boolean authorises(@Nullable String decisionId, ReversedDeduction reversed) {
        return decisionId != null
                && !decisionId.equals(reversed.decisionId())
                && authorisations.contains(new ReImpositionAuthorisation(decisionId, reversed.entry().id()));
    }

    private static Rejection refusal(LedgerEvent incoming, ReversedDeduction r, @Nullable String citedDecision) {
        LedgerEvent e = r.entry();
        if (citedDecision != null) {
            return Rejection.of(ReasonCode.AUTHORISATION_NOT_FOUND, citedDecision, e.id(), r.decisionId());
        }
        String described = e.agencyCode() + " " + e.reference() + ", rule " + e.ruleCode() + ", imposed " + e.imposedOn();
        return Rejection.of(ReasonCode.REVERSED_DEDUCTION_REIMPOSED, incoming.reference(), e.id(), described,
                r.decisionId());
    }

    /** How many reversed entries the guard holds, for diagnostics. */
    public int size() {
        return byImposition.values().stream().mapToInt(List::size).sum();
    }
}
