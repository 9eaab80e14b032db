package org.redress.casework;

import org.jspecify.annotations.Nullable;
import org.redress.domain.appeal.DeductionOutcome;
import org.redress.domain.ledger.StandingChange;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The case's latest decision as a reader sees it: the draft a supervisor is asked to approve, or the
 * decision that stands once the case is decided — outcome per disputed entry, reasons, legal basis,
 * what it does to the subject's standing, who drafted and who approved it, and by when the issuing
 * agency must carry it out.
 *
 * @param effect          the subject's standing today before → after; null when the scheme or ledger does not allow it
 * @param approverName    who approved it; null when nobody has (yet)
 * @param decidedAt       when the case was decided; null while it is a draft
 * @param agencyMustActBy by when the issuing agency must correct its records; null when nothing is to correct or
 *                        the case is not decided
 */
public record DecisionOnFile(long decisionId, String drafterName, Instant draftedAt, String reasons,
                             String legalBasis, List<DeductionOutcome> outcomes, @Nullable StandingChange effect,
                             @Nullable String approverName, @Nullable Instant decidedAt,
                             @Nullable LocalDate agencyMustActBy, int agencyWorkingDays,
                             java.util.Map<String, String[]> texts) {

    public DecisionOnFile {
        outcomes = List.copyOf(outcomes);
        texts = java.util.Map.copyOf(texts);
    }

    /** The reasons in {@code language} ("zh", "en") when written in it, else the text first written. */
    public String reasonsIn(String language) {
        String[] text = texts.get(language);
        return text == null ? reasons : text[0];
    }

    /** The legal basis in {@code language} when written in it, else the one first written. */
    public String legalBasisIn(String language) {
        String[] text = texts.get(language);
        return text == null ? legalBasis : text[1];
    }

    public Optional<DeductionOutcome> outcomeOf(long ledgerEventId) {
        return outcomes.stream().filter(o -> o.ledgerEventId() == ledgerEventId).findFirst();
    }
}
