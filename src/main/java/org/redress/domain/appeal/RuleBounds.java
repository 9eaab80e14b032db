package org.redress.domain.appeal;

import org.jspecify.annotations.Nullable;

import java.time.Period;
import java.util.Objects;

/**
 * What the rule version in force when an entry was imposed allows an amendment to set.
 *
 * @param minPoints          lowest signed points the rule allows (a deduction of up to 50 is -50)
 * @param maxPoints          highest signed points the rule allows (a deduction of at least 10 is -10)
 * @param minimumPublication for list rules, the shortest publication period; null when none
 */
public record RuleBounds(String ruleCode, int minPoints, int maxPoints, @Nullable Period minimumPublication) {

    public RuleBounds {
        Objects.requireNonNull(ruleCode, "ruleCode");
        if (minPoints > maxPoints) {
            throw new IllegalArgumentException("minPoints must not exceed maxPoints");
        }
    }

    public boolean allows(int points) {
        return points >= minPoints && points <= maxPoints;
    }
}
