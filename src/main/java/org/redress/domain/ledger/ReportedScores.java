package org.redress.domain.ledger;

import org.jspecify.annotations.Nullable;
import org.redress.domain.scheme.Catalog;
import org.redress.domain.scheme.Scheme;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The scores an agency reported after its entries, each compared with the score the ledger gives
 * at the end of that entry's day ({@link LedgerDerivation#checkReported}), and, for a difference,
 * the entries that would explain it: the reported score is what the ledger gives without one entry
 * (the agency did not count it — often a reversal or an amendment it ignored), with one entry
 * counted twice, or with an entry imposed later counted already.
 */
public final class ReportedScores {

    /** Entries nearest the reported day tried as explanations, on either side (bounds the work). */
    static final int CANDIDATES = 80;

    private ReportedScores() {
    }

    /** An entry that carries a reported score. */
    public record Reported(long eventId, int score) {
    }

    /**
     * One reported score beside the ledger's.
     *
     * @param recomputed the score the ledger gives at the end of {@code at}; null when the scheme has
     *                   no score (a rating or a list) or the ledger cannot be derived
     */
    public record Check(long eventId, LocalDate at, int reported, @Nullable Integer recomputed) {

        public boolean differs() {
            return recomputed != null && recomputed != reported;
        }

        /** Reported minus recomputed (0 when they agree or nothing was recomputed). */
        public int difference() {
            return recomputed == null ? 0 : reported - recomputed;
        }
    }

    /** How an entry explains a difference. */
    public enum Why {
        /** Without this entry the ledger gives the reported score: the agency did not count it. */
        NOT_COUNTED_BY_AGENCY,
        /** Counting this entry twice gives the reported score. */
        COUNTED_TWICE_BY_AGENCY,
        /** This entry was imposed after the reported day; counting it already gives the reported score. */
        COUNTED_EARLY_BY_AGENCY
    }

    public record Explanation(LedgerEvent entry, Why why) {
    }

    /** Each reported score of {@code ledger} (one subject's entries, any scheme) checked under {@code scheme}. */
    public static List<Check> check(Scheme scheme, Catalog catalog, List<LedgerEvent> ledger, List<Reported> reported) {
        List<Check> checks = new ArrayList<>(reported.size());
        for (Reported r : reported) {
            LedgerEvent entry = ledger.stream().filter(e -> e.id() == r.eventId()).findFirst().orElseThrow(
                    () -> new IllegalArgumentException("entry " + r.eventId() + " is not in the ledger"));
            checks.add(checked(scheme, catalog, ledger, entry.imposedOn(), r));
        }
        return checks;
    }

    /** The entries that explain a differing check, nearest the reported day first; empty when none does alone. */
    public static List<Explanation> explain(Scheme scheme, Catalog catalog, List<LedgerEvent> ledger, Check check) {
        if (!check.differs()) {
            return List.of();
        }
        List<LedgerEvent> ofScheme = ledger.stream().filter(e -> e.schemeCode().equals(scheme.code()))
                .sorted(Comparator.comparing(LedgerEvent::imposedOn).thenComparingLong(LedgerEvent::id)).toList();
        List<LedgerEvent> before = ofScheme.stream().filter(e -> !e.imposedOn().isAfter(check.at())).toList();
        List<LedgerEvent> after = ofScheme.stream().filter(e -> e.imposedOn().isAfter(check.at())).toList();
        List<Explanation> found = new ArrayList<>();
        for (int i = before.size() - 1; i >= Math.max(0, before.size() - CANDIDATES); i--) {
            LedgerEvent candidate = before.get(i);
            List<LedgerEvent> without = new ArrayList<>(ofScheme);
            without.remove(candidate);
            if (Objects.equals(scoreAt(scheme, catalog, without, check.at()), check.reported())) {
                found.add(new Explanation(candidate, Why.NOT_COUNTED_BY_AGENCY));
                continue;
            }
            if (candidate.kind() == LedgerEventKind.DEDUCTION || candidate.kind() == LedgerEventKind.ADDITION) {
                List<LedgerEvent> twice = new ArrayList<>(ofScheme);
                twice.add(copy(candidate, Long.MIN_VALUE + i, candidate.imposedOn()));
                if (Objects.equals(scoreAt(scheme, catalog, twice, check.at()), check.reported())) {
                    found.add(new Explanation(candidate, Why.COUNTED_TWICE_BY_AGENCY));
                }
            }
        }
        for (int i = 0; i < Math.min(after.size(), CANDIDATES); i++) {
            LedgerEvent candidate = after.get(i);
            List<LedgerEvent> early = new ArrayList<>(ofScheme);
            early.remove(candidate);
            early.add(copy(candidate, candidate.id(), check.at()));
            if (Objects.equals(scoreAt(scheme, catalog, early, check.at()), check.reported())) {
                found.add(new Explanation(candidate, Why.COUNTED_EARLY_BY_AGENCY));
            }
        }
        return List.copyOf(found);
    }

    /** {@link LedgerDerivation#checkReported} on the standing at the end of the entry's day. */
    private static Check checked(Scheme scheme, Catalog catalog, List<LedgerEvent> ledger, LocalDate at, Reported r) {
        if (scheme.base() == null) {
            return new Check(r.eventId(), at, r.score(), null);
        }
        Standing standing;
        try {
            standing = LedgerDerivation.standingAt(scheme, catalog, ledger, at);
        } catch (IllegalArgumentException unknownRuleOrBrokenLedger) {
            return new Check(r.eventId(), at, r.score(), null);
        }
        int recomputed = LedgerDerivation.checkReported(standing, r.score())
                .map(ScoreDiscrepancy::recomputed).orElse(r.score());
        return new Check(r.eventId(), at, r.score(), recomputed);
    }

    private static LedgerEvent copy(LedgerEvent e, long id, LocalDate on) {
        return new LedgerEvent(id, e.schemeCode(), e.ruleCode(), e.kind(), e.points(), e.agencyCode(), on,
                e.reference(), e.targetId(), e.publicationUntil());
    }

    /** The score at the end of {@code date}, or null when the scheme has none or the ledger cannot be derived. */
    static @Nullable Integer scoreAt(Scheme scheme, Catalog catalog, List<LedgerEvent> ledger, LocalDate date) {
        if (scheme.base() == null) {
            return null;
        }
        try {
            return LedgerDerivation.standingAt(scheme, catalog, ledger, date).score();
        } catch (IllegalArgumentException unknownRuleOrBrokenLedger) {
            return null;
        }
    }
}
