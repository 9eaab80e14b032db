package org.redress.letters;

import org.jspecify.annotations.Nullable;
import org.redress.domain.appeal.Ground;
import org.redress.domain.appeal.OutcomeKind;
import org.redress.domain.ledger.LedgerEventKind;
import org.redress.domain.scheme.LocalizedText;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Everything a decision letter says, in the order LETTERS.md gives: letterhead, reference and
 * date; addressee; what was disputed; the outcome per deduction and the reasons; the effect;
 * the evidence considered; who decided and approved; the next step. The verification mark is
 * added when the letter is rendered, from the record this content makes ({@link DecisionRecord}).
 * Personal identifiers appear only masked.
 *
 * @param supersedesReference the reference of the letter this one replaces, when re-issued
 */
public record LetterContent(
        Letterhead letterhead,
        String referenceNo,
        LocalDate issuedOn,
        LetterLanguage language,
        String caseNo,
        LocalDate receivedOn,
        Addressee addressee,
        List<Disputed> disputed,
        Set<Ground> grounds,
        String groundText,
        String reasons,
        String legalBasis,
        List<String> remedies,
        List<Effect> effects,
        List<Evidence> evidence,
        Signatories signatories,
        NextStep nextStep,
        @Nullable String supersedesReference) {

    public LetterContent {
        Objects.requireNonNull(letterhead, "letterhead");
        Objects.requireNonNull(referenceNo, "referenceNo");
        Objects.requireNonNull(issuedOn, "issuedOn");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(caseNo, "caseNo");
        Objects.requireNonNull(addressee, "addressee");
        disputed = List.copyOf(disputed);
        grounds = Set.copyOf(grounds);
        Objects.requireNonNull(groundText, "groundText");
        Objects.requireNonNull(reasons, "reasons");
        Objects.requireNonNull(legalBasis, "legalBasis");
        remedies = List.copyOf(remedies);
        effects = List.copyOf(effects);
        evidence = List.copyOf(evidence);
        Objects.requireNonNull(signatories, "signatories");
        Objects.requireNonNull(nextStep, "nextStep");
    }

    /** The same letter in another language (the record, and so the verification, changes with it). */
    public LetterContent inLanguage(LetterLanguage other) {
        return new LetterContent(letterhead, referenceNo, issuedOn, other, caseNo, receivedOn, addressee, disputed,
                grounds, groundText, reasons, legalBasis, remedies, effects, evidence, signatories, nextStep,
                supersedesReference);
    }

    /** The same letter under another reference number (for re-issuing and benchmarks). */
    public LetterContent withReference(String reference, LocalDate on, @Nullable String supersedes) {
        return new LetterContent(letterhead, reference, on, language, caseNo, receivedOn, addressee, disputed,
                grounds, groundText, reasons, legalBasis, remedies, effects, evidence, signatories, nextStep,
                supersedes);
    }

    /**
     * The person or organisation the letter is addressed to.
     *
     * @param maskedIdentifier the identifier as {@code IdentifierMask} shows it, never in full
     * @param address          null when not known
     */
    public record Addressee(String name, String maskedIdentifier, @Nullable String address) {
        public Addressee {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(maskedIdentifier, "maskedIdentifier");
        }
    }

    /**
     * One disputed ledger entry and what the decision does to it.
     *
     * @param points              the signed points the entry imposed (0 for list entries)
     * @param publicationUntil    list entries: the last day of publication as imposed
     * @param newPoints           AMENDED: the new signed points
     * @param newPublicationUntil AMENDED list entries: the new last day of publication
     */
    public record Disputed(long ledgerEventId, String ruleCode, LocalizedText ruleTitle, LocalizedText legalBasis,
                           LedgerEventKind kind, int points, LocalizedText agency, LocalDate imposedOn,
                           String reference, @Nullable LocalDate publicationUntil, OutcomeKind outcome,
                           @Nullable Integer newPoints, @Nullable LocalDate newPublicationUntil, String remedy) {
        public Disputed {
            Objects.requireNonNull(ruleCode, "ruleCode");
            Objects.requireNonNull(ruleTitle, "ruleTitle");
            Objects.requireNonNull(legalBasis, "legalBasis");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(agency, "agency");
            Objects.requireNonNull(imposedOn, "imposedOn");
            Objects.requireNonNull(reference, "reference");
            Objects.requireNonNull(outcome, "outcome");
            Objects.requireNonNull(remedy, "remedy");
        }
    }

    /**
     * What the decision changes under one scheme.
     *
     * @param scoreBefore       null for ratings and lists
     * @param gradeBefore       band or rating title; null for lists
     * @param listingsRemoved   list entries no longer published
     * @param sanctionsLifted   restrictions (and incentives) no longer in force, by title
     * @param agencyMustActBy   by when the issuing agency must carry out the decision; null when it
     *                          has nothing to do (every deduction upheld)
     */
    public record Effect(LocalizedText scheme, @Nullable Integer scoreBefore, @Nullable Integer scoreAfter,
                         @Nullable LocalizedText gradeBefore, @Nullable LocalizedText gradeAfter,
                         List<LocalizedText> listingsRemoved, List<LocalizedText> sanctionsLifted,
                         @Nullable LocalDate agencyMustActBy, int agencyWorkingDays) {
        public Effect {
            Objects.requireNonNull(scheme, "scheme");
            listingsRemoved = List.copyOf(listingsRemoved);
            sanctionsLifted = List.copyOf(sanctionsLifted);
        }

        public boolean changesAnything() {
            return !Objects.equals(scoreBefore, scoreAfter) || !Objects.equals(gradeBefore, gradeAfter)
                    || !listingsRemoved.isEmpty() || !sanctionsLifted.isEmpty();
        }
    }

    /** A piece of evidence the officer considered; the hash identifies the stored file. */
    public record Evidence(String title, String source, LocalDate addedOn, String sha256) {
        public Evidence {
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(addedOn, "addedOn");
            Objects.requireNonNull(sha256, "sha256");
        }

        /** The first 12 hex digits, enough to tell files apart on paper. */
        public String shortHash() {
            return sha256.length() <= 12 ? sha256 : sha256.substring(0, 12);
        }
    }

    /** Who decided, and who approved where four eyes applied (null approver when not required). */
    public record Signatories(String decidedBy, LocalDate decidedOn, @Nullable String approvedBy,
                              @Nullable LocalDate approvedOn) {
        public Signatories {
            Objects.requireNonNull(decidedBy, "decidedBy");
            Objects.requireNonNull(decidedOn, "decidedOn");
        }
    }

    /**
     * Where and by when the applicant may appeal further (a date on the working-day calendar).
     *
     * @param unpublishedYear a year counted over that has no published holiday notice (its weekend
     *                        working days unknown), which the letter states as a caveat; null if none
     */
    public record NextStep(LocalizedText where, LocalDate deadline, int workingDays, @Nullable Integer unpublishedYear) {
        public NextStep {
            Objects.requireNonNull(where, "where");
            Objects.requireNonNull(deadline, "deadline");
        }

        public NextStep(LocalizedText where, LocalDate deadline, int workingDays) {
            this(where, deadline, workingDays, null);
        }
    }
}
