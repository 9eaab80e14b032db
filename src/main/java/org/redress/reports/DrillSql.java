package org.redress.reports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A drill's conditions as a SQL condition both SQLite and PostgreSQL read: {@code ?} parameters
 * (days as {@link LocalDate}, codes as text, ids as numbers; each side binds them its way) over the
 * column expressions the running side names. A column it does not name is refused: drills come from
 * {@link ReportBuilder}, never from a caller's text.
 */
public final class DrillSql {

    /** A condition ({@code 1=1} when empty) and its parameters in order. */
    public record Fragment(String sql, List<Object> params) {
    }

    private DrillSql() {
    }

    /**
     * @param columns each column a drill may name, with the expression that reads it on this side
     *                ({@code rule_code} → {@code o.rule_code}); {@code RULE_VERSION} conditions use the
     *                expressions of {@code scheme_code}, {@code rule_code} and {@code imposed_on}
     */
    public static Fragment where(Drill drill, Map<String, String> columns) {
        StringBuilder sql = new StringBuilder("1=1");
        List<Object> params = new ArrayList<>();
        for (Drill.Condition c : drill.where()) {
            sql.append(" AND ");
            List<Object> v = c.values();
            switch (c.op()) {
                case EQ -> {
                    sql.append(column(columns, c.column())).append(" = ?");
                    params.add(v.getFirst());
                }
                case IN -> {
                    sql.append(column(columns, c.column())).append(" IN (").append("?, ".repeat(v.size() - 1))
                            .append("?)");
                    params.addAll(v);
                }
                case BETWEEN -> {
                    sql.append(column(columns, c.column())).append(" BETWEEN ? AND ?");
                    params.add(v.get(0));
                    params.add(v.get(1));
                }
                case LT -> {
                    sql.append(column(columns, c.column())).append(" < ?");
                    params.add(v.getFirst());
                }
                case GE -> {
                    sql.append(column(columns, c.column())).append(" >= ?");
                    params.add(v.getFirst());
                }
                case IS_NULL -> sql.append(column(columns, c.column())).append(" IS NULL");
                case NOT_NULL -> sql.append(column(columns, c.column())).append(" IS NOT NULL");
                case LE_COLUMN -> sql.append(column(columns, c.column())).append(" <= ")
                        .append(column(columns, String.valueOf(v.getFirst())));
                case NE_COLUMN -> sql.append(column(columns, c.column())).append(" <> ")
                        .append(column(columns, String.valueOf(v.getFirst())));
                case GT_COLUMN -> sql.append(column(columns, c.column())).append(" > ")
                        .append(column(columns, String.valueOf(v.getFirst())));
                case BETWEEN_BY -> {
                    String key = column(columns, String.valueOf(v.getFirst()));
                    String self = column(columns, c.column());
                    sql.append("(");
                    for (int i = 1; i + 2 < v.size(); i += 3) {
                        if (i > 1) {
                            sql.append(" OR ");
                        }
                        sql.append("(").append(key).append(" = ? AND ").append(self).append(" BETWEEN ? AND ?)");
                        params.add(v.get(i));
                        params.add(v.get(i + 1));
                        params.add(v.get(i + 2));
                    }
                    sql.append(v.size() <= 1 ? "1=0)" : ")");
                }
                case RULE_VERSION -> {
                    String scheme = column(columns, "scheme_code");
                    String rule = column(columns, "rule_code");
                    String imposed = column(columns, "imposed_on");
                    sql.append("(");
                    for (int i = 0; i + 3 < v.size(); i += 4) {
                        if (i > 0) {
                            sql.append(" OR ");
                        }
                        sql.append("(").append(scheme).append(" = ? AND ").append(rule).append(" = ? AND ")
                                .append(imposed).append(" BETWEEN ? AND ?)");
                        params.add(v.get(i));
                        params.add(v.get(i + 1));
                        params.add(v.get(i + 2));
                        params.add(v.get(i + 3) == null ? LocalDate.of(9999, 12, 31) : v.get(i + 3));
                    }
                    sql.append(v.isEmpty() ? "1=0)" : ")");
                }
            }
        }
        return new Fragment(sql.toString(), params);
    }

    private static String column(Map<String, String> columns, String name) {
        String expression = columns.get(name);
        if (expression == null) {
            throw new IllegalArgumentException("a drill names " + name + ", which this side does not read");
        }
        return expression;
    }
}
