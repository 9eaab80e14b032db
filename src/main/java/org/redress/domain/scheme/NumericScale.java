package org.redress.domain.scheme;

import java.util.List;
import java.util.Optional;

/**
 * A scale where points add up from a base and the total falls in a band. Bands are listed best
 * first, contiguous, with no gaps or overlaps (checked on construction).
 */
public sealed interface NumericScale extends Scale permits PointsScale, RangeScale {

    int base();

    List<Band> bands();

    /** The score a raw total of base + points shows; a range scheme clamps to its bounds. */
    int score(long rawTotal);

    default Band bandFor(int score) {
        return bands().stream().filter(b -> b.contains(score)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no band holds score " + score));
    }

    default Optional<Band> band(String code) {
        return bands().stream().filter(b -> b.code().equals(code)).findFirst();
    }

    /** Position of a band, 0 for the best; −1 if unknown. */
    default int rank(String bandCode) {
        List<Band> bands = bands();
        for (int i = 0; i < bands.size(); i++) {
            if (bands.get(i).code().equals(bandCode)) {
                return i;
            }
        }
        return -1;
    }

    /** Checks bands are best first and contiguous from {@code top} down to {@code bottom}. */
    static void requireContiguous(List<Band> bands, int top, int bottom) {
        if (bands.isEmpty()) {
            throw new IllegalArgumentException("a numeric scheme needs at least one band");
        }
        if (bands.getFirst().max() != top) {
            throw new IllegalArgumentException("the best band " + bands.getFirst().code()
                    + " must reach " + bound(top));
        }
        if (bands.getLast().min() != bottom) {
            throw new IllegalArgumentException("the worst band " + bands.getLast().code()
                    + " must reach down to " + bound(bottom));
        }
        for (int i = 1; i < bands.size(); i++) {
            Band upper = bands.get(i - 1);
            Band lower = bands.get(i);
            if ((long) lower.max() + 1 != upper.min()) {
                throw new IllegalArgumentException("bands " + upper.code() + " and " + lower.code()
                        + " must meet without gap or overlap (" + lower.max() + " / " + upper.min() + ")");
            }
        }
    }

    private static String bound(int value) {
        return value == Integer.MAX_VALUE ? "upward without limit"
                : value == Integer.MIN_VALUE ? "without limit" : Integer.toString(value);
    }
}
