package org.redress.domain.scheme;

import org.jspecify.annotations.Nullable;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks that cut across records: duplicate codes, unknown sanctions, grades and ratings, points
 * that do not fit the scheme, overlapping rule versions. Every problem is reported, not just the
 * first, so one pass over a broken catalog shows all that needs fixing.
 */
public final class CatalogCheck {

    private CatalogCheck() {
    }

    public static List<CatalogProblem> problems(List<Scheme> schemes, List<Sanction> sanctions) {
        List<CatalogProblem> problems = new ArrayList<>();
        Set<String> sanctionCodes = new HashSet<>();
        for (Sanction sanction : sanctions) {
            if (!sanctionCodes.add(sanction.code())) {
                problems.add(new CatalogProblem(null, null, "duplicate sanction code " + sanction.code()));
            }
        }
        Set<String> schemeCodes = new HashSet<>();
        for (Scheme scheme : schemes) {
            if (!schemeCodes.add(scheme.code())) {
                problems.add(new CatalogProblem(scheme.code(), null, "duplicate scheme code"));
            }
            checkScale(scheme, sanctionCodes, problems);
            checkVersions(scheme, problems);
            for (Rule rule : scheme.rules()) {
                checkRule(scheme, rule, sanctionCodes, problems);
            }
        }
        return List.copyOf(problems);
    }

    private static void checkScale(Scheme scheme, Set<String> known, List<CatalogProblem> problems) {
        switch (scheme.scale()) {
            case NumericScale numeric -> numeric.bands().forEach(band ->
                    unknownSanctions(scheme, null, "band " + band.code(), band.sanctions(), known, problems));
            case RatingScale rating -> rating.ratings().forEach(r ->
                    unknownSanctions(scheme, null, "rating " + r.code(), r.sanctions(), known, problems));
            case ListScale list -> unknownSanctions(scheme, null, "the list", list.sanctions(), known, problems);
        }
    }

    private static void checkVersions(Scheme scheme, List<CatalogProblem> problems) {
        Map<String, List<Rule>> byCode = new HashMap<>();
        for (Rule rule : scheme.rules()) {
            List<Rule> earlier = byCode.computeIfAbsent(rule.code(), c -> new ArrayList<>());
            for (Rule other : earlier) {
                if (other.effectiveFrom().equals(rule.effectiveFrom())) {
                    problems.add(new CatalogProblem(scheme.code(), rule.code(),
                            "duplicate rule code (two versions effective from " + rule.effectiveFrom() + ")"));
                } else if (other.overlaps(rule)) {
                    problems.add(new CatalogProblem(scheme.code(), rule.code(), "versions effective from "
                            + other.effectiveFrom() + " and " + rule.effectiveFrom() + " overlap"));
                }
            }
            earlier.add(rule);
        }
    }

    private static void checkRule(Scheme scheme, Rule rule, Set<String> known, List<CatalogProblem> problems) {
        unknownSanctions(scheme, rule.code(), "the rule", rule.sanctions(), known, problems);
        PointRange points = rule.points();
        switch (scheme.scale()) {
            case NumericScale numeric -> {
                if (points.min() < 0 && points.max() > 0) {
                    problem(problems, scheme, rule, "points " + points + " mix deductions and additions");
                }
                long limit = numeric instanceof RangeScale range ? range.span() : Math.abs((long) numeric.base());
                if (points.magnitude() > limit) {
                    problem(problems, scheme, rule, "points " + points + " outside the scheme's range (at most "
                            + limit + " either way)");
                }
                if (rule.dropsToGrade() != null && numeric.band(rule.dropsToGrade()).isEmpty()) {
                    problem(problems, scheme, rule, "drops to unknown grade " + rule.dropsToGrade());
                }
                if (rule.rating() != null) {
                    problem(problems, scheme, rule, "names a rating but the scheme has bands");
                }
            }
            case RatingScale rating -> {
                noPoints(scheme, rule, problems);
                if (rule.rating() == null) {
                    problem(problems, scheme, rule, "a rating rule must name the rating it sets");
                } else if (rating.rank(rule.rating()) < 0) {
                    problem(problems, scheme, rule, "unknown rating " + rule.rating());
                }
                noGradeDrop(scheme, rule, problems);
            }
            case ListScale ignored -> {
                noPoints(scheme, rule, problems);
                if (rule.publication() == null) {
                    problem(problems, scheme, rule, "a list rule needs minimum and maximum publication periods");
                }
                if (rule.rating() != null) {
                    problem(problems, scheme, rule, "names a rating but the scheme is a list");
                }
                noGradeDrop(scheme, rule, problems);
            }
        }
    }

    private static void noPoints(Scheme scheme, Rule rule, List<CatalogProblem> problems) {
        if (!rule.points().equals(PointRange.fixed(0))) {
            problem(problems, scheme, rule, "points " + rule.points() + " outside range: a "
                    + scheme.kind() + " scheme counts no points (use 0)");
        }
    }

    private static void noGradeDrop(Scheme scheme, Rule rule, List<CatalogProblem> problems) {
        if (rule.dropsToGrade() != null) {
            problem(problems, scheme, rule, "drops to a grade but the scheme has no bands");
        }
    }

    private static void unknownSanctions(Scheme scheme, @Nullable String ruleCode, String where, List<String> codes,
                                         Set<String> known, List<CatalogProblem> problems) {
        for (String code : codes) {
            if (!known.contains(code)) {
                problems.add(new CatalogProblem(scheme.code(), ruleCode, where + " triggers unknown sanction " + code));
            }
        }
    }

    private static void problem(List<CatalogProblem> problems, Scheme scheme, Rule rule, String message) {
        problems.add(new CatalogProblem(scheme.code(), rule.code(), message));
    }
}
