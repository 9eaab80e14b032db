package org.redress.domain.appeal;

import org.redress.domain.ledger.LedgerEvent;
import org.redress.domain.ledger.LedgerEventKind;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.LongSupplier;

/**
 * Turns a decided decision into the ledger entries that carry it out. The disputed entries are
 * never edited; each correction is a new entry naming its target:
 * <ul>
 *   <li>REVERSED deduction → REVERSAL whose points are the signed change that cancels the target
 *       (a reversal of -50 is +50);</li>
 *   <li>REVERSED list entry → LIST_REMOVAL;</li>
 *   <li>AMENDED → AMENDMENT with the new points (or the target's, if unchanged) and the new end
 *       of publication (or the target's);</li>
 *   <li>UPHELD, REFERRED_BACK, NOT_ADMISSIBLE, WITHDRAWN → nothing.</li>
 * </ul>
 * The reference of each correction is {@code <decision id>/<target id>}, unique per office and
 * traceable to the decision that ordered it.
 */
public final class DecisionEffects {

    private DecisionEffects() {
    }

    /**
     * @param decision    a decision that passed {@link DecisionValidator} and was decided
     * @param ledger      the subject's entries by id (at least the decided ones)
     * @param newEntryIds hands out ids for the new entries
     * @param officeCode  the reviewing office, recorded as the issuer of the corrections
     * @param effectiveOn the day the corrections take effect (normally the decision day)
     * @throws IllegalArgumentException if an outcome names an entry missing from {@code ledger}
     *                                  or an amendment gives nothing to change
     */
    public static List<LedgerEvent> ledgerCorrections(Decision decision, Map<Long, LedgerEvent> ledger,
                                                      LongSupplier newEntryIds, String officeCode,
                                                      LocalDate effectiveOn) {
        Objects.requireNonNull(officeCode, "officeCode");
        Objects.requireNonNull(effectiveOn, "effectiveOn");
        List<LedgerEvent> corrections = new ArrayList<>();
        for (DeductionOutcome outcome : decision.outcomes()) {
            if (outcome.kind() != OutcomeKind.REVERSED && outcome.kind() != OutcomeKind.AMENDED) {
                continue;
            }
            LedgerEvent target = ledger.get(outcome.ledgerEventId());
            if (target == null) {
                throw new IllegalArgumentException("entry " + outcome.ledgerEventId() + " is not in the ledger given");
            }
            String reference = decision.id() + "/" + target.id();
            corrections.add(switch (outcome.kind()) {
                case REVERSED -> reversal(target, newEntryIds.getAsLong(), officeCode, effectiveOn, reference);
                case AMENDED -> amendment(target, outcome, newEntryIds.getAsLong(), officeCode, effectiveOn, reference);
                default -> throw new IllegalStateException("unreachable: " + outcome.kind());
            });
        }
        return List.copyOf(corrections);
    }

    private static LedgerEvent reversal(LedgerEvent target, long id, String office, LocalDate on, String reference) {
        boolean listed = target.kind() == LedgerEventKind.LIST_ENTRY;
        LedgerEventKind kind = listed ? LedgerEventKind.LIST_REMOVAL : LedgerEventKind.REVERSAL;
        int points = listed ? 0 : -target.points();
        return new LedgerEvent(id, target.schemeCode(), target.ruleCode(), kind, points, office, on, reference,
                target.id(), null);
    }

    private static LedgerEvent amendment(LedgerEvent target, DeductionOutcome outcome, long id, String office,
                                         LocalDate on, String reference) {
        if (outcome.newPoints() == null && outcome.newPublicationUntil() == null) {
            throw new IllegalArgumentException("the amendment of entry " + target.id() + " changes nothing");
        }
        Integer newPoints = outcome.newPoints();
        int points = newPoints != null ? newPoints : target.points();
        LocalDate until = outcome.newPublicationUntil() != null ? outcome.newPublicationUntil() : target.publicationUntil();
        return new LedgerEvent(id, target.schemeCode(), target.ruleCode(), LedgerEventKind.AMENDMENT, points, office,
                on, reference, target.id(), until);
    }
}
