package org.redress.domain.scheme;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * All schemes a workstation reviews appeals under, their rules in every version, and the
 * sanctions they trigger. Consistent by construction: a catalog with problems is refused.
 */
public final class Catalog {

    private final Map<String, Scheme> schemes;
    private final Map<String, Sanction> sanctions;

    public Catalog(Collection<Scheme> schemes, Collection<Sanction> sanctions) {
        List<CatalogProblem> problems = CatalogCheck.problems(List.copyOf(schemes), List.copyOf(sanctions));
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("inconsistent catalog: " + problems.stream()
                    .map(CatalogProblem::toString).collect(Collectors.joining("; ")));
        }
        this.schemes = schemes.stream().collect(Collectors.toMap(Scheme::code, Function.identity(),
                (a, b) -> a, LinkedHashMap::new));
        this.sanctions = sanctions.stream().collect(Collectors.toMap(Sanction::code, Function.identity(),
                (a, b) -> a, LinkedHashMap::new));
    }

    public List<Scheme> schemes() {
        return List.copyOf(schemes.values());
    }

    public Optional<Scheme> scheme(String code) {
        return Optional.ofNullable(schemes.get(code));
    }

    public Scheme requireScheme(String code) {
        return scheme(code).orElseThrow(() -> new IllegalArgumentException("unknown scheme " + code));
    }

    /** The version of a rule in force on {@code date}: a deduction is judged under it. */
    public Optional<Rule> rule(String schemeCode, String ruleCode, LocalDate date) {
        return scheme(schemeCode).flatMap(s -> s.rule(ruleCode, date));
    }

    public Rule requireRule(String schemeCode, String ruleCode, LocalDate date) {
        return rule(schemeCode, ruleCode, date).orElseThrow(() -> new IllegalArgumentException(
                "no rule " + ruleCode + " of scheme " + schemeCode + " in force on " + date));
    }

    public List<Sanction> sanctions() {
        return List.copyOf(sanctions.values());
    }

    public Optional<Sanction> sanction(String code) {
        return Optional.ofNullable(sanctions.get(code));
    }

    public Sanction requireSanction(String code) {
        return sanction(code).orElseThrow(() -> new IllegalArgumentException("unknown sanction " + code));
    }

    /** Number of rule versions across all schemes. */
    public int ruleVersionCount() {
        return schemes.values().stream().mapToInt(s -> s.rules().size()).sum();
    }

    /** Number of distinct rules (scheme, code) across all schemes. */
    public int ruleCount() {
        return schemes.values().stream().mapToInt(s -> s.ruleCodes().size()).sum();
    }

    /**
     * Whether a case relying on this rule must carry the flag "non-financial rule in a financial
     * score" (jaywalking feeding a credit score).
     */
    public boolean isNonFinancialRuleInFinancialScheme(Rule rule, Scheme scheme) {
        return scheme.flagsNonFinancial(rule);
    }
}
