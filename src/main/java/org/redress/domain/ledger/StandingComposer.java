package org.redress.domain.ledger;

import org.jspecify.annotations.Nullable;
import org.redress.domain.scheme.Band;
import org.redress.domain.scheme.Catalog;
import org.redress.domain.scheme.ListScale;
import org.redress.domain.scheme.NumericScale;
import org.redress.domain.scheme.Rating;
import org.redress.domain.scheme.RatingScale;
import org.redress.domain.scheme.Scheme;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Turns resolved entries into a {@link Standing} according to the scheme's scale. */
final class StandingComposer {

    private final Scheme scheme;
    private final Catalog catalog;
    private final LocalDate date;
    private final List<ResolvedEntry> entries;
    private final List<ResolvedEntry> active;
    private final Map<String, List<SanctionCause>> causes = new TreeMap<>();

    private StandingComposer(Scheme scheme, Catalog catalog, List<ResolvedEntry> entries, LocalDate date) {
        this.scheme = scheme;
        this.catalog = catalog;
        this.date = date;
        this.entries = entries;
        this.active = entries.stream().filter(e -> e.effectsActiveOn(date)).toList();
    }

    static Standing compose(Scheme scheme, Catalog catalog, List<ResolvedEntry> entries, LocalDate date) {
        return new StandingComposer(scheme, catalog, entries, date).compose();
    }

    private Standing compose() {
        Integer score = null;
        String grade = null;
        GradeOverride override = null;
        switch (scheme.scale()) {
            case NumericScale numeric -> {
                long raw = numeric.base() + entries.stream().mapToLong(ResolvedEntry::points).sum();
                score = numeric.score(raw);
                Band band = numeric.bandFor(score);
                ResolvedEntry cap = worstGradeDrop(numeric);
                if (cap != null && numeric.rank(cap.rule().dropsToGrade()) > numeric.rank(band.code())) {
                    band = numeric.band(cap.rule().dropsToGrade()).orElseThrow();
                    override = new GradeOverride(cap.id(), cap.entry().ruleCode(), band.code());
                }
                grade = band.code();
                addAll(band.sanctions(), new SanctionCause.OfGrade(grade));
            }
            case RatingScale ratings -> {
                override = ratingOverride(ratings);
                Rating rating = ratings.rating(override == null ? ratings.defaultRating() : override.grade())
                        .orElseThrow();
                grade = rating.code();
                addAll(rating.sanctions(), new SanctionCause.OfGrade(grade));
            }
            case ListScale list -> {
                for (ResolvedEntry listing : listings()) {
                    addAll(list.sanctions(), new SanctionCause.OfListing(listing.id(), listing.entry().ruleCode()));
                }
            }
        }
        for (ResolvedEntry entry : active) {
            addAll(entry.rule().sanctions(), new SanctionCause.OfEntry(entry.id(), entry.entry().ruleCode()));
        }
        List<ActiveSanction> sanctions = causes.entrySet().stream()
                .map(e -> new ActiveSanction(catalog.requireSanction(e.getKey()), e.getValue()))
                .toList();
        List<ListMembership> memberships = listings().stream()
                .map(e -> new ListMembership(e.id(), e.entry().ruleCode(), e.entry().imposedOn(), e.lastDay()))
                .toList();
        List<Contribution> contributions = entries.stream().map(e -> e.contribution(date)).toList();
        return new Standing(scheme.code(), scheme.kind(), date, score, grade, override, memberships, sanctions,
                contributions);
    }

    private List<ResolvedEntry> listings() {
        return active.stream().filter(e -> e.entry().kind() == LedgerEventKind.LIST_ENTRY).toList();
    }

    /** The active "drops straight to grade" entry with the worst grade; the earliest on ties. */
    private @Nullable ResolvedEntry worstGradeDrop(NumericScale numeric) {
        ResolvedEntry worst = null;
        for (ResolvedEntry entry : active) {
            String drop = entry.rule().dropsToGrade();
            if (drop != null && (worst == null
                    || numeric.rank(drop) > numeric.rank(worst.rule().dropsToGrade()))) {
                worst = entry;
            }
        }
        return worst;
    }

    /**
     * The entry that sets the rating (see {@link RatingScale}): the best active lift, unless an
     * active cap is no better than it, in which case the worst cap. Null when the default stands.
     */
    private @Nullable GradeOverride ratingOverride(RatingScale ratings) {
        ResolvedEntry bestLift = null;
        ResolvedEntry worstCap = null;
        for (ResolvedEntry entry : active) {
            String rating = entry.rule().rating();
            if (rating == null) {
                continue;
            }
            int rank = ratings.rank(rating);
            if (ratings.lifts(rating)) {
                if (bestLift == null || rank < ratings.rank(bestLift.rule().rating())) {
                    bestLift = entry;
                }
            } else if (worstCap == null || rank > ratings.rank(worstCap.rule().rating())) {
                worstCap = entry;
            }
        }
        int defaultRank = ratings.rank(ratings.defaultRating());
        if (worstCap != null && (bestLift != null || ratings.rank(worstCap.rule().rating()) > defaultRank)) {
            return overrideBy(worstCap, worstCap.rule().rating());
        }
        return bestLift == null ? null : overrideBy(bestLift, bestLift.rule().rating());
    }

    private static GradeOverride overrideBy(ResolvedEntry entry, @Nullable String rating) {
        if (rating == null) {
            throw new IllegalStateException("entry " + entry.id() + " sets no rating");
        }
        return new GradeOverride(entry.id(), entry.entry().ruleCode(), rating);
    }

    private void addAll(List<String> sanctionCodes, SanctionCause cause) {
        for (String code : sanctionCodes) {
            causes.computeIfAbsent(code, c -> new ArrayList<>()).add(cause);
        }
    }
}
