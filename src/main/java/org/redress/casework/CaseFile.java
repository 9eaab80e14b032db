package org.redress.casework;

import org.jspecify.annotations.Nullable;
import org.redress.domain.appeal.CaseAction;
import org.redress.domain.appeal.CaseStatus;
import org.redress.domain.appeal.RecusalVerdict;
import org.redress.domain.appeal.Rejection;
import org.redress.domain.identity.SubjectKind;
import org.redress.domain.ledger.LedgerEvent;
import org.redress.domain.ledger.Standing;
import org.redress.domain.scheme.LocalizedText;
import org.redress.domain.scheme.Rule;
import org.redress.domain.scheme.Scheme;
import org.redress.store.CaseRow;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Everything the case workspace shows about one case, read in one snapshot for one officer. The
 * subject's identifier is masked here: the full value comes only through a recorded reveal.
 *
 * @param workingDaysLeft to the decision deadline; null while no deadline runs
 * @param legalActions    what the officer may do now ({@code CaseActionGate}), whatever this
 *                        version of the workstation offers
 * @param approval        whether the latest draft needs a supervisor's approval, and why
 *                        ({@link FourEyes}); {@link ApprovalNeed#NO_DRAFT} without a draft
 * @param approveRefusal  while a draft awaits approval, why this officer may not approve it (say,
 *                        they drafted it); null when they may, or when nothing awaits approval
 */
public record CaseFile(CaseRow appeal, Subject subject, @Nullable Scheme scheme, List<Deduction> disputed,
                       List<LedgerEvent> ledger, @Nullable Standing standing,
                       List<HistoryLine> history, List<NoteLine> notes, List<AttachmentLine> attachments,
                       List<OtherCase> otherOpenCases, RecusalVerdict recusal, Set<CaseAction> legalActions,
                       @Nullable String assigneeName, @Nullable Integer workingDaysLeft, LocalDate today,
                       ApprovalNeed approval, @Nullable Rejection approveRefusal) {

    public CaseFile {
        disputed = List.copyOf(disputed);
        ledger = List.copyOf(ledger);
        history = List.copyOf(history);
        notes = List.copyOf(notes);
        attachments = List.copyOf(attachments);
        otherOpenCases = List.copyOf(otherOpenCases);
        legalActions = Set.copyOf(legalActions);
    }

    /** The subject with its identifier masked, and what the identifier check said. */
    public record Subject(long id, SubjectKind kind, String name, String maskedIdentifier, String idKind,
                          String idVerdict, @Nullable String idOverrideReason, @Nullable String region,
                          @Nullable LocalDate birthDate) {
        /** A checksum that failed and was accepted with a reason: the officer sees a warning. */
        public boolean hasIdentifierWarning() {
            return !"VALID".equals(idVerdict);
        }
    }

    /**
     * A disputed ledger entry with the rule version in force when it was imposed (null if the
     * catalog lacks it) and the flag for a non-financial rule feeding a financial score.
     */
    public record Deduction(LedgerEvent entry, @Nullable Rule rule, boolean nonFinancialInFinancialScheme,
                            LocalizedText agencyName) {
    }

    /**
     * One line of the case's history as stored, with what its detail refers to resolved into words the
     * screen can show: the officer a case was given to, and the outcomes of the decision it names.
     *
     * @param namedOfficer     display name of the officer the detail names (an assignment); null when none
     * @param decisionOutcomes outcomes per deduction of the decision the detail names; empty when none
     */
    public record HistoryLine(Instant at, @Nullable String actorName, String action,
                              @Nullable CaseStatus fromStatus,
                              @Nullable CaseStatus toStatus, @Nullable String detail,
                              @Nullable String namedOfficer, List<org.redress.domain.appeal.OutcomeKind> decisionOutcomes) {

        public HistoryLine {
            decisionOutcomes = List.copyOf(decisionOutcomes);
        }

        public HistoryLine(Instant at, @Nullable String actorName, String action, @Nullable CaseStatus fromStatus,
                           @Nullable CaseStatus toStatus, @Nullable String detail) {
            this(at, actorName, action, fromStatus, toStatus, detail, null, List.of());
        }
    }

    public record NoteLine(Instant at, String authorName, String body, boolean correction) {
    }

    public record OtherCase(long caseId, String caseNo, CaseStatus status) {
    }

    public boolean isDisputed(long ledgerEventId) {
        return disputed.stream().anyMatch(d -> d.entry().id() == ledgerEventId);
    }
}
