package org.redress.domain.scheme;

import java.util.List;

/** Everyone starts at {@code base} (Rongcheng: 1000); the total is unbounded, bands are open-ended. */
public record PointsScale(int base, List<Band> bands) implements NumericScale {

    public PointsScale {
        bands = List.copyOf(bands);
        NumericScale.requireContiguous(bands, Integer.MAX_VALUE, Integer.MIN_VALUE);
    }

    @Override
    public SchemeKind kind() {
        return SchemeKind.POINTS;
    }

    @Override
    public int score(long rawTotal) {
        return Math.clamp(rawTotal, Integer.MIN_VALUE, Integer.MAX_VALUE);
    }
}
