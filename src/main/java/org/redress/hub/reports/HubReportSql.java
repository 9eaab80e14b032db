package org.redress.hub.reports;

import org.jspecify.annotations.Nullable;
import org.redress.domain.appeal.FourEyesPolicy;
import org.redress.domain.scheme.LocalizedText;
import org.redress.reports.Counted;
import org.redress.reports.FigureId;
import org.redress.reports.RuleVersion;
import org.redress.reports.Slice;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The grouped counts of a report read from the hub's aggregates (V96): every read sums the daily
 * rows of the slice's offices, narrowed to the request's scheme and agency. The hub holds no
 * ledgers beyond the entries appeals dispute, no import refusals, no approvers' comments and not
 * what each decision gave back, so those figures are {@link #unavailable()} here.
 */
public final class HubReportSql implements org.redress.reports.ReportSource {

    private final Connection connection;

    public HubReportSql(Connection connection) {
        this.connection = connection;
    }

    @Override
    public List<Counted> intakeByDay(Slice s) {
        return new Query("SELECT received_on, sum(cases) FROM report_agg_received WHERE received_on BETWEEN ? AND ?",
                s, s.from(), s.to()).caseFilters().group("received_on").run(1, 1);
    }

    @Override
    public List<Counted> openCases(Slice s) {
        return new Query("SELECT status, received_on, deadline_on, paused_since, sum(cases) FROM report_agg_open "
                + "WHERE true", s).caseFilters().group("1, 2, 3, 4").run(4, 1);
    }

    @Override
    public List<Counted> overdueByAssignee(Slice s) {
        return new Query("SELECT assignee, sum(cases) FROM report_agg_open_assignee WHERE deadline_on < ?", s,
                s.today()).caseFilters().group("assignee").run(1, 1);
    }

    @Override
    public List<Counted> closedCases(Slice s) {
        return new Query("SELECT closed_as, received_on, closed_on, deadline_on, sum(cases) FROM report_agg_closed "
                + "WHERE closed_on BETWEEN ? AND ?", s, s.from(), s.to()).caseFilters().group("1, 2, 3, 4").run(4, 1);
    }

    @Override
    public List<Counted> acknowledgements(Slice s) {
        return new Query("SELECT ack_deadline_on, acknowledged_on, sum(cases) FROM report_agg_received "
                + "WHERE received_on BETWEEN ? AND ?", s, s.from(), s.to()).caseFilters().group("1, 2").run(2, 1);
    }

    /**
     * Each figure's own groups, as the workstation's aggregates give them: by rule and version, by
     * scheme and agency, by region. The versions are in report_rule_version ({@link HubReports}).
     */
    @Override
    public List<Counted> outcomes(Slice s, List<RuleVersion> versions) {
        List<Counted> out = new ArrayList<>(new Query("SELECT scheme_code, rule_code, version_from, NULL, NULL, "
                + "sum(decided), sum(overturned) FROM report_agg_rule WHERE decided_on BETWEEN ? AND ?", s, s.from(),
                s.to()).caseFilters().group("1, 2, 3").having("sum(decided) > 0").run(5, 2));
        out.addAll(new Query("SELECT scheme_code, NULL, NULL, agency_code, NULL, sum(decided), sum(overturned) "
                + "FROM report_agg_rule WHERE decided_on BETWEEN ? AND ?", s, s.from(), s.to()).caseFilters()
                .group("1, 4").having("sum(decided) > 0").run(5, 2));
        out.addAll(new Query("SELECT NULL, NULL, NULL, NULL, region, sum(decided), sum(overturned) "
                + "FROM report_agg_region WHERE decided_on BETWEEN ? AND ?", s, s.from(), s.to()).caseFilters()
                .group("5").having("sum(decided) > 0").run(5, 2));
        return out;
    }

    @Override
    public List<Counted> nonFinancialEntries(Slice s, List<RuleVersion> rules) {
        return List.of();
    }

    @Override
    public List<Counted> guardRefusals(Slice s) {
        return List.of();
    }

    @Override
    public List<Counted> discrepancies(Slice s) {
        return List.of();
    }

    @Override
    public long uncheckedLedgers() {
        return 0;
    }

    @Override
    public List<Counted> openByAssignee(Slice s) {
        return new Query("SELECT assignee, sum(cases), sum(cases) FILTER (WHERE deadline_on < ?) "
                + "FROM report_agg_open_assignee WHERE true", s, s.today()).caseFilters().group("assignee").run(1, 2);
    }

    @Override
    public List<Counted> decidedByDrafter(Slice s) {
        return new Query("SELECT drafter, sum(cases) FROM report_agg_decided WHERE closed_on BETWEEN ? AND ?", s,
                s.from(), s.to()).caseFilters().group("drafter").run(1, 1);
    }

    @Override
    public List<Counted> returnedDrafts(Slice s) {
        return List.of();
    }

    @Override
    public List<Counted> returnComments(Slice s) {
        return List.of();
    }

    /** Declarations synced to the hub (V21), by declarant and what they name, on the day declared. */
    @Override
    public List<Counted> recusals(Slice s) {
        Query q = new Query("SELECT o.username, CASE WHEN x.case_id IS NOT NULL THEN 'CASE' "
                + "WHEN x.subject_key IS NOT NULL THEN 'SUBJECT' ELSE 'AGENCY' END, count(*) "
                + "FROM recusal_declaration x JOIN officer o ON o.id = x.officer_id "
                + "LEFT JOIN report_case r ON r.case_id = x.case_id "
                + "WHERE (x.declared_at AT TIME ZONE 'Asia/Shanghai')::date BETWEEN ? AND ? "
                + "AND x.office_code = ANY (?)", s, s.from(), s.to(), s.offices());
        if (s.request().scheme() != null) {
            q.and("r.scheme_code = ?", s.request().scheme());
        }
        if (s.request().agency() != null) {
            q.and("coalesce(r.agency_code, x.agency_code) = ?", s.request().agency());
        }
        return q.group("1, 2").run(2, 1);
    }

    @Override
    public List<Counted> fourEyes(Slice s, FourEyesPolicy policy) {
        return List.of();
    }

    @Override
    public Map<String, LocalizedText> agencyNames() {
        Map<String, LocalizedText> names = new HashMap<>();
        for (Counted c : new Query("SELECT code, name FROM agency", null).run(2, 0)) {
            names.put(c.key(0), new LocalizedText(c.key(1), c.key(1)));
        }
        return names;
    }

    /** Officers are named by username at the hub (assignee, drafter): the name is the username. */
    @Override
    public Map<String, String> officerNames() {
        Map<String, String> names = new HashMap<>();
        for (Counted c : new Query("SELECT username FROM officer", null).run(1, 0)) {
            names.put(c.key(0), c.key(0));
        }
        return names;
    }

    @Override
    public Set<FigureId> unavailable() {
        return EnumSet.of(FigureId.NONFINANCIAL_IN_FINANCIAL, FigureId.REDEDUCTIONS_REFUSED,
                FigureId.DISCREPANCIES_BY_AGENCY, FigureId.DISCREPANCIES_BY_SCHEME, FigureId.DRAFTS_RETURNED,
                FigureId.RETURN_REASONS, FigureId.FOUR_EYES_SAMPLE);
    }

    /** One read: the SQL so far, its parameters (dates bound as dates, lists as text arrays). */
    private final class Query {

        private final StringBuilder sql;
        private final List<Object> params = new ArrayList<>();
        private final @Nullable Slice slice;
        private String tail = "";

        Query(String sql, @Nullable Slice slice, Object... params) {
            this.sql = new StringBuilder(sql);
            this.slice = slice;
            this.params.addAll(List.of(params));
        }

        Query and(String condition, Object param) {
            sql.append(" AND ").append(condition);
            params.add(param);
            return this;
        }

        /** The slice's offices, and its scheme and agency when the request names them. */
        Query caseFilters() {
            Slice s = java.util.Objects.requireNonNull(slice);
            and("office_code = ANY (?)", s.offices());
            if (s.request().scheme() != null) {
                and("scheme_code = ?", s.request().scheme());
            }
            if (s.request().agency() != null) {
                and("agency_code = ?", s.request().agency());
            }
            return this;
        }

        Query group(String columns) {
            tail = " GROUP BY " + columns + (sql.indexOf("sum(cases)") >= 0 ? " HAVING sum(cases) > 0" : "");
            return this;
        }

        Query having(String condition) {
            int at = tail.indexOf(" HAVING ");
            tail = (at < 0 ? tail : tail.substring(0, at)) + " HAVING " + condition;
            return this;
        }

        List<Counted> run(int keys, int values) {
            try (PreparedStatement ps = connection.prepareStatement(sql + tail)) {
                for (int i = 0; i < params.size(); i++) {
                    Object p = params.get(i);
                    if (p instanceof List<?> list) {
                        ps.setArray(i + 1, connection.createArrayOf("text", list.toArray()));
                    } else if (p instanceof LocalDate d) {
                        ps.setObject(i + 1, d);
                    } else {
                        ps.setObject(i + 1, p);
                    }
                }
                try (ResultSet rs = ps.executeQuery()) {
                    return Counted.read(rs, keys, values);
                }
            } catch (SQLException e) {
                throw new IllegalStateException("a hub report query failed: " + e.getMessage(), e);
            }
        }
    }
}
