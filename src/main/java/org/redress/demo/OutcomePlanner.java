package org.redress.demo;

import org.redress.domain.appeal.DeductionOutcome;
import org.redress.domain.appeal.Ground;
import org.redress.domain.appeal.OutcomeKind;
import org.redress.domain.ledger.LedgerEvent;
import org.redress.domain.ledger.LedgerEventKind;
import org.redress.domain.scheme.PublicationPeriod;
import org.redress.domain.scheme.Rule;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * What reviewers decide on each disputed entry: mostly upheld, often reversed (far more often when
 * the applicant says it was not them or it was recorded twice), sometimes lessened (only where the
 * rule's range or publication bounds leave room), sometimes sent back to the agency. Usually one
 * outcome for the whole case, sometimes entry by entry.
 */
final class OutcomePlanner {

    private OutcomePlanner() {
    }

    static List<DeductionOutcome> plan(List<DisputedItem> items, Set<Ground> grounds, RandomGenerator random) {
        OutcomeKind shared = random.nextInt(10) < 7 ? draw(grounds, random) : null;
        List<DeductionOutcome> outcomes = new ArrayList<>(items.size());
        for (DisputedItem item : items) {
            OutcomeKind kind = shared != null ? shared : draw(grounds, random);
            outcomes.add(outcome(item, kind, random));
        }
        return outcomes;
    }

    private static OutcomeKind draw(Set<Ground> grounds, RandomGenerator random) {
        int upheld = 45;
        int reversed = 30;
        int amended = 15;
        int referred = 8;
        if (grounds.contains(Ground.NOT_ME) || grounds.contains(Ground.DUPLICATE)) {
            reversed += 35;
        }
        if (grounds.contains(Ground.ALREADY_RECTIFIED)) {
            amended += 20;
            reversed += 10;
        }
        if (grounds.contains(Ground.DISPROPORTIONATE)) {
            amended += 25;
        }
        if (grounds.contains(Ground.PROCEDURE_NOT_FOLLOWED)) {
            referred += 10;
        }
        int roll = random.nextInt(upheld + reversed + amended + referred);
        if (roll < upheld) {
            return OutcomeKind.UPHELD;
        }
        roll -= upheld;
        if (roll < reversed) {
            return OutcomeKind.REVERSED;
        }
        roll -= reversed;
        return roll < amended ? OutcomeKind.AMENDED : OutcomeKind.REFERRED_BACK;
    }

    private static DeductionOutcome outcome(DisputedItem item, OutcomeKind kind, RandomGenerator random) {
        LedgerEvent entry = item.entry();
        Rule rule = item.rule();
        return switch (kind) {
            case UPHELD -> DeductionOutcome.upheld(entry.id());
            case REVERSED -> reversed(item);
            case REFERRED_BACK -> {
                var placeholder = DeductionOutcome.referredBack(entry.id(), "");
                yield DeductionOutcome.referredBack(entry.id(), DecisionWriter.remedy(item, kind, placeholder));
            }
            case AMENDED -> {
                if (entry.kind() == LedgerEventKind.DEDUCTION && entry.points() < rule.points().max()) {
                    int lighter = random.nextInt(entry.points() + 1, rule.points().max() + 1);
                    var amended = DeductionOutcome.amendedPoints(entry.id(), lighter, "");
                    yield DeductionOutcome.amendedPoints(entry.id(), lighter, DecisionWriter.remedy(item, kind, amended));
                }
                PublicationPeriod publication = rule.publication();
                LocalDate until = entry.publicationUntil();
                if (entry.kind() == LedgerEventKind.LIST_ENTRY && publication != null && until != null) {
                    Period minimum = publication.minimum();
                    LocalDate earliest = entry.imposedOn().plus(minimum);
                    if (earliest.isBefore(until)) {
                        LocalDate shorter = earliest.plusDays(random.nextLong(until.toEpochDay() - earliest.toEpochDay()));
                        var amended = DeductionOutcome.amendedPublication(entry.id(), shorter, "");
                        yield DeductionOutcome.amendedPublication(entry.id(), shorter,
                                DecisionWriter.remedy(item, kind, amended));
                    }
                }
                // Nothing left to lessen: the reviewer upholds instead.
                yield DeductionOutcome.upheld(entry.id());
            }
            case NOT_ADMISSIBLE, WITHDRAWN -> throw new IllegalArgumentException(kind + " is decided for the whole case");
        };
    }

    private static DeductionOutcome reversed(DisputedItem item) {
        var outcome = DeductionOutcome.reversed(item.entry().id(), "");
        return DeductionOutcome.reversed(item.entry().id(), DecisionWriter.remedy(item, OutcomeKind.REVERSED, outcome));
    }
}
