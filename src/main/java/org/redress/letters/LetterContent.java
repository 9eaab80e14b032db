package org.redress.letters;

import org.jspecify.annotations.Nullable;
import org.redress.domain.appeal.Ground;
import org.redress.domain.appeal.OutcomeKind;
import org.redress.domain.ledger.LedgerEventKind;
import org.redress.domain.scheme.LocalizedText;
import org.redress.domain.scheme.SchemeKind;

import java.time.LocalDate;
import java.time.OffsetDateTime;
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
 * @param issuedAt            the moment of issue in the office's time zone (its date is the date of issue)
 * @param texts               the officer's text in the languages the letter prints, and only those
 * @param supersedesReference the reference of the letter this one replaces, when re-issued
 */
public record LetterContent(
        Letterhead letterhead,
        String referenceNo,
        OffsetDateTime issuedAt,
        LetterLanguage language,
        LetterKind kind,
        String caseNo,
        LocalDate receivedOn,
        Addressee addressee,
        List<Disputed> disputed,
        Set<Ground> grounds,
        String groundText,
        DecisionText.Texts texts,
        List<Effect> effects,
        List<Evidence> evidence,
        Signatories signatories,
        NextStep nextStep,
        @Nullable String supersedesReference) {

    public LetterContent {
        Objects.requireNonNull(letterhead, "letterhead");
        Objects.requireNonNull(referenceNo, "referenceNo");
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(caseNo, "caseNo");
        Objects.requireNonNull(addressee, "addressee");
        disputed = List.copyOf(disputed);
        grounds = Set.copyOf(grounds);
        Objects.requireNonNull(groundText, "groundText");
        Objects.requireNonNull(texts, "texts");
        if (!texts.missingFor(language).isEmpty()) {
            throw new IllegalArgumentException("a " + language + " letter needs the decision's text in "
                    + texts.missingFor(language));
        }
        texts = texts.forLetter(language);
        effects = List.copyOf(effects);
        evidence = List.copyOf(evidence);
        Objects.requireNonNull(signatories, "signatories");
        Objects.requireNonNull(nextStep, "nextStep");
    }

    /** The date of issue, in the office's time zone. */
    public LocalDate issuedOn() {
        return issuedAt.toLocalDate();
    }

    /** The same letter under another reference number (for re-issuing and benchmarks). */
    public LetterContent withReference(String reference, OffsetDateTime at, @Nullable String supersedes) {
        return new LetterContent(letterhead, reference, at, language, kind, caseNo, receivedOn, addressee, disputed,
                grounds, groundText, texts, effects, evidence, signatories, nextStep, supersedes);
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
     * @param points              the signed points the entry imposed (0 for list and rating entries)
     * @param rating              rating entries: the rating the rule lifts to or caps at, in words; else null
     * @param publicationUntil    list entries: the last day of publication before the decision
     *                            (as imposed, else the rule's longest period); null when open
     * @param newPoints           AMENDED: the new signed points
     * @param newPublicationUntil AMENDED list entries: the new last day of publication
     */
    public record Disputed(long ledgerEventId, String ruleCode, LocalizedText ruleTitle, LocalizedText legalBasis,
                           LedgerEventKind kind, int points, @Nullable LocalizedText rating, LocalizedText agency,
                           LocalDate imposedOn, String reference, @Nullable LocalDate publicationUntil,
                           OutcomeKind outcome, @Nullable Integer newPoints, @Nullable LocalDate newPublicationUntil) {
        public Disputed {
            Objects.requireNonNull(ruleCode, "ruleCode");
            Objects.requireNonNull(ruleTitle, "ruleTitle");
            Objects.requireNonNull(legalBasis, "legalBasis");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(agency, "agency");
            Objects.requireNonNull(imposedOn, "imposedOn");
            Objects.requireNonNull(reference, "reference");
            Objects.requireNonNull(outcome, "outcome");
        }

        public boolean isListEntry() {
            return kind == LedgerEventKind.LIST_ENTRY;
        }
    }

    /** A list entry as the letter names it: the rule's title, when listed, and until when published. */
    public record Listing(long ledgerEventId, LocalizedText title, LocalDate listedOn, @Nullable LocalDate until) {
        public Listing {
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(listedOn, "listedOn");
        }
    }

    /**
     * A listing the decision changes: removed from the list (publication ends), or published until
     * another day than before.
     *
     * @param newUntil the new last day of publication; null when removed
     */
    public record ListingChange(Listing listing, Change change, @Nullable LocalDate newUntil) {
        public enum Change { REMOVED, ENDS_EARLIER, ENDS_LATER }

        public ListingChange {
            Objects.requireNonNull(listing, "listing");
            Objects.requireNonNull(change, "change");
        }
    }

    /**
     * What the decision changes under one scheme, derived from the ledger on the date of issue:
     * the score and grade (points and range schemes), the rating (rating schemes), the listings
     * and their end dates (lists), and each kind of measure in its own words.
     *
     * @param scoreBefore         null for ratings and lists
     * @param gradeBefore         band or rating, in words; null for lists
     * @param listingChanges      listings removed or whose publication now ends on another day
     * @param listingsRemaining   the listings still published afterwards, named when a listing changed
     * @param restrictionsLifted  restrictions no longer in force
     * @param restrictionsAdded   restrictions that now apply (an amendment may make things worse)
     * @param incentivesGained    incentives the subject now receives
     * @param incentivesLost      incentives that end (a red-list entry reversed, a grade lost)
     * @param agencyMustActBy     by when the issuing agency must carry out the decision; null when it
     *                            has nothing to do (every deduction upheld)
     * @param derived             false when the ledger did not allow the effect to be derived
     */
    public record Effect(LocalizedText scheme, SchemeKind schemeKind, boolean derived, @Nullable Integer scoreBefore,
                         @Nullable Integer scoreAfter, @Nullable LocalizedText gradeBefore,
                         @Nullable LocalizedText gradeAfter, List<ListingChange> listingChanges,
                         List<Listing> listingsRemaining, List<LocalizedText> restrictionsLifted,
                         List<LocalizedText> restrictionsAdded, List<LocalizedText> incentivesGained,
                         List<LocalizedText> incentivesLost, @Nullable LocalDate agencyMustActBy,
                         int agencyWorkingDays) {
        public Effect {
            Objects.requireNonNull(scheme, "scheme");
            Objects.requireNonNull(schemeKind, "schemeKind");
            listingChanges = List.copyOf(listingChanges);
            listingsRemaining = List.copyOf(listingsRemaining);
            restrictionsLifted = List.copyOf(restrictionsLifted);
            restrictionsAdded = List.copyOf(restrictionsAdded);
            incentivesGained = List.copyOf(incentivesGained);
            incentivesLost = List.copyOf(incentivesLost);
        }

        /** An effect that could not be derived: only the scheme and the agency's deadline are known. */
        public static Effect unknown(LocalizedText scheme, SchemeKind kind, @Nullable LocalDate actBy, int days) {
            return new Effect(scheme, kind, false, null, null, null, null, List.of(), List.of(), List.of(), List.of(),
                    List.of(), List.of(), actBy, days);
        }

        public boolean scoreChanges() {
            return !Objects.equals(scoreBefore, scoreAfter);
        }

        public boolean gradeChanges() {
            return !Objects.equals(gradeBefore, gradeAfter);
        }

        public boolean changesAnything() {
            return scoreChanges() || gradeChanges() || !listingChanges.isEmpty() || !restrictionsLifted.isEmpty()
                    || !restrictionsAdded.isEmpty() || !incentivesGained.isEmpty() || !incentivesLost.isEmpty();
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
     * Where and by when the applicant may appeal further: the body that hears a further review, its
     * address, the deadline as a date on the working-day calendar, and how long an administrative
     * action may be brought.
     *
     * @param address         null when the settings give none
     * @param unpublishedYear a year counted over that has no published holiday notice (its weekend
     *                        working days unknown), which the letter states as a caveat; null if none
     */
    public record NextStep(LocalizedText body, @Nullable LocalizedText address, LocalDate deadline, int workingDays,
                           int lawsuitMonths, @Nullable Integer unpublishedYear) {
        public NextStep {
            Objects.requireNonNull(body, "body");
            Objects.requireNonNull(deadline, "deadline");
        }

        public NextStep(LocalizedText body, @Nullable LocalizedText address, LocalDate deadline, int workingDays,
                        int lawsuitMonths) {
            this(body, address, deadline, workingDays, lawsuitMonths, null);
        }
    }
}
