package org.redress.domain.scheme;

import org.jspecify.annotations.Nullable;

/**
 * Something wrong with a catalog: which scheme (null for the sanctions list), which rule if any,
 * and what. The loader adds the file it came from.
 */
public record CatalogProblem(@Nullable String schemeCode, @Nullable String ruleCode, String message) {

    @Override
    public String toString() {
        StringBuilder where = new StringBuilder();
        if (schemeCode != null) {
            where.append("scheme ").append(schemeCode);
        }
        if (ruleCode != null) {
            where.append(where.isEmpty() ? "" : ", ").append("rule ").append(ruleCode);
        }
        return where.isEmpty() ? message : where + ": " + message;
    }
}
