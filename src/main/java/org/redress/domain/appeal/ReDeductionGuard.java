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
 * (DOMAIN.md). An incoming deduction or list entry is matched against the reversed ones by what
 * it is, not by one exact date, since agencies re-send under a new reference as often as under the
 * old one and re-date what they re-send (the day of the decision, of its service, of the entry):
 * <ul>
 *   <li>same subject, issuing agency, scheme, rule and points, imposed within
 *       {@value #RESENT_WITHIN_DAYS} days either side of the reversed entry;</li>
 *   <li>same subject, scheme, rule and day imposed (whatever the agency or points);</li>
 *   <li>same issuing agency and agency reference.</li>
 * </ul>
 * A match passes only when the incoming row cites a decision, other than the reversing one, that
 * authorises imposing that entry again. Corrections and additions are never held back.
 */
public final class ReDeductionGuard {

    /**
     * How far apart, in days either way, a reversed entry and an incoming one of the same agency,
     * subject, rule and points may be dated and still be the same deduction re-sent. A month covers
     * an agency re-dating by the decision, its service or its entry; a genuine repeat of the same
     * offence inside it is refused by name and needs a decision authorising it.
     */
    public static final int RESENT_WITHIN_DAYS = 30;

    private record SameDeduction(String subjectId, String agencyCode, String schemeCode, String ruleCode, int points) {
    }

    private record SameImposition(String subjectId, String schemeCode, String ruleCode, LocalDate imposedOn) {
    }

    private record SameReference(String agencyCode, String reference) {
    }

    private final Map<SameDeduction, List<ReversedDeduction>> byDeduction = new HashMap<>();
    private final Map<SameImposition, List<ReversedDeduction>> byImposition = new HashMap<>();
    private final Map<SameReference, List<ReversedDeduction>> byReference = new HashMap<>();
    private final Set<ReImpositionAuthorisation> authorisations;

    public ReDeductionGuard(Collection<ReversedDeduction> reversed, Collection<ReImpositionAuthorisation> authorisations) {
        reversed.forEach(this::add);
        this.authorisations = Set.copyOf(authorisations);
    }

    /** Holds back, from now on, what re-imposes {@code reversed} (a reversal met earlier in the same import). */
    public void add(ReversedDeduction reversed) {
        LedgerEvent e = reversed.entry();
        byDeduction.computeIfAbsent(new SameDeduction(reversed.subjectId(), e.agencyCode(), e.schemeCode(), e.ruleCode(),
                e.points()), k -> new ArrayList<>()).add(reversed);
        byImposition.computeIfAbsent(new SameImposition(reversed.subjectId(), e.schemeCode(), e.ruleCode(), e.imposedOn()),
                k -> new ArrayList<>()).add(reversed);
        byReference.computeIfAbsent(new SameReference(e.agencyCode(), e.reference()), k -> new ArrayList<>()).add(reversed);
    }

    /**
     * Empty when {@code incoming} may enter the subject's ledger; else the reason, naming the
     * reversed entry and the decision that reversed it.
     *
     * @param authorisingDecisionId the decision the incoming row cites as authority; null if none
     */
    public Optional<Rejection> check(String subjectId, LedgerEvent incoming, @Nullable String authorisingDecisionId) {
        if (byReference.isEmpty()
                || incoming.kind() != LedgerEventKind.DEDUCTION && incoming.kind() != LedgerEventKind.LIST_ENTRY) {
            return Optional.empty();
        }
        Map<Long, ReversedDeduction> matches = new LinkedHashMap<>();
        long day = incoming.imposedOn().toEpochDay();
        for (ReversedDeduction r : byDeduction.getOrDefault(new SameDeduction(subjectId, incoming.agencyCode(),
                incoming.schemeCode(), incoming.ruleCode(), incoming.points()), List.of())) {
            if (Math.abs(r.entry().imposedOn().toEpochDay() - day) <= RESENT_WITHIN_DAYS) {
                matches.putIfAbsent(r.entry().id(), r);
            }
        }
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
