package org.redress.domain.scheme;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A score scheme as published in one version of its catalog file: its scale (bands, range,
 * ratings or list), its rules in all their versions, and how appeals under it are handled.
 *
 * @param version       the catalog version, e.g. "2024.1"
 * @param effectiveFrom the day this version of the scheme applies from
 * @param financial     whether the score is a financial (credit) score: non-financial rules feeding
 *                      it are flagged on every case that relies on them
 */
public record Scheme(
        String code,
        LocalizedText name,
        String version,
        LocalDate effectiveFrom,
        boolean financial,
        Scale scale,
        ReviewTerms terms,
        List<Rule> rules) {

    public Scheme {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        Objects.requireNonNull(scale, "scale");
        Objects.requireNonNull(terms, "terms");
        if (code.isBlank()) {
            throw new IllegalArgumentException("a scheme needs a code");
        }
        rules = List.copyOf(rules);
    }

    public SchemeKind kind() {
        return scale.kind();
    }

    /** The version of rule {@code ruleCode} in force on {@code date}. */
    public Optional<Rule> rule(String ruleCode, LocalDate date) {
        for (Rule r : rules) { // asked for every entry on every day of a score timeline: no stream
            if (r.code().equals(ruleCode) && r.inForceOn(date)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    /** Every version of a rule, oldest first. */
    public List<Rule> ruleVersions(String ruleCode) {
        return rules.stream().filter(r -> r.code().equals(ruleCode))
                .sorted(Comparator.comparing(Rule::effectiveFrom)).toList();
    }

    /** Distinct rule codes, in catalog order. */
    public List<String> ruleCodes() {
        return rules.stream().map(Rule::code).distinct().toList();
    }

    /** The base score of a numeric scheme, null for ratings and lists. */
    public @Nullable Integer base() {
        return scale instanceof NumericScale numeric ? numeric.base() : null;
    }

    /** A non-financial rule (jaywalking, filial piety) feeding a financial score must be flagged. */
    public boolean flagsNonFinancial(Rule rule) {
        return financial && !rule.category().isFinancial();
    }
}
