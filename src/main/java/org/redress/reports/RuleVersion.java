package org.redress.reports;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;

/** A version of a rule by its scheme, code and days in force ({@code to} null: still in force). */
public record RuleVersion(String scheme, String rule, LocalDate from, @Nullable LocalDate to) {
}
