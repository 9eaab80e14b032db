package org.redress.domain.ledger;

import org.jspecify.annotations.Nullable;
import org.redress.domain.scheme.Rule;
import org.redress.domain.scheme.Scheme;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Resolves a ledger on a date into the entries that still stand. Only the scheme's entries imposed
 * on or before the date count. A reversal cancels its target (a reversed reversal reinstates it);
 * amendments replace the target's points and, when given, its last day of publication, the latest
 * (by date, then id) winning; a list removal ends publication. Corrections whose target is not in
 * the ledger by that date are ignored. Nothing depends on the order of the input list.
 */
final class ResolvedLedger {

    private static final Comparator<LedgerEvent> CHRONOLOGICAL =
            Comparator.comparing(LedgerEvent::imposedOn).thenComparingLong(LedgerEvent::id);

    private final Map<Long, LedgerEvent> byId = new LinkedHashMap<>();
    private final Map<Long, List<LedgerEvent>> correctionsByTarget = new HashMap<>();
    private final Map<Long, Boolean> cancelled = new HashMap<>();

    private ResolvedLedger(List<LedgerEvent> applied) {
        for (LedgerEvent event : applied) {
            if (byId.put(event.id(), event) != null) {
                throw new IllegalArgumentException("two ledger entries share id " + event.id());
            }
            if (event.targetId() != null) {
                correctionsByTarget.computeIfAbsent(event.targetId(), t -> new ArrayList<>()).add(event);
            }
        }
    }

    /** The scheme's entries imposed on or before {@code date}, in chronological order. */
    static List<LedgerEvent> applicable(Scheme scheme, List<LedgerEvent> events, LocalDate date) {
        return events.stream()
                .filter(e -> e.schemeCode().equals(scheme.code()) && !e.imposedOn().isAfter(date))
                .sorted(CHRONOLOGICAL)
                .toList();
    }

    /** Standing entries by id order. */
    static List<ResolvedEntry> resolve(Scheme scheme, List<LedgerEvent> events, LocalDate date) {
        return resolve(scheme, events, date, new HashMap<>());
    }

    /**
     * As {@link #resolve(Scheme, List, LocalDate)}, reusing {@code uncorrected}: an entry that nothing
     * names resolves to the same thing on every day, so a timeline resolves it once.
     */
    static List<ResolvedEntry> resolve(Scheme scheme, List<LedgerEvent> events, LocalDate date,
                                       Map<Long, ResolvedEntry> uncorrected) {
        ResolvedLedger ledger = new ResolvedLedger(applicable(scheme, events, date));
        List<ResolvedEntry> standing = new ArrayList<>();
        for (LedgerEvent event : ledger.byId.values()) {
            if (isPrimary(event) && !ledger.isCancelled(event.id())) {
                standing.add(ledger.correctionsByTarget.containsKey(event.id()) ? ledger.resolveEntry(scheme, event)
                        : uncorrected.computeIfAbsent(event.id(), id -> ledger.resolveEntry(scheme, event)));
            }
        }
        standing.sort(Comparator.comparingLong(ResolvedEntry::id));
        return standing;
    }

    static boolean isPrimary(LedgerEvent event) {
        return switch (event.kind()) {
            case DEDUCTION, ADDITION, LIST_ENTRY -> true;
            case REVERSAL, AMENDMENT, LIST_REMOVAL -> false;
        };
    }

    private ResolvedEntry resolveEntry(Scheme scheme, LedgerEvent entry) {
        Rule rule = scheme.rule(entry.ruleCode(), entry.imposedOn()).orElseThrow(() -> new IllegalArgumentException(
                "entry " + entry.id() + ": no rule " + entry.ruleCode() + " of scheme " + scheme.code()
                        + " in force on " + entry.imposedOn()));
        int points = entry.points();
        LocalDate lastDay = initialLastDay(entry, rule);
        Long amendedBy = null;
        for (LedgerEvent amendment : amendmentsOf(entry.id())) {
            points = amendment.points();
            if (amendment.publicationUntil() != null) {
                lastDay = amendment.publicationUntil();
            }
            amendedBy = amendment.id();
        }
        Long removedBy = null;
        for (LedgerEvent correction : correctionsOf(entry.id())) {
            if (correction.kind() == LedgerEventKind.LIST_REMOVAL) {
                removedBy = correction.id();
                break;
            }
        }
        return new ResolvedEntry(entry, rule, points, lastDay, amendedBy, removedBy);
    }

    private static @Nullable LocalDate initialLastDay(LedgerEvent entry, Rule rule) {
        if (entry.publicationUntil() != null) {
            return entry.publicationUntil();
        }
        if (entry.kind() == LedgerEventKind.LIST_ENTRY && rule.publication() != null) {
            return rule.publication().latestLastDay(entry.imposedOn());
        }
        return rule.lastDayOfEffect(entry.imposedOn());
    }

    /** Standing amendments of an entry, including amendments of its amendments, oldest first. */
    private List<LedgerEvent> amendmentsOf(long entryId) {
        if (!correctionsByTarget.containsKey(entryId)) {
            return List.of(); // most entries: the timeline asks this of every entry on every day
        }
        List<LedgerEvent> found = new ArrayList<>();
        List<Long> frontier = new ArrayList<>(List.of(entryId));
        Set<Long> seen = new HashSet<>(frontier);
        while (!frontier.isEmpty()) {
            long target = frontier.removeLast();
            for (LedgerEvent correction : correctionsByTarget.getOrDefault(target, List.of())) {
                if (correction.kind() == LedgerEventKind.AMENDMENT && seen.add(correction.id())) {
                    frontier.add(correction.id());
                    if (!isCancelled(correction.id())) {
                        found.add(correction);
                    }
                }
            }
        }
        found.sort(CHRONOLOGICAL);
        return found;
    }

    /** Standing (not reversed) corrections naming the entry, in chronological order. */
    private List<LedgerEvent> correctionsOf(long entryId) {
        List<LedgerEvent> corrections = correctionsByTarget.get(entryId);
        if (corrections == null) {
            return List.of();
        }
        return corrections.stream()
                .filter(c -> !isCancelled(c.id()))
                .sorted(CHRONOLOGICAL).toList();
    }

    private boolean isCancelled(long id) {
        if (!correctionsByTarget.containsKey(id)) {
            return false; // nothing names it, so nothing reverses it
        }
        Boolean known = cancelled.get(id);
        return known != null ? known : isCancelled(id, new HashSet<>());
    }

    /** An entry is cancelled when a reversal that is not itself cancelled names it. */
    private boolean isCancelled(long id, Set<Long> visiting) {
        Boolean known = cancelled.get(id);
        if (known != null) {
            return known;
        }
        if (!visiting.add(id)) {
            throw new IllegalArgumentException("reversals form a cycle through entry " + id);
        }
        boolean result = false;
        for (LedgerEvent correction : correctionsByTarget.getOrDefault(id, List.of())) {
            if (correction.kind() == LedgerEventKind.REVERSAL && !isCancelled(correction.id(), visiting)) {
                result = true;
                break;
            }
        }
        visiting.remove(id);
        cancelled.put(id, result);
        return result;
    }
}
