package org.redress.domain.ledger;

import org.jspecify.annotations.Nullable;
import org.redress.domain.scheme.Catalog;
import org.redress.domain.scheme.Rule;
import org.redress.domain.scheme.Scheme;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

/** The standing sampled wherever it can change: on entry days and the day after an effect lapses. */
final class ScoreTimeline {

    private ScoreTimeline() {
    }

    static List<ScorePoint> of(Scheme scheme, Catalog catalog, List<LedgerEvent> events, LocalDate until) {
        List<LedgerEvent> applicable = ResolvedLedger.applicable(scheme, events, until);
        if (applicable.isEmpty()) {
            return List.of();
        }
        Map<LocalDate, List<LedgerEvent>> byDay = new TreeMap<>();
        applicable.forEach(e -> byDay.computeIfAbsent(e.imposedOn(), d -> new ArrayList<>()).add(e));
        TreeSet<LocalDate> days = new TreeSet<>(byDay.keySet());
        for (LedgerEvent event : applicable) {
            lapses(scheme, event).stream().filter(d -> !d.isAfter(until)).forEach(days::add);
        }

        // Each day's standing is derived from the chronological prefix imposed by then, not from the
        // whole ledger: the same entries count (later ones and other schemes' never do), and a prefix
        // that is already in order costs a pass instead of a sort; entries nothing corrects are resolved
        // once for all days. (LedgerDerivation.standingAt is the same composition, one day at a time.)
        List<ScorePoint> points = new ArrayList<>();
        LocalDate opening = applicable.getFirst().imposedOn().minusDays(1);
        ScorePoint last = point(LedgerDerivation.standingAt(scheme, catalog, List.of(), opening), null);
        points.add(last);
        int imposedBy = 0;
        Map<Long, ResolvedEntry> uncorrected = new HashMap<>();
        for (LocalDate day : days) {
            while (imposedBy < applicable.size() && !applicable.get(imposedBy).imposedOn().isAfter(day)) {
                imposedBy++;
            }
            Standing standing = StandingComposer.compose(scheme, catalog,
                    ResolvedLedger.resolve(scheme, applicable.subList(0, imposedBy), day, uncorrected), day);
            List<LedgerEvent> imposed = byDay.getOrDefault(day, List.of());
            if (!imposed.isEmpty()) {
                for (LedgerEvent event : imposed) {
                    last = point(standing, event.id());
                    points.add(last);
                }
            } else if (!Objects.equals(standing.plottedValue(), last.value())
                    || !Objects.equals(standing.grade(), last.grade())) {
                last = point(standing, null);
                points.add(last);
            }
        }
        return List.copyOf(points);
    }

    private static ScorePoint point(Standing standing, @Nullable Long eventId) {
        return new ScorePoint(standing.at(), standing.plottedValue(), standing.grade(), eventId);
    }

    /** Days after which an entry's effects may have lapsed. */
    private static List<LocalDate> lapses(Scheme scheme, LedgerEvent event) {
        List<LocalDate> days = new ArrayList<>();
        if (event.publicationUntil() != null) {
            days.add(event.publicationUntil().plusDays(1));
        }
        if (ResolvedLedger.isPrimary(event)) {
            Rule rule = scheme.rule(event.ruleCode(), event.imposedOn()).orElse(null);
            if (rule != null) {
                LocalDate lastDay = rule.lastDayOfEffect(event.imposedOn());
                if (lastDay != null) {
                    days.add(lastDay.plusDays(1));
                }
                if (rule.publication() != null) {
                    days.add(rule.publication().latestLastDay(event.imposedOn()).plusDays(1));
                }
            }
        }
        return days;
    }
}
