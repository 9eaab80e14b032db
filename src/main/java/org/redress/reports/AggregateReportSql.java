package org.redress.reports;

import org.jspecify.annotations.Nullable;
import org.redress.domain.appeal.FourEyesPolicy;
import org.redress.domain.scheme.LocalizedText;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The workstation's reports read from the aggregates (V62, {@link ReportAggregates}): a few rows per
 * day instead of a row per case, for the whole office. An officer's own caseload is a narrow slice
 * the aggregates do not keep (they have no assignee for most figures); it, and the figures with no
 * aggregate (entries under non-financial rules, which count distinct subjects; reported scores;
 * returns and recusals, a handful of rows), read the report tables through {@link LocalReportSql}.
 * Every aggregate holds rows for each scheme and agency and '*' rows for all of them, so each read
 * selects one level: {@code scheme_code = coalesce(?, '*') AND agency_code = coalesce(?, '*')}.
 */
public final class AggregateReportSql implements ReportSource {

    private static final String ALL = "*";

    private final Connection connection;
    private final LocalReportSql raw;

    public AggregateReportSql(Connection connection) {
        this.connection = connection;
        this.raw = new LocalReportSql(connection);
    }

    @Override
    public List<Counted> intakeByDay(Slice s) {
        if (s.officer() != null) {
            return raw.intakeByDay(s);
        }
        return run("SELECT received_on, sum(cases) FROM report_agg_received WHERE scheme_code = ? AND agency_code = ? "
                + "AND received_on BETWEEN ? AND ? GROUP BY received_on", 1, 1, scheme(s), agency(s), s.from(), s.to());
    }

    @Override
    public List<Counted> openCases(Slice s) {
        if (s.officer() != null) {
            return raw.openCases(s);
        }
        return run("SELECT status, received_on, nullif(deadline_on, ''), nullif(paused_since, ''), cases "
                + "FROM report_agg_open WHERE scheme_code = ? AND agency_code = ?", 4, 1, scheme(s), agency(s));
    }

    @Override
    public List<Counted> overdueByAssignee(Slice s) {
        if (s.officer() != null) {
            return raw.overdueByAssignee(s);
        }
        return run("SELECT nullif(assignee_id, 0), sum(cases) FROM report_agg_open_assignee WHERE scheme_code = ? "
                + "AND agency_code = ? AND deadline_on <> '' AND deadline_on < ? GROUP BY assignee_id", 1, 1,
                scheme(s), agency(s), s.today());
    }

    @Override
    public List<Counted> closedCases(Slice s) {
        if (s.officer() != null) {
            return raw.closedCases(s);
        }
        return run("SELECT closed_as, received_on, closed_on, nullif(deadline_on, ''), cases FROM report_agg_closed "
                + "WHERE scheme_code = ? AND agency_code = ? AND closed_on BETWEEN ? AND ?", 4, 1, scheme(s),
                agency(s), s.from(), s.to());
    }

    @Override
    public List<Counted> acknowledgements(Slice s) {
        if (s.officer() != null) {
            return raw.acknowledgements(s);
        }
        return run("SELECT ack_deadline_on, nullif(acknowledged_on, ''), sum(cases) FROM report_agg_received "
                + "WHERE scheme_code = ? AND agency_code = ? AND received_on BETWEEN ? AND ? GROUP BY 1, 2", 2, 1,
                scheme(s), agency(s), s.from(), s.to());
    }

    /**
     * By rule and version (report_agg_rule at the agency's level), by agency (its per-agency rows) and
     * by region (report_agg_region): each figure's own groups. The versions were written to
     * report_rule_version before the report ({@link ReportAggregates#syncVersions}).
     */
    @Override
    public List<Counted> outcomes(Slice s, List<RuleVersion> versions) {
        if (s.officer() != null) {
            return raw.outcomes(s, versions);
        }
        String schemeFilter = s.request().scheme() == null ? "" : " AND scheme_code = ?";
        List<Object> byRule = new ArrayList<>(List.of(agency(s), s.from(), s.to()));
        List<Object> byAgency = new ArrayList<>(List.of(s.from(), s.to()));
        if (s.request().scheme() != null) {
            byRule.add(s.request().scheme());
            byAgency.add(s.request().scheme());
        }
        String agencyFilter = s.request().agency() == null ? " AND agency_code <> '*'" : " AND agency_code = ?";
        if (s.request().agency() != null) {
            byAgency.add(s.request().agency());
        }
        List<Counted> out = new ArrayList<>(run("SELECT scheme_code, rule_code, nullif(version_from, ''), NULL, NULL, "
                + "sum(decided), sum(overturned) FROM report_agg_rule WHERE agency_code = ? AND decided_on BETWEEN ? AND ?"
                + schemeFilter + " GROUP BY 1, 2, 3", 5, 2, byRule.toArray()));
        out.addAll(run("SELECT scheme_code, NULL, NULL, agency_code, NULL, sum(decided), sum(overturned) "
                + "FROM report_agg_rule WHERE decided_on BETWEEN ? AND ?" + schemeFilter + agencyFilter
                + " GROUP BY 1, 4", 5, 2, byAgency.toArray()));
        out.addAll(run("SELECT NULL, NULL, NULL, NULL, region, sum(decided), sum(overturned) FROM report_agg_region "
                + "WHERE scheme_code = ? AND agency_code = ? AND decided_on BETWEEN ? AND ? GROUP BY region", 5, 2,
                scheme(s), agency(s), s.from(), s.to()));
        return out;
    }

