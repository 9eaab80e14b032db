package org.redress.domain.appeal;

import org.redress.domain.ledger.LedgerEvent;
import org.redress.domain.ledger.LedgerEventKind;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Lists everything wrong with a draft decision at once, each problem with the field to fix, so the
 * officer sees the whole list rather than one error per attempt. An empty list means it may be
 * submitted.
 *
 * <p>An amendment is compared with the disputed entry as given in {@code ledger}. If the entry
 * was amended before, pass its current (amended) values in that entry, so "worsens" is judged
 * against what the subject bears now.
 */
public final class DecisionValidator {

    private static final Set<OutcomeKind> CASE_LEVEL = EnumSet.of(OutcomeKind.NOT_ADMISSIBLE, OutcomeKind.WITHDRAWN);

    private DecisionValidator() {
    }

    /**
     * @param decision the draft
     * @param appeal   the case it decides
     * @param ledger   the subject's ledger entries by id (at least the disputed ones)
     * @param bounds   the rule bounds in force for an entry, from the scheme catalogue
     */
    public static List<Problem> validate(Decision decision, AppealCase appeal, Map<Long, LedgerEvent> ledger,
                                         RuleBoundsLookup bounds) {
        List<Problem> problems = new ArrayList<>();
        if (!decision.caseId().equals(appeal.id())) {
            problems.add(Problem.of("caseId", ReasonCode.DECISION_FOR_OTHER_CASE, decision.caseId()));
        }
        if (decision.reasons().isBlank()) {
            problems.add(Problem.of("reasons", ReasonCode.REASONS_REQUIRED));
        }
        if (decision.legalBasis().isBlank()) {
            problems.add(Problem.of("legalBasis", ReasonCode.LEGAL_BASIS_REQUIRED));
        }
        if (decision.id().equals(decision.supersedes())) {
            problems.add(Problem.of("supersedes", ReasonCode.SUPERSEDES_ITSELF));
        }
        checkDisputedEntries(appeal, ledger, problems);
        Map<Long, DeductionOutcome> byEntry = checkCoverage(decision, appeal, problems);
        checkCaseLevelOutcomes(decision, problems);
        byEntry.forEach((entryId, outcome) -> {
            LedgerEvent entry = ledger.get(entryId);
            if (entry != null && appeal.disputedEventIds().contains(entryId)) {
                checkOutcome(outcome, entry, bounds, problems);
            }
        });
        return List.copyOf(problems);
    }

    private static void checkDisputedEntries(AppealCase appeal, Map<Long, LedgerEvent> ledger, List<Problem> problems) {
        for (long entryId : appeal.disputedEventIds()) {
            LedgerEvent entry = ledger.get(entryId);
            if (entry == null) {
                problems.add(Problem.of("disputedEventIds", ReasonCode.DISPUTED_EVENT_UNKNOWN, entryId));
            } else if (!isDisputable(entry.kind())) {
                problems.add(Problem.of("disputedEventIds", ReasonCode.EVENT_NOT_DISPUTABLE, entryId, entry.kind()));
            }
        }
    }

    /** Reports missing, duplicated and stray outcomes; returns the first outcome per entry. */
    private static Map<Long, DeductionOutcome> checkCoverage(Decision decision, AppealCase appeal, List<Problem> problems) {
        Map<Long, DeductionOutcome> first = new LinkedHashMap<>();
        Set<Long> reportedTwice = new HashSet<>();
        for (DeductionOutcome outcome : decision.outcomes()) {
            long entryId = outcome.ledgerEventId();
            if (first.containsKey(entryId)) {
                if (reportedTwice.add(entryId)) {
                    problems.add(Problem.of(field(entryId), ReasonCode.OUTCOME_DUPLICATED, entryId));
                }
                continue;
            }
            first.put(entryId, outcome);
            if (!appeal.disputedEventIds().contains(entryId)) {
                problems.add(Problem.of(field(entryId), ReasonCode.OUTCOME_NOT_DISPUTED, entryId));
            }
        }
        for (long entryId : appeal.disputedEventIds()) {
            if (!first.containsKey(entryId)) {
                problems.add(Problem.of(field(entryId), ReasonCode.OUTCOME_MISSING, entryId));
            }
        }
        return first;
    }

