package org.redress.reports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Which cases stand behind one cell of a figure, as conditions on the report tables both sides keep
 * under the same names ({@code report_case}, {@code report_outcome}, {@code score_check}, …). The
 * request's scheme, agency and scope are added by whoever runs it; the period is part of the drill,
 * since each figure reads it against another day. The queue then shows exactly those cases.
 */
public record Drill(Source source, List<Condition> where) {

    /** The table the conditions are on; each gives its cases in its own way. */
    public enum Source {
        /** {@code report_case}: the cases themselves. */
        CASES,
        /** {@code report_outcome}: the cases whose final decision ruled on the matching entries. */
        OUTCOMES,
        /** {@code score_check}: open or decided cases of the subjects with matching reported scores. */
        CHECKS,
        /** Ledger entries of non-financial rules in financial schemes: the cases disputing them. */
        ENTRIES,
        /** Drafts returned: the cases whose drafts were returned. */
        RETURNS,
        /** Recusals declared on a case: those cases. */
        RECUSALS
    }

    /** How a condition compares its column. */
    public enum Op {
        EQ, IN, BETWEEN, LT, GE, IS_NULL, NOT_NULL,
        /** Not greater than, not equal to, greater than the column named in the one value. */
        LE_COLUMN, NE_COLUMN, GT_COLUMN,
        /**
         * Values: a key column, then (key, first, last) triples; matches when for some triple the key
         * column equals the key and this column lies between first and last.
         */
        BETWEEN_BY,
        /** Values: (scheme, rule, first day, last day or null) quadruples on scheme_code, rule_code, imposed_on. */
        RULE_VERSION
    }

    /**
     * {@code column op values}. Columns are named as in the tables (or, for a few, as the side that
     * runs the drill defines them, such as {@code four_eyes_eligible}).
     */
    public record Condition(String column, Op op, List<Object> values) {
        public Condition {
            Objects.requireNonNull(column, "column");
            if (!column.matches("[a-z_]+")) {
                throw new IllegalArgumentException("not a column name: " + column);
            }
            values = java.util.Collections.unmodifiableList(new ArrayList<>(values));
        }
    }

    public Drill {
        where = List.copyOf(where);
    }

    public static Drill of(Source source) {
        return new Drill(source, List.of());
    }

    public Drill and(String column, Op op, Object... values) {
        List<Condition> more = new ArrayList<>(where);
        more.add(new Condition(column, op, java.util.Arrays.asList(values)));
        return new Drill(source, more);
    }

    public Drill eq(String column, Object value) {
        return and(column, Op.EQ, value);
    }

    public Drill between(String column, LocalDate from, LocalDate to) {
        return and(column, Op.BETWEEN, from, to);
    }

    public Drill in(String column, List<?> values) {
        return values.size() == 1 ? eq(column, values.getFirst()) : and(column, Op.IN, values.toArray());
    }

    public Drill isNull(String column) {
        return and(column, Op.IS_NULL);
    }

    public Drill notNull(String column) {
        return and(column, Op.NOT_NULL);
    }
}
