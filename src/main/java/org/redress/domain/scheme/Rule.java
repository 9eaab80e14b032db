package org.redress.domain.scheme;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Objects;

/**
 * One version of a rule of a scheme. A rule code may have several versions with disjoint
 * effective periods; a deduction is judged under the version in force on the day it was imposed.
 *
 * @param points         the signed points the rule imposes, fixed or a range; deductions negative,
 *                       0 for ratings and lists
 * @param sanctions      measures the rule triggers directly, while its entry is active
 * @param publication    for list rules: minimum and maximum publication; else null
 * @param repairable     whether credit repair can shorten or end the entry's effect
 * @param effectiveTo    last day in force, or null while still in force
 * @param dropsToGrade   a band the subject falls to at best while the entry is active (points and
 *                       range schemes), whatever the points say; null if none
 * @param rating         for rating schemes: the rating the rule lifts to or caps at
 * @param effectDuration how long the rule's non-point effects (grade drop, rating, direct sanctions)
 *                       last from the day imposed; null for as long as the entry stands
 */
public record Rule(
        String code,
        LocalizedText title,
        LegalBasis legalBasis,
        RuleCategory category,
        PointRange points,
        List<String> sanctions,
        @Nullable PublicationPeriod publication,
        boolean repairable,
        LocalDate effectiveFrom,
        @Nullable LocalDate effectiveTo,
        @Nullable String dropsToGrade,
        @Nullable String rating,
        @Nullable Period effectDuration) {

    public Rule {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(legalBasis, "legalBasis");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(points, "points");
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        if (code.isBlank()) {
            throw new IllegalArgumentException("a rule needs a code");
        }
        sanctions = List.copyOf(sanctions);
        if (effectiveTo != null && effectiveTo.isBefore(effectiveFrom)) {
            throw new IllegalArgumentException("rule " + code + " ends (" + effectiveTo
                    + ") before it starts (" + effectiveFrom + ")");
        }
        if (effectDuration != null && (effectDuration.isNegative() || effectDuration.isZero())) {
            throw new IllegalArgumentException("rule " + code + " has a non-positive effect duration");
        }
    }

    public boolean inForceOn(LocalDate date) {
        return !date.isBefore(effectiveFrom) && (effectiveTo == null || !date.isAfter(effectiveTo));
    }

    /** Whether this version's effective period shares a day with another's. */
    public boolean overlaps(Rule other) {
        boolean startsBeforeOtherEnds = other.effectiveTo == null || !effectiveFrom.isAfter(other.effectiveTo);
        boolean otherStartsBeforeThisEnds = effectiveTo == null || !other.effectiveFrom.isAfter(effectiveTo);
        return startsBeforeOtherEnds && otherStartsBeforeThisEnds;
    }

    /** Whether an agency may impose these points under this rule. */
    public boolean allows(int imposedPoints) {
        return points.contains(imposedPoints);
    }

    /**
     * The last day the rule's non-point effects last for an entry imposed on {@code imposedOn}, or
     * null when they last as long as the entry stands.
     */
    public @Nullable LocalDate lastDayOfEffect(LocalDate imposedOn) {
        return effectDuration == null ? null : imposedOn.plus(effectDuration).minusDays(1);
    }
}
