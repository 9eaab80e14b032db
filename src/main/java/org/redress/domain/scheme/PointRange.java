package org.redress.domain.scheme;

/**
 * An inclusive range of points: a rule's fixed value (min == max) or the range an agency may choose
 * from. Deductions are negative.
 */
public record PointRange(int min, int max) {

    public PointRange {
        if (min > max) {
            throw new IllegalArgumentException("points range [" + min + "," + max + "] is empty");
        }
    }

    public static PointRange fixed(int points) {
        return new PointRange(points, points);
    }

    public boolean isFixed() {
        return min == max;
    }

    public boolean contains(int points) {
        return points >= min && points <= max;
    }

    public boolean isDeduction() {
        return max < 0;
    }

    public boolean isAddition() {
        return min > 0;
    }

    /** The largest magnitude in the range, for checks against a scheme's span. */
    public long magnitude() {
        return Math.max(Math.abs((long) min), Math.abs((long) max));
    }

    @Override
    public String toString() {
        return isFixed() ? Integer.toString(min) : "[" + min + "," + max + "]";
    }
}
