package org.redress.letters;

import org.jspecify.annotations.Nullable;
import org.redress.domain.appeal.OutcomeKind;
import org.redress.domain.calendar.WorkingDayCalendar;
import org.redress.domain.identity.IdentifierMask;
import org.redress.domain.ledger.Correction;
import org.redress.domain.ledger.Hypothesis;
import org.redress.domain.ledger.LedgerDerivation;
import org.redress.domain.ledger.LedgerEvent;
import org.redress.domain.ledger.LedgerEventKind;
import org.redress.domain.ledger.ListMembership;
import org.redress.domain.ledger.StandingChange;
import org.redress.domain.scheme.Catalog;
import org.redress.domain.scheme.LocalizedText;
import org.redress.domain.scheme.Rule;
import org.redress.domain.scheme.Sanction;
import org.redress.domain.scheme.Scheme;
import org.redress.domain.scheme.SchemeKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Turns a decided case into the content of its letter: rule titles and legal bases from the
 * catalog (the version in force when each deduction was imposed), the effect from the ledger
 * derivation (before, and after the decision's corrections, on the date of issue), deadlines on
 * the working-day calendar, and the officer's text in the letter's language — a letter whose
 * language the decision was not written in is refused, never printed in the other language.
 */
public final class LetterComposer {

    private static final Logger LOG = LoggerFactory.getLogger(LetterComposer.class);

    private final Catalog catalog;
    private final WorkingDayCalendar calendar;
    private final LetterSettings settings;

    public LetterComposer(Catalog catalog, WorkingDayCalendar calendar, LetterSettings settings) {
        this.catalog = catalog;
        this.calendar = calendar;
        this.settings = settings;
    }

    /**
     * The letter's content.
     *
     * @throws LetterException when the decision has no text in a language the letter is written in
     */
    public LetterContent compose(DecidedCase c, String referenceNo, OffsetDateTime issuedAt, LetterLanguage language,
                                 @Nullable String supersedesReference) {
        ZoneId zone = settings.zone();
        LocalDate issuedOn = issuedAt.toLocalDate();
        Map<Long, LedgerEvent> byId = c.ledger().stream()
                .collect(Collectors.toMap(LedgerEvent::id, Function.identity(), (a, b) -> a));
        Map<String, List<DecidedCase.Outcome>> byScheme = new LinkedHashMap<>();
        for (DecidedCase.Outcome outcome : c.outcomes()) {
            LedgerEvent entry = byId.get(outcome.ledgerEventId());
            if (entry == null) {
                throw new LetterException("the decision on case " + c.caseNo() + " names ledger entry "
                        + outcome.ledgerEventId() + ", which is not in the subject's ledger");
            }
            byScheme.computeIfAbsent(entry.schemeCode(), k -> new ArrayList<>()).add(outcome);
        }
        Map<String, @Nullable StandingChange> changes = new LinkedHashMap<>();
        byScheme.forEach((scheme, outcomes) -> changes.put(scheme, change(c, scheme, outcomes, byId, issuedOn)));
        List<LetterContent.Disputed> disputed = new ArrayList<>();
        for (DecidedCase.Outcome outcome : c.outcomes()) {
            LedgerEvent entry = byId.get(outcome.ledgerEventId());
            disputed.add(disputed(c, entry, outcome, changes.get(entry.schemeCode())));
        }
        List<LetterContent.Effect> effects = new ArrayList<>();
        byScheme.forEach((scheme, outcomes) -> effects.add(effect(scheme, outcomes, byId, changes.get(scheme),
                issuedOn)));
        List<LetterContent.Evidence> evidence = c.attachments().stream()
                .map(a -> new LetterContent.Evidence(a.fileName(), a.source(), a.addedAt().atZone(zone).toLocalDate(),
                        a.sha256()))
                .toList();
        var signatories = new LetterContent.Signatories(c.drafterName(), c.draftedAt().atZone(zone).toLocalDate(),
                c.approverName(), c.approvedAt() == null ? null : c.approvedAt().atZone(zone).toLocalDate());
        int appealDays = settings.furtherAppealWorkingDays();
        var furtherBy = calendar.addWorkingDays(issuedOn, appealDays);
        var nextStep = new LetterContent.NextStep(settings.furtherAppealBody(), settings.furtherAppealAddress(),
                furtherBy.value(), appealDays, settings.lawsuitMonths(),
                furtherBy.warnings().isEmpty() ? null : furtherBy.warnings().getFirst().year());
        var addressee = new LetterContent.Addressee(c.subjectName(), IdentifierMask.apply(c.subjectIdentifier()), null);
        Scheme caseScheme = catalog.scheme(c.schemeCode()).orElse(null);
        return new LetterContent(settings.letterhead(), referenceNo, issuedAt, language, LetterKind.of(caseScheme),
                c.caseNo(), c.receivedOn(), addressee, disputed, c.grounds(), c.groundText(),
                texts(c, language, disputed), effects, evidence, signatories, nextStep, supersedesReference);
    }

    /** The officer's text in the letter's languages; an empty legal basis takes the rules' citations. */
    private static DecisionText.Texts texts(DecidedCase c, LetterLanguage language,
                                            List<LetterContent.Disputed> disputed) {
        requireTexts(c, language);
        DecisionText zh = c.texts().zh();
        DecisionText en = c.texts().en();
        return new DecisionText.Texts(zh == null ? null : withBasis(zh, disputed, true),
                en == null ? null : withBasis(en, disputed, false));
    }

    /**
     * Refuses, in a sentence, a letter in a language the decision was not written in.
     *
     * @throws LetterException naming the case and the language missing
     */
    public static void requireTexts(DecidedCase c, LetterLanguage language) {
        List<DecisionText.Language> missing = c.texts().missingFor(language);
        if (!missing.isEmpty()) {
            String lacking = missing.size() == 2 ? "Chinese or English"
                    : missing.getFirst() == DecisionText.Language.ZH ? "Chinese" : "English";
            String has = c.texts().zh() != null ? "Chinese" : c.texts().en() != null ? "English" : null;
            throw new LetterException("the decision on case " + c.caseNo() + " has no reasons in " + lacking
                    + (has == null ? "" : " (it was written in " + has + " only)") + ", so a "
                    + language.name().toLowerCase(java.util.Locale.ROOT) + " letter cannot be issued until an officer"
                    + " adds them; a letter is never printed in a language the decision was not written in");
        }
    }

    private static DecisionText withBasis(DecisionText text, List<LetterContent.Disputed> disputed, boolean zh) {
        if (!text.legalBasis().isBlank()) {
            return text;
        }
        Set<String> citations = new LinkedHashSet<>();
        disputed.forEach(d -> citations.add(zh ? d.legalBasis().zh() : d.legalBasis().en()));
        return new DecisionText(text.reasons(), String.join(zh ? "；" : "; ", citations), text.remedies());
    }

    private LetterContent.Disputed disputed(DecidedCase c, LedgerEvent entry, DecidedCase.Outcome outcome,
                                            @Nullable StandingChange change) {
        Scheme scheme = catalog.scheme(entry.schemeCode()).orElse(null);
        Rule rule = catalog.rule(entry.schemeCode(), entry.ruleCode(), entry.imposedOn()).orElse(null);
        LocalizedText code = new LocalizedText(entry.ruleCode(), entry.ruleCode());
        LocalizedText title = rule == null ? code : rule.title();
        LocalizedText basis = rule == null ? code : rule.legalBasis().citation();
        LocalizedText agency = c.agencies().getOrDefault(entry.agencyCode(),
                new LocalizedText(entry.agencyCode(), entry.agencyCode()));
        LocalizedText rating = rule == null || rule.rating() == null || scheme == null ? null
                : GradeWords.of(scheme, rule.rating());
        LocalDate until = entry.publicationUntil();
        if (change != null && entry.kind() == LedgerEventKind.LIST_ENTRY) {
            until = change.before().listings().stream().filter(m -> m.eventId() == entry.id()).findFirst()
                    .map(ListMembership::publicationUntil).orElse(until);
        }
        return new LetterContent.Disputed(entry.id(), entry.ruleCode(), title, basis, entry.kind(), entry.points(),
                rating, agency, entry.imposedOn(), entry.reference(), until, outcome.kind(), outcome.newPoints(),
                outcome.newPublicationUntil());
    }

    /** Before and after the decision's corrections on the date of issue; null when it cannot be derived. */
    private @Nullable StandingChange change(DecidedCase c, String schemeCode, List<DecidedCase.Outcome> outcomes,
                                            Map<Long, LedgerEvent> byId, LocalDate on) {
        Scheme scheme = catalog.scheme(schemeCode).orElse(null);
        if (scheme == null) {
            return null;
        }
        List<Correction> corrections = new ArrayList<>();
        for (DecidedCase.Outcome o : outcomes) {
            LedgerEvent entry = byId.get(o.ledgerEventId());
            if (o.kind() == OutcomeKind.REVERSED) {
                corrections.add(entry != null && entry.kind() == LedgerEventKind.LIST_ENTRY
                        ? new Correction.Remove(o.ledgerEventId()) : new Correction.Reverse(o.ledgerEventId()));
            } else if (o.kind() == OutcomeKind.AMENDED && (o.newPoints() != null || o.newPublicationUntil() != null)) {
                corrections.add(new Correction.Amend(o.ledgerEventId(), o.newPoints(), o.newPublicationUntil()));
            }
        }
        List<LedgerEvent> events = c.ledger().stream().filter(e -> e.schemeCode().equals(schemeCode)).toList();
        try {
            return LedgerDerivation.whatIf(scheme, catalog, events, on, new Hypothesis(corrections));
        } catch (IllegalArgumentException e) {
            // An entry imposed after the date of issue, say: the letter still states the outcome.
            LOG.warn("case {}: effect under {} not derived: {}", c.caseNo(), schemeCode, e.getMessage());
            return null;
        }
    }

    private LetterContent.Effect effect(String schemeCode, List<DecidedCase.Outcome> outcomes,
                                        Map<Long, LedgerEvent> byId, @Nullable StandingChange change, LocalDate on) {
        boolean agencyActs = outcomes.stream()
                .anyMatch(o -> o.kind() == OutcomeKind.REVERSED || o.kind() == OutcomeKind.AMENDED);
        int actionDays = settings.agencyActionWorkingDays();
        LocalDate actBy = agencyActs ? calendar.addWorkingDays(on, actionDays).value() : null;
        Scheme scheme = catalog.scheme(schemeCode).orElse(null);
        if (scheme == null || change == null) {
            LocalizedText name = scheme == null ? new LocalizedText(schemeCode, schemeCode) : scheme.name();
            return LetterContent.Effect.unknown(name, scheme == null ? SchemeKind.POINTS : scheme.kind(), actBy,
                    actionDays);
        }
        Map<Long, ListMembership> listedBefore = change.before().listings().stream()
                .collect(Collectors.toMap(ListMembership::eventId, Function.identity(), (a, b) -> a));
        List<LetterContent.ListingChange> listingChanges = new ArrayList<>();
        Set<Long> removed = new LinkedHashSet<>();
        for (ListMembership m : change.listingsRemoved()) {
            removed.add(m.eventId());
            listingChanges.add(new LetterContent.ListingChange(listing(scheme, m),
                    LetterContent.ListingChange.Change.REMOVED, null));
        }
        for (DecidedCase.Outcome o : outcomes) {
            LedgerEvent entry = byId.get(o.ledgerEventId());
            LocalDate newUntil = o.newPublicationUntil();
            ListMembership was = listedBefore.get(o.ledgerEventId());
            if (o.kind() != OutcomeKind.AMENDED || newUntil == null || entry == null || was == null
                    || removed.contains(o.ledgerEventId())) {
                continue;
            }
            LocalDate oldUntil = was.publicationUntil();
            if (oldUntil == null || newUntil.isBefore(oldUntil)) {
                listingChanges.add(new LetterContent.ListingChange(listing(scheme, was),
                        LetterContent.ListingChange.Change.ENDS_EARLIER, newUntil));
            } else if (newUntil.isAfter(oldUntil)) {
                listingChanges.add(new LetterContent.ListingChange(listing(scheme, was),
                        LetterContent.ListingChange.Change.ENDS_LATER, newUntil));
            }
        }
        Set<Long> changed = listingChanges.stream().map(l -> l.listing().ledgerEventId()).collect(Collectors.toSet());
        List<LetterContent.Listing> remaining = listingChanges.isEmpty() ? List.of()
                : change.after().listings().stream().filter(m -> !changed.contains(m.eventId()))
                .map(m -> listing(scheme, m)).toList();
        List<LocalizedText> restrictionsLifted = new ArrayList<>();
        List<LocalizedText> incentivesLost = new ArrayList<>();
        for (Sanction s : change.sanctionsLifted()) {
            (s.incentive() ? incentivesLost : restrictionsLifted).add(s.title());
        }
        List<LocalizedText> restrictionsAdded = new ArrayList<>();
        List<LocalizedText> incentivesGained = new ArrayList<>();
        for (Sanction s : change.sanctionsAdded()) {
            (s.incentive() ? incentivesGained : restrictionsAdded).add(s.title());
        }
        return new LetterContent.Effect(scheme.name(), scheme.kind(), true, change.before().score(),
                change.after().score(),
                GradeWords.of(scheme, change.before().grade()), GradeWords.of(scheme, change.after().grade()),
                listingChanges, remaining, restrictionsLifted, restrictionsAdded, incentivesGained, incentivesLost,
                actBy, actionDays);
    }

    private static LetterContent.Listing listing(Scheme scheme, ListMembership m) {
        LocalizedText title = scheme.rule(m.ruleCode(), m.listedOn()).map(Rule::title)
                .orElse(new LocalizedText(m.ruleCode(), m.ruleCode()));
        return new LetterContent.Listing(m.eventId(), title, m.listedOn(), m.publicationUntil());
    }
}
