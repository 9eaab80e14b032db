package org.redress.domain.appeal;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A decision on a case, as drafted. Append-only: a revision is a new decision that names the one
 * it {@code supersedes}; nothing is edited in place. The constructor checks only structure, so an
 * unfinished draft can exist and {@link DecisionValidator} can list everything still wrong with it.
 *
 * @param id              stable id (UUID), also the key of the four-eyes sample
 * @param caseId          the case decided
 * @param drafterId       the officer who drafted it
 * @param draftedAt       when
 * @param outcomes        one outcome per disputed entry
 * @param reasons         the written reasons (required, checked by the validator)
 * @param legalBasis      instrument and article relied on (required, checked by the validator)
 * @param remediesOrdered what the decision orders, in words, in order
 * @param drafterEarlierView the drafter's (or another officer's) earlier recorded view, to
 *                        compare against; null when none was recorded
 * @param supersedes      the id of the decision this one replaces; null for the first
 */
public record Decision(
        String id,
        String caseId,
        String drafterId,
        Instant draftedAt,
        List<DeductionOutcome> outcomes,
        String reasons,
        String legalBasis,
        List<String> remediesOrdered,
        @Nullable EarlierView drafterEarlierView,
        @Nullable String supersedes) {

    public Decision {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(drafterId, "drafterId");
        Objects.requireNonNull(draftedAt, "draftedAt");
        outcomes = List.copyOf(outcomes);
        Objects.requireNonNull(reasons, "reasons");
        Objects.requireNonNull(legalBasis, "legalBasis");
        remediesOrdered = List.copyOf(remediesOrdered);
    }

    /**
     * Whether the drafter now decides otherwise than they themselves recorded earlier on any of
     * the same entries. A view recorded by another officer does not count: it is not their own.
     */
    public boolean isAgainstOwnEarlierView() {
        EarlierView view = drafterEarlierView;
        if (view == null || !view.officerId().equals(drafterId)) {
            return false;
        }
        return outcomes.stream().anyMatch(o -> {
            OutcomeKind earlier = view.outcomes().get(o.ledgerEventId());
            return earlier != null && earlier != o.kind();
        });
    }

    /** Leaves out the reasons and remedies, which may name the applicant. */
    @Override
    public String toString() {
        return "Decision[" + id + " on case " + caseId + ", " + outcomes.size() + " outcome(s)]";
    }
}
