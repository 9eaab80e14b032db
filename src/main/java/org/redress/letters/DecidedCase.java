package org.redress.letters;

import org.jspecify.annotations.Nullable;
import org.redress.domain.appeal.CaseStatus;
import org.redress.domain.appeal.Ground;
import org.redress.domain.appeal.OutcomeKind;
import org.redress.domain.ledger.LedgerEvent;
import org.redress.domain.scheme.LocalizedText;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The facts of a decided case as the store holds them, read in one snapshot by
 * {@link DecidedCaseReader}; {@link LetterComposer} turns them into a letter.
 *
 * @param ledger       the subject's ledger without the corrections this decision already wrote,
 *                     so the standing before the decision can be derived
 * @param agencies     names of the agencies the disputed entries name, by code
 * @param texts        the decision's reasons, legal basis and remedies in each language written
 * @param approvedAt   null when no supervisor approved (four eyes did not apply)
 */
public record DecidedCase(long caseId, String caseNo, String schemeCode, CaseStatus status, LocalDate receivedOn,
                          Set<Ground> grounds, String groundText, String subjectName, String subjectIdentifier,
                          long decisionId, String drafterName, Instant draftedAt, DecisionText.Texts texts,
                          @Nullable String approverName, @Nullable Instant approvedAt,
                          List<Outcome> outcomes, List<LedgerEvent> ledger, Map<String, LocalizedText> agencies,
                          List<Attachment> attachments) {

    public DecidedCase {
        grounds = Set.copyOf(grounds);
        outcomes = List.copyOf(outcomes);
        ledger = List.copyOf(ledger);
        agencies = Map.copyOf(agencies);
        attachments = List.copyOf(attachments);
    }

    /** The instant the decision became final: the approval, or the drafting when none was needed. */
    public Instant decidedAt() {
        return approvedAt != null ? approvedAt : draftedAt;
    }

    public record Outcome(long ledgerEventId, OutcomeKind kind, @Nullable Integer newPoints,
                          @Nullable LocalDate newPublicationUntil) {
    }

    public record Attachment(String fileName, String source, Instant addedAt, String sha256) {
    }
}
