package org.redress.domain.scheme;

import java.util.List;

/**
 * A bounded range such as 350–950. The clamp applies to the derived total, not step by step, so
 * the order of entries never matters and a reversal restores exactly what it removed.
 */
public record RangeScale(int base, int min, int max, List<Band> bands) implements NumericScale {

    public RangeScale {
        if (min >= max) {
            throw new IllegalArgumentException("range [" + min + "," + max + "] is empty");
        }
        if (base < min || base > max) {
            throw new IllegalArgumentException("base " + base + " lies outside [" + min + "," + max + "]");
        }
        bands = List.copyOf(bands);
        NumericScale.requireContiguous(bands, max, min);
    }

    @Override
    public SchemeKind kind() {
        return SchemeKind.RANGE;
    }

    @Override
    public int score(long rawTotal) {
        return Math.clamp(rawTotal, min, max);
    }

    public int span() {
        return max - min;
    }
}