    private static void checkCaseLevelOutcomes(Decision decision, List<Problem> problems) {
        Set<OutcomeKind> kinds = EnumSet.noneOf(OutcomeKind.class);
        decision.outcomes().forEach(o -> kinds.add(o.kind()));
        for (OutcomeKind caseLevel : CASE_LEVEL) {
            if (kinds.contains(caseLevel) && kinds.size() > 1) {
                problems.add(Problem.of("outcomes", ReasonCode.CASE_LEVEL_OUTCOME_MIXED, caseLevel));
            }
        }
    }

    private static void checkOutcome(DeductionOutcome outcome, LedgerEvent entry, RuleBoundsLookup lookup,
                                     List<Problem> problems) {
        long id = entry.id();
        boolean hasPoints = outcome.newPoints() != null;
        boolean hasUntil = outcome.newPublicationUntil() != null;
        if (outcome.kind() != OutcomeKind.AMENDED) {
            if (hasPoints || hasUntil) {
                problems.add(Problem.of(field(id), ReasonCode.AMENDMENT_FIELDS_WITHOUT_AMENDMENT, id, outcome.kind()));
            }
            return;
        }
        if (!hasPoints && !hasUntil) {
            problems.add(Problem.of(field(id), ReasonCode.AMENDMENT_EMPTY, id));
            return;
        }
        Optional<RuleBounds> bounds = lookup.boundsFor(entry);
        if (bounds.isEmpty()) {
            problems.add(Problem.of(field(id), ReasonCode.RULE_BOUNDS_UNKNOWN, entry.ruleCode(), id));
        }
        Integer newPoints = outcome.newPoints();
        if (newPoints != null) {
            checkPoints(newPoints, entry, bounds, problems);
        }
        LocalDate newUntil = outcome.newPublicationUntil();
        if (newUntil != null) {
            checkPublication(newUntil, entry, bounds, problems);
        }
    }

    private static void checkPoints(int newPoints, LedgerEvent entry, Optional<RuleBounds> bounds, List<Problem> problems) {
        long id = entry.id();
        String field = field(id) + ".newPoints";
        if (entry.kind() == LedgerEventKind.LIST_ENTRY) {
            problems.add(Problem.of(field, ReasonCode.POINTS_NOT_APPLICABLE, id));
            return;
        }
        if (bounds.isPresent() && !bounds.get().allows(newPoints)) {
            RuleBounds b = bounds.get();
            problems.add(Problem.of(field, ReasonCode.AMENDED_POINTS_OUT_OF_RANGE,
                    newPoints, b.minPoints(), b.maxPoints(), b.ruleCode()));
        }
        // Lower signed points leave the subject with a lower score: worse, whatever the entry.
        if (newPoints < entry.points()) {
            problems.add(Problem.of(field, ReasonCode.AMENDMENT_WORSENS, id, newPoints, entry.points()));
        } else if (newPoints == entry.points()) {
            problems.add(Problem.of(field, ReasonCode.AMENDMENT_CHANGES_NOTHING, id, newPoints));
        }
    }

    private static void checkPublication(LocalDate newUntil, LedgerEvent entry, Optional<RuleBounds> bounds,
                                         List<Problem> problems) {
        long id = entry.id();
        String field = field(id) + ".newPublicationUntil";
        LocalDate until = entry.publicationUntil();
        if (entry.kind() != LedgerEventKind.LIST_ENTRY || until == null) {
            problems.add(Problem.of(field, ReasonCode.PUBLICATION_NOT_APPLICABLE, id));
            return;
        }
        if (newUntil.isAfter(until)) {
            problems.add(Problem.of(field, ReasonCode.AMENDMENT_WORSENS, id, newUntil, until));
        } else if (newUntil.equals(until)) {
            problems.add(Problem.of(field, ReasonCode.AMENDMENT_CHANGES_NOTHING, id, newUntil));
        }
        Period minimum = bounds.map(RuleBounds::minimumPublication).orElse(Period.ZERO);
        LocalDate earliest = entry.imposedOn().plus(minimum);
        if (newUntil.isBefore(earliest)) {
            problems.add(Problem.of(field, ReasonCode.PUBLICATION_BELOW_MINIMUM, id, earliest, entry.ruleCode()));
        }
    }

    static boolean isDisputable(LedgerEventKind kind) {
        return kind == LedgerEventKind.DEDUCTION || kind == LedgerEventKind.LIST_ENTRY;
    }

    private static String field(long entryId) {
        return "outcomes[" + entryId + "]";
    }
}
