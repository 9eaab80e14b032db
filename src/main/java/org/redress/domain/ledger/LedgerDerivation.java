package org.redress.domain.ledger;

import org.jspecify.annotations.Nullable;
import org.redress.domain.scheme.Catalog;
import org.redress.domain.scheme.Scheme;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Derives a subject's standing under a scheme from the ledger; the score is never stored beside
 * it. The rules, by scale:
 * <ul>
 *   <li>Every entry of the scheme imposed on or before the date counts; other schemes' entries and
 *       later entries are ignored. Entries on the same day apply together, in no order.</li>
 *   <li>A reversal cancels its target; an amendment replaces its points and, when it names one, its
 *       last day of publication; a list removal ends publication.</li>
 *   <li>POINTS: base plus the points of every standing entry. RANGE: the same, clamped to the
 *       bounds once at the end. Points never lapse; a "drops straight to grade" rule caps the grade
 *       while its effect lasts (the rule's effect duration, else until corrected).</li>
 *   <li>RATING: the best active lift or the default, made no better than the worst active cap
 *       (see {@link org.redress.domain.scheme.RatingScale}).</li>
 *   <li>LIST: an entry is published from the day imposed through its publication-until date (or
 *       the rule's maximum period), unless removed or reversed.</li>
 *   <li>Sanctions: those of the grade, of the list for each published entry, and those a rule
 *       triggers directly while its entry's effects last.</li>
 * </ul>
 */
public final class LedgerDerivation {

    private static final String HYPOTHESIS_AGENCY = "HYPOTHESIS";

    private LedgerDerivation() {
    }

    /** The standing at the end of {@code date}. */
    public static Standing standingAt(Scheme scheme, Catalog catalog, List<LedgerEvent> events, LocalDate date) {
        Objects.requireNonNull(date, "date");
        return StandingComposer.compose(scheme, catalog, ResolvedLedger.resolve(scheme, events, date), date);
    }

    /**
     * The standing at the end of {@code date} had the hypothesis' corrections been decided that
     * day. Hypothetical entries carry negative ids, below any id in the ledger.
     */
    public static Standing standingAt(Scheme scheme, Catalog catalog, List<LedgerEvent> events, LocalDate date,
                                      Hypothesis hypothesis) {
        if (hypothesis.corrections().isEmpty()) {
            return standingAt(scheme, catalog, events, date);
        }
        List<LedgerEvent> withCorrections = new ArrayList<>(events);
        withCorrections.addAll(correctingEntries(scheme, catalog, events, date, hypothesis));
        return standingAt(scheme, catalog, withCorrections, date);
    }

    /** Before and after for the what-if panel. */
    public static StandingChange whatIf(Scheme scheme, Catalog catalog, List<LedgerEvent> events, LocalDate date,
                                        Hypothesis hypothesis) {
        return StandingChange.between(standingAt(scheme, catalog, events, date),
                standingAt(scheme, catalog, events, date, hypothesis));
    }

    /**
     * The standing over time up to {@code until}: an opening point the day before the first entry,
     * then one point per entry (the standing at the end of its day), and a point wherever an effect
     * lapsing changes the value or grade.
     */
    public static List<ScorePoint> timeline(Scheme scheme, Catalog catalog, List<LedgerEvent> events,
                                            LocalDate until) {
        return ScoreTimeline.of(scheme, catalog, events, until);
    }

    /** A reported score that differs from the recomputed one, if it does. */
    public static Optional<ScoreDiscrepancy> checkReported(Standing standing, int reportedScore) {
        Integer recomputed = standing.score();
        if (recomputed == null) {
            throw new IllegalArgumentException("scheme " + standing.schemeCode() + " (" + standing.kind()
                    + ") has no score to compare");
        }
        return recomputed == reportedScore ? Optional.empty()
                : Optional.of(new ScoreDiscrepancy(standing.schemeCode(), standing.at(), recomputed, reportedScore));
    }

    private static List<LedgerEvent> correctingEntries(Scheme scheme, Catalog catalog, List<LedgerEvent> events,
                                                       LocalDate date, Hypothesis hypothesis) {
        List<LedgerEvent> applicable = ResolvedLedger.applicable(scheme, events, date);
        long nextId = Math.min(0, events.stream().mapToLong(LedgerEvent::id).min().orElse(0)) - 1;
        Standing current = null;
        List<LedgerEvent> corrections = new ArrayList<>();
        for (Correction correction : hypothesis.corrections()) {
            LedgerEvent target = applicable.stream().filter(e -> e.id() == correction.eventId()).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("entry " + correction.eventId()
                            + " is not in the ledger of " + scheme.code() + " on " + date));
            LedgerEvent corrective = switch (correction) {
                case Correction.Reverse r -> correcting(nextId, target, LedgerEventKind.REVERSAL, 0, date, null);
                case Correction.Remove r -> {
                    if (target.kind() != LedgerEventKind.LIST_ENTRY) {
                        throw new IllegalArgumentException("entry " + target.id() + " is not a list entry");
                    }
                    yield correcting(nextId, target, LedgerEventKind.LIST_REMOVAL, 0, date, null);
                }
                case Correction.Amend a -> {
                    int points;
                    if (a.points() != null) {
                        points = a.points();
                    } else {
                        current = current != null ? current : standingAt(scheme, catalog, events, date);
                        points = current.contribution(target.id()).map(Contribution::points)
                                .orElse(target.points());
                    }
                    yield correcting(nextId, target, LedgerEventKind.AMENDMENT, points, date, a.publicationUntil());
                }
            };
            corrections.add(corrective);
            nextId--;
        }
        return corrections;
    }

    private static LedgerEvent correcting(long id, LedgerEvent target, LedgerEventKind kind, int points,
                                          LocalDate date, @Nullable LocalDate publicationUntil) {
        return new LedgerEvent(id, target.schemeCode(), target.ruleCode(), kind, points, HYPOTHESIS_AGENCY, date,
                "hypothesis", target.id(), publicationUntil);
    }
}
