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
import org.redress.domain.scheme.NumericScale;
import org.redress.domain.scheme.RatingScale;
import org.redress.domain.scheme.Rule;
import org.redress.domain.scheme.Scheme;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Turns a decided case into the content of its letter: rule titles and legal bases from the
 * catalog (the version in force when each deduction was imposed), the effect from the ledger
 * derivation (before, and after the decision's corrections, on the date of issue), deadlines on
 * the working-day calendar.
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

    public LetterContent compose(DecidedCase c, String referenceNo, LocalDate issuedOn, LetterLanguage language,
                                 @Nullable String supersedesReference) {
        ZoneId zone = settings.zone();
        Map<Long, LedgerEvent> byId = c.ledger().stream()
                .collect(Collectors.toMap(LedgerEvent::id, Function.identity(), (a, b) -> a));
        List<LetterContent.Disputed> disputed = new ArrayList<>();
        Map<String, List<DecidedCase.Outcome>> byScheme = new LinkedHashMap<>();
        for (DecidedCase.Outcome outcome : c.outcomes()) {
            LedgerEvent entry = byId.get(outcome.ledgerEventId());
            if (entry == null) {
                throw new LetterException("the decision on case " + c.caseNo() + " names ledger entry "
                        + outcome.ledgerEventId() + ", which is not in the subject's ledger");
            }
            disputed.add(disputed(c, entry, outcome));
            byScheme.computeIfAbsent(entry.schemeCode(), k -> new ArrayList<>()).add(outcome);
        }
        List<LetterContent.Effect> effects = new ArrayList<>();
        byScheme.forEach((scheme, outcomes) -> effects.add(effect(c, scheme, outcomes, byId, issuedOn)));
        List<LetterContent.Evidence> evidence = c.attachments().stream()
                .map(a -> new LetterContent.Evidence(a.fileName(), a.source(), a.addedAt().atZone(zone).toLocalDate(),
                        a.sha256()))
                .toList();
        var signatories = new LetterContent.Signatories(c.drafterName(), c.draftedAt().atZone(zone).toLocalDate(),
                c.approverName(), c.approvedAt() == null ? null : c.approvedAt().atZone(zone).toLocalDate());
        int appealDays = settings.furtherAppealWorkingDays();
        var furtherBy = calendar.addWorkingDays(issuedOn, appealDays);
        var nextStep = new LetterContent.NextStep(settings.furtherAppealBody(), furtherBy.value(), appealDays,
                furtherBy.warnings().isEmpty() ? null : furtherBy.warnings().getFirst().year());
        var addressee = new LetterContent.Addressee(c.subjectName(), IdentifierMask.apply(c.subjectIdentifier()), null);
        return new LetterContent(settings.letterhead(), referenceNo, issuedOn, language, c.caseNo(), c.receivedOn(),
                addressee, disputed, c.grounds(), c.groundText(), c.reasons(), c.legalBasis(), c.remedies(), effects,
                evidence, signatories, nextStep, supersedesReference);
    }

    private LetterContent.Disputed disputed(DecidedCase c, LedgerEvent entry, DecidedCase.Outcome outcome) {
        Rule rule = catalog.rule(entry.schemeCode(), entry.ruleCode(), entry.imposedOn()).orElse(null);
        LocalizedText code = new LocalizedText(entry.ruleCode(), entry.ruleCode());
        LocalizedText title = rule == null ? code : rule.title();
        LocalizedText basis = rule == null ? code : rule.legalBasis().citation();
        LocalizedText agency = c.agencies().getOrDefault(entry.agencyCode(),
                new LocalizedText(entry.agencyCode(), entry.agencyCode()));
        return new LetterContent.Disputed(entry.id(), entry.ruleCode(), title, basis, entry.kind(), entry.points(),
                agency, entry.imposedOn(), entry.reference(), entry.publicationUntil(), outcome.kind(),
                outcome.newPoints(), outcome.newPublicationUntil(), "");
    }

    private LetterContent.Effect effect(DecidedCase c, String schemeCode, List<DecidedCase.Outcome> outcomes,
                                        Map<Long, LedgerEvent> byId, LocalDate on) {
        boolean agencyActs = outcomes.stream()
                .anyMatch(o -> o.kind() == OutcomeKind.REVERSED || o.kind() == OutcomeKind.AMENDED);
        int actionDays = settings.agencyActionWorkingDays();
        LocalDate actBy = agencyActs ? calendar.addWorkingDays(on, actionDays).value() : null;
        Scheme scheme = catalog.scheme(schemeCode).orElse(null);
        if (scheme == null) {
            LocalizedText name = new LocalizedText(schemeCode, schemeCode);
            return new LetterContent.Effect(name, null, null, null, null, List.of(), List.of(), actBy, actionDays);
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
        StandingChange change;
        try {
            change = LedgerDerivation.whatIf(scheme, catalog, events, on, new Hypothesis(corrections));
        } catch (IllegalArgumentException e) {
            // An entry imposed after the date of issue, say: the letter still states the outcome.
            LOG.warn("case {}: effect under {} not derived: {}", c.caseNo(), schemeCode, e.getMessage());
            return new LetterContent.Effect(scheme.name(), null, null, null, null, List.of(), List.of(), actBy,
                    actionDays);
        }
        List<LocalizedText> listings = change.listingsRemoved().stream().map(m -> listing(scheme, m)).toList();
        List<LocalizedText> lifted = change.sanctionsLifted().stream().map(s -> s.title()).toList();
        return new LetterContent.Effect(scheme.name(), change.before().score(), change.after().score(),
                grade(scheme, change.before().grade()), grade(scheme, change.after().grade()), listings, lifted,
                actBy, actionDays);
    }

    private LocalizedText listing(Scheme scheme, ListMembership m) {
        LocalizedText title = scheme.rule(m.ruleCode(), m.listedOn()).map(Rule::title)
                .orElse(new LocalizedText(m.ruleCode(), m.ruleCode()));
        return new LocalizedText(scheme.name().zh() + "：" + title.zh() + "（" + LetterWords.dateZh(m.listedOn()) + "列入）",
                scheme.name().en() + ": " + title.en() + " (listed on " + LetterWords.dateEn(m.listedOn()) + ")");
    }

    private static @Nullable LocalizedText grade(Scheme scheme, @Nullable String code) {
        if (code == null) {
            return null;
        }
        LocalizedText title = switch (scheme.scale()) {
            case NumericScale numeric -> numeric.band(code).map(b -> b.title()).orElse(null);
            case RatingScale rating -> rating.rating(code).map(r -> r.title()).orElse(null);
            default -> null;
        };
        if (title == null) {
            return new LocalizedText(code, code);
        }
        if (scheme.scale() instanceof RatingScale) {
            return title;
        }
        return new LocalizedText(code + "（" + title.zh() + "）", code + " (" + title.en() + ")");
    }
}