    @Override
    public List<Counted> nonFinancialEntries(Slice s, List<RuleVersion> rules) {
        return raw.nonFinancialEntries(s, rules);
    }

    @Override
    public List<Counted> guardRefusals(Slice s) {
        return raw.guardRefusals(s);
    }

    @Override
    public List<Counted> discrepancies(Slice s) {
        return raw.discrepancies(s);
    }

    @Override
    public long uncheckedLedgers() {
        return raw.uncheckedLedgers();
    }

    @Override
    public List<Counted> openByAssignee(Slice s) {
        if (s.officer() != null) {
            return raw.openByAssignee(s);
        }
        return run("SELECT nullif(assignee_id, 0), sum(cases), "
                + "sum(CASE WHEN deadline_on <> '' AND deadline_on < ? THEN cases ELSE 0 END) "
                + "FROM report_agg_open_assignee WHERE scheme_code = ? AND agency_code = ? GROUP BY assignee_id", 1, 2,
                s.today(), scheme(s), agency(s));
    }

    @Override
    public List<Counted> decidedByDrafter(Slice s) {
        if (s.officer() != null) {
            return raw.decidedByDrafter(s);
        }
        Decided d = decided(s);
        return run("SELECT nullif(drafter_id, 0), sum(cases) FROM report_agg_decided WHERE " + d.where
                + " GROUP BY drafter_id", 1, 1, d.params.toArray());
    }

    @Override
    public List<Counted> returnedDrafts(Slice s) {
        return raw.returnedDrafts(s);
    }

    @Override
    public List<Counted> returnComments(Slice s) {
        return raw.returnComments(s);
    }

    @Override
    public List<Counted> recusals(Slice s) {
        return raw.recusals(s);
    }

    /** Eligibility from the points each decision gave back, against the scheme's threshold, at read. */
    @Override
    public List<Counted> fourEyes(Slice s, FourEyesPolicy policy) {
        if (s.officer() != null) {
            return raw.fourEyes(s, policy);
        }
        StringBuilder threshold = new StringBuilder("CASE scheme_code");
        policy.pointsThresholdByScheme().forEach((scheme, points) -> {
            if (scheme.matches("[A-Z0-9_]+")) {
                threshold.append(" WHEN '").append(scheme).append("' THEN ").append(points.intValue());
            }
        });
        threshold.append(" ELSE ").append(policy.defaultPointsThreshold()).append(" END");
        Decided d = decided(s);
        return run("SELECT (given_back <= " + threshold + " AND NOT list_reversed), approved, sum(cases) "
                + "FROM report_agg_decided WHERE " + d.where + " GROUP BY 1, 2", 2, 1, d.params.toArray());
    }

    private record Decided(String where, List<Object> params) {
    }

    /** report_agg_decided keeps every scheme by name and agencies by name and '*'. */
    private static Decided decided(Slice s) {
        List<Object> params = new ArrayList<>(List.of(agency(s), s.from(), s.to()));
        String where = "agency_code = ? AND closed_on BETWEEN ? AND ?";
        if (s.request().scheme() != null) {
            where += " AND scheme_code = ?";
            params.add(s.request().scheme());
        }
        return new Decided(where, params);
    }

    @Override
    public Map<String, LocalizedText> agencyNames() {
        return raw.agencyNames();
    }

    @Override
    public Map<String, String> officerNames() {
        return raw.officerNames();
    }

    @Override
    public Set<FigureId> unavailable() {
        return raw.unavailable();
    }

    private static String scheme(Slice s) {
        return s.request().scheme() == null ? ALL : s.request().scheme();
    }

    private static String agency(Slice s) {
        return s.request().agency() == null ? ALL : s.request().agency();
    }

    private List<Counted> run(String sql, int keys, int values, @Nullable Object... params) {
        return Counted.query(connection, sql, java.util.Arrays.asList(params), keys, values);
    }
}
