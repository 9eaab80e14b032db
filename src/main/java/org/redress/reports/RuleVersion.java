package org.redress.reports;

import org.jspecify.annotations.Nullable;
import org.redress.domain.scheme.Catalog;

import java.time.LocalDate;
import java.util.List;

/** A version of a rule by its scheme, code and days in force ({@code to} null: still in force). */
public record RuleVersion(String scheme, String rule, LocalDate from, @Nullable LocalDate to) {

    /** Every version of every rule with more than one: the versions the overturn-by-rule figure tells apart. */
    public static List<RuleVersion> multiVersion(Catalog catalog) {
        return OutcomeFigures.multiVersion(catalog);
    }
}
