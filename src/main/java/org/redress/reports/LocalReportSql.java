package org.redress.reports;

import org.jspecify.annotations.Nullable;
import org.redress.domain.appeal.FourEyesPolicy;
import org.redress.domain.scheme.LocalizedText;
import org.redress.store.StoreException;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every SQL statement the workstation's reports run, over SQLite: the report tables the V60 triggers
 * keep ({@code report_case}, {@code report_outcome}, {@code score_check}, {@code guard_refusal}) and,
 * for the people report, approvals and recusal declarations. Use on one read connection (one
 * snapshot per report). The hub's twin is {@code hub.reports.HubReportSql}.
 */
public final class LocalReportSql implements ReportSource {

    /** The open statuses, written exactly as the partial index report_case_open names them. */
    static final String OPEN = "status IN ('RECEIVED', 'ASSIGNED', 'IN_REVIEW', 'AWAITING_INFORMATION', "
            + "'DECISION_DRAFTED', 'AWAITING_APPROVAL')";
    /** Days of instants in the office's zone (China Standard Time, as the calendar). */
    static final String DAY = "date(%s, '+8 hours')";

    private final Connection connection;

    public LocalReportSql(Connection connection) {
        this.connection = connection;
    }

    @Override
    public List<Counted> intakeByDay(Slice s) {
        Query q = new Query("SELECT received_on, count(*) FROM report_case WHERE received_on BETWEEN ? AND ?",
                s.from(), s.to());
        q.caseFilters(s, "");
        return q.group("received_on").run(1, 1);
    }

    @Override
    public List<Counted> openCases(Slice s) {
        Query q = new Query("SELECT status, received_on, deadline_on, paused_since, count(*) FROM report_case WHERE "
                + OPEN);
        q.caseFilters(s, "");
        return q.group("status, received_on, deadline_on, paused_since").run(4, 1);
    }

    @Override
    public List<Counted> overdueByAssignee(Slice s) {
        Query q = new Query("SELECT assignee_id, count(*) FROM report_case WHERE " + OPEN + " AND deadline_on < ?",
                s.today());
        q.caseFilters(s, "");
        return q.group("assignee_id").run(1, 1);
    }

    @Override
    public List<Counted> closedCases(Slice s) {
        Query q = new Query("SELECT closed_as, received_on, closed_on, deadline_on, count(*) FROM report_case "
                + "WHERE closed_on BETWEEN ? AND ? AND closed_as IN ('DECIDED', 'NOT_ADMISSIBLE')", s.from(), s.to());
        q.caseFilters(s, "");
        return q.group("closed_as, received_on, closed_on, deadline_on").run(4, 1);
    }

    @Override
    public List<Counted> acknowledgements(Slice s) {
        Query q = new Query("SELECT ack_deadline_on, acknowledged_on, count(*) FROM report_case "
                + "WHERE received_on BETWEEN ? AND ?", s.from(), s.to());
        q.caseFilters(s, "");
        return q.group("ack_deadline_on, acknowledged_on").run(2, 1);
    }

    @Override
    public List<Counted> outcomes(Slice s, List<RuleVersion> versions) {
        StringBuilder version = new StringBuilder("CASE");
        List<Object> versionParams = new ArrayList<>();
        for (RuleVersion v : versions) {
            version.append(" WHEN scheme_code = ? AND rule_code = ? AND imposed_on BETWEEN ? AND ? THEN ?");
            versionParams.addAll(List.of(v.scheme(), v.rule(), v.from(), v.to() == null ? LocalDate.of(9999, 12, 31)
                    : v.to(), v.from()));
        }
        version.append(versions.isEmpty() ? " WHEN 0 THEN NULL END" : " END");
        Query q = new Query("SELECT scheme_code, rule_code, " + version + ", agency_code, region, count(*), "
                + "sum(outcome IN ('REVERSED', 'AMENDED')) FROM report_outcome "
                + "WHERE decided_on BETWEEN ? AND ? AND outcome IN ('UPHELD', 'REVERSED', 'AMENDED')");
        q.params.addAll(versionParams);
        q.params.add(s.from());
        q.params.add(s.to());
        q.filters(s, "scheme_code", "agency_code", s.officer() == null ? null
                : "case_id IN (SELECT case_id FROM report_case WHERE assignee_id = ?)");
        return q.group("1, 2, 3, 4, 5").run(5, 2);
    }

    @Override
    public List<Counted> nonFinancialEntries(Slice s, List<RuleVersion> rules) {
        if (rules.isEmpty()) {
            return List.of();
        }
        Query q = new Query("SELECT scheme_code, rule_code, count(*), sum(points), count(DISTINCT subject_id) "
                + "FROM ledger_event WHERE imposed_on BETWEEN ? AND ? AND kind IN ('DEDUCTION', 'ADDITION', 'LIST_ENTRY')",
                s.from(), s.to());
        StringBuilder any = new StringBuilder(" AND (");
        for (int i = 0; i < rules.size(); i++) {
            RuleVersion v = rules.get(i);
            any.append(i == 0 ? "" : " OR ").append("(scheme_code = ? AND rule_code = ? AND imposed_on BETWEEN ? AND ?)");
            q.params.addAll(List.of(v.scheme(), v.rule(), v.from(), v.to() == null ? LocalDate.of(9999, 12, 31) : v.to()));
        }
        q.sql.append(any).append(")");
        q.filters(s, "scheme_code", "agency_code", s.officer() == null ? null
                : "subject_id IN (SELECT subject_id FROM appeal_case WHERE assignee_id = ?)");
        String where = q.sql.substring(q.sql.indexOf(" FROM "));
        List<Object> params = new ArrayList<>(q.params);
        List<Counted> out = new ArrayList<>(q.group("scheme_code, rule_code").run(2, 3));
        Query total = new Query("SELECT NULL, NULL, count(*), sum(points), count(DISTINCT subject_id)" + where);
        total.params.addAll(params);
        out.addAll(total.run(2, 3));
        return out;
    }

    @Override
    public List<Counted> guardRefusals(Slice s) {
        if (s.officer() != null) {
            return List.of();
        }
        Query q = new Query("SELECT agency_code, count(*) FROM guard_refusal WHERE refused_on BETWEEN ? AND ?",
                s.from(), s.to());
        q.filters(s, "scheme_code", "agency_code", null);
        return q.group("agency_code").run(1, 1);
    }

    @Override
    public List<Counted> discrepancies(Slice s) {
        Query q = new Query("SELECT agency_code, scheme_code, count(*), sum(reported <> recomputed), "
                + "sum(CASE WHEN reported <> recomputed THEN abs(reported - recomputed) ELSE 0 END), "
                + "max(abs(reported - recomputed)) FROM score_check "
                + "WHERE imposed_on BETWEEN ? AND ? AND recomputed IS NOT NULL", s.from(), s.to());
        q.filters(s, "scheme_code", "agency_code", s.officer() == null ? null
                : "subject_id IN (SELECT subject_id FROM appeal_case WHERE assignee_id = ?)");
        return q.group("agency_code, scheme_code").run(2, 4);
    }

    @Override
    public long uncheckedLedgers() {
        return new Query("SELECT count(*) FROM score_check_pending").run(0, 1).getFirst().value(0);
    }

    @Override
    public List<Counted> openByAssignee(Slice s) {
        Query q = new Query("SELECT assignee_id, count(*), sum(deadline_on < ?) FROM report_case WHERE " + OPEN,
                s.today());
        q.caseFilters(s, "");
        return q.group("assignee_id").run(1, 2);
    }

    @Override
    public List<Counted> decidedByDrafter(Slice s) {
        Query q = new Query("SELECT drafter_id, count(*) FROM report_case "
                + "WHERE closed_on BETWEEN ? AND ? AND closed_as = 'DECIDED'", s.from(), s.to());
        q.filters(s, "scheme_code", "agency_code", s.officer() == null ? null : "drafter_id = ?");
        return q.group("drafter_id").run(1, 1);
    }

    @Override
    public List<Counted> returnedDrafts(Slice s) {
        return returns(s, "d.drafter_id");
    }

    @Override
    public List<Counted> returnComments(Slice s) {
        return returns(s, "a.comment");
    }

    private List<Counted> returns(Slice s, String key) {
        Query q = new Query("SELECT " + key + ", count(*) FROM approval a JOIN decision d ON d.id = a.decision_id "
                + "JOIN report_case r ON r.case_id = d.case_id WHERE a.verdict = 'RETURNED' AND "
                + DAY.formatted("a.at") + " BETWEEN ? AND ?", s.from(), s.to());
        q.filters(s, "r.scheme_code", "r.agency_code", s.officer() == null ? null : "d.drafter_id = ?");
        return q.group(key).run(1, 1);
    }

    @Override
    public List<Counted> recusals(Slice s) {
        Query q = new Query("SELECT x.officer_id, CASE WHEN x.case_id IS NOT NULL THEN 'CASE' "
                + "WHEN x.subject_id IS NOT NULL THEN 'SUBJECT' ELSE 'AGENCY' END, count(*) FROM recusal_declaration x "
                + "LEFT JOIN report_case r ON r.case_id = x.case_id WHERE " + DAY.formatted("x.declared_at")
                + " BETWEEN ? AND ?", s.from(), s.to());
        if (s.request().scheme() != null) {
            q.sql.append(" AND r.scheme_code = ?");
            q.params.add(s.request().scheme());
        }
        if (s.request().agency() != null) {
            q.sql.append(" AND coalesce(r.agency_code, x.agency_code) = ?");
            q.params.add(s.request().agency());
        }
        if (s.officer() != null) {
            q.sql.append(" AND x.officer_id = ?");
            q.params.add(s.officer());
        }
        return q.group("1, 2").run(2, 1);
    }

    @Override
    public List<Counted> fourEyes(Slice s, FourEyesPolicy policy) {
        Query q = new Query("SELECT " + eligible(policy, "r") + ", r.approved, count(*) FROM report_case r "
                + "WHERE r.closed_on BETWEEN ? AND ? AND r.closed_as = 'DECIDED'", s.from(), s.to());
        q.caseFilters(s, "r.");
        return q.group("1, 2").run(2, 1);
    }

    /**
     * 1 when nothing but the sample could have sent the case's final decision to a supervisor: it
     * gives back no more points than the scheme's threshold and takes no list entry down (a draft
     * departing from its drafter's own earlier one is not told apart here; docs/reports.md).
     */
    static String eligible(FourEyesPolicy policy, String alias) {
        StringBuilder threshold = new StringBuilder("CASE ").append(alias).append(".scheme_code");
        policy.pointsThresholdByScheme().forEach((scheme, points) -> {
            if (scheme.matches("[A-Z0-9_]+")) {
                threshold.append(" WHEN '").append(scheme).append("' THEN ").append(points.intValue());
            }
        });
        threshold.append(" ELSE ").append(policy.defaultPointsThreshold()).append(" END");
        String outcomes = "FROM report_outcome o WHERE o.case_id = " + alias + ".case_id";
        return "(coalesce((SELECT sum(CASE o.outcome WHEN 'REVERSED' THEN max(0, -o.points) WHEN 'AMENDED' THEN "
                + "CASE WHEN o.new_points IS NULL THEN 0 ELSE max(0, o.new_points - o.points) END ELSE 0 END) "
                + outcomes + "), 0) <= " + threshold + " AND NOT EXISTS (SELECT 1 " + outcomes
                + " AND o.outcome = 'REVERSED' AND o.entry_kind = 'LIST_ENTRY'))";
    }

    @Override
    public Map<String, LocalizedText> agencyNames() {
        Map<String, LocalizedText> names = new HashMap<>();
        try (PreparedStatement ps = connection.prepareStatement("SELECT code, name_zh, name_en FROM agency");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                names.put(rs.getString(1), new LocalizedText(rs.getString(2), rs.getString(3)));
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read the agencies", e);
        }
        return names;
    }

    @Override
    public Map<String, String> officerNames() {
        Map<String, String> names = new HashMap<>();
        try (PreparedStatement ps = connection.prepareStatement("SELECT id, display_name FROM officer");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                names.put(Long.toString(rs.getLong(1)), rs.getString(2));
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read the officers", e);
        }
        return names;
    }

    /** The cases behind a drill, under the slice's scheme, agency and scope, in id order. */
    public long[] caseIds(Drill drill, Slice s, FourEyesPolicy policy) {
        Query q = switch (drill.source()) {
            case CASES -> {
                Map<String, String> columns = new HashMap<>();
                for (String c : List.of("case_id", "received_on", "scheme_code", "agency_code", "region",
                        "rule_category", "status", "assignee_id", "deadline_on", "ack_deadline_on", "paused_since",
                        "acknowledged_on", "closed_on", "closed_as", "decision_id", "drafter_id", "approved")) {
                    columns.put(c, "r." + c);
                }
                columns.put("four_eyes_eligible", eligible(policy, "r"));
                Query built = drilled("SELECT r.case_id FROM report_case r WHERE ", drill, columns);
                // An officer's own decisions are those they drafted; their own caseload otherwise is what they hold.
                boolean drafted = drill.where().stream().anyMatch(w -> w.column().equals("drafter_id"));
                built.filters(s, "r.scheme_code", "r.agency_code", s.officer() == null ? null
                        : drafted ? "r.drafter_id = ?" : "r.assignee_id = ?");
                yield built;
            }
            case OUTCOMES -> {
                Query built = drilled("SELECT DISTINCT o.case_id FROM report_outcome o WHERE ", drill,
                        prefixed("o.", "case_id", "ledger_event_id", "decided_on", "outcome", "scheme_code", "rule_code",
                                "imposed_on", "agency_code", "region", "entry_kind", "points", "new_points"));
                built.filters(s, "o.scheme_code", "o.agency_code", s.officer() == null ? null
                        : "o.case_id IN (SELECT case_id FROM report_case WHERE assignee_id = ?)");
                yield built;
            }
            case CHECKS -> {
                Query built = drilled("SELECT c.id FROM appeal_case c WHERE c.subject_id IN (SELECT s.subject_id "
                        + "FROM score_check s WHERE ", drill, prefixed("s.", "subject_id", "scheme_code", "agency_code",
                        "imposed_on", "reported", "recomputed"));
                built.filters(s, "s.scheme_code", "s.agency_code", null);
                built.sql.append(")");
                if (s.officer() != null) {
                    built.sql.append(" AND c.assignee_id = ?");
                    built.params.add(s.officer());
                }
                yield built;
            }
            case ENTRIES -> {
                Query built = drilled("SELECT DISTINCT d.case_id FROM case_deduction d JOIN ledger_event l "
                        + "ON l.id = d.ledger_event_id WHERE ", drill, prefixed("l.", "scheme_code", "rule_code",
                        "imposed_on", "agency_code", "kind"));
                built.filters(s, "l.scheme_code", "l.agency_code", s.officer() == null ? null
                        : "d.case_id IN (SELECT case_id FROM report_case WHERE assignee_id = ?)");
                yield built;
            }
            case RETURNS -> {
                Map<String, String> columns = new HashMap<>(Map.of("returned_on", DAY.formatted("a.at"),
                        "drafter_id", "d.drafter_id", "comment", "a.comment"));
                Query built = drilled("SELECT DISTINCT d.case_id FROM approval a JOIN decision d ON d.id = a.decision_id "
                        + "JOIN report_case r ON r.case_id = d.case_id WHERE a.verdict = 'RETURNED' AND ", drill, columns);
                built.filters(s, "r.scheme_code", "r.agency_code", s.officer() == null ? null : "d.drafter_id = ?");
                yield built;
            }
            case RECUSALS -> {
                Map<String, String> columns = Map.of("declared_on", DAY.formatted("x.declared_at"),
                        "officer_id", "x.officer_id");
                Query built = drilled("SELECT DISTINCT c.id FROM recusal_declaration x JOIN appeal_case c "
                        + "ON c.id = x.case_id OR (x.case_id IS NULL AND c.subject_id = x.subject_id) WHERE ", drill,
                        columns);
                built.filters(s, "c.scheme_code", "c.agency_code", s.officer() == null ? null : "x.officer_id = ?");
                yield built;
            }
        };
        List<Counted> rows = q.run(0, 1);
        long[] ids = new long[rows.size()];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = rows.get(i).value(0);
        }
        java.util.Arrays.sort(ids);
        return ids;
    }

    private Query drilled(String head, Drill drill, Map<String, String> columns) {
        DrillSql.Fragment where = DrillSql.where(drill, columns);
        Query q = new Query(head + where.sql());
        q.params.addAll(where.params());
        return q;
    }

    private static Map<String, String> prefixed(String alias, String... names) {
        Map<String, String> columns = new HashMap<>();
        for (String n : names) {
            columns.put(n, alias + n);
        }
        return columns;
    }

    /** A statement being built: SQL, parameters, then grouped rows of string keys and long values. */
    private final class Query {
        final StringBuilder sql;
        final List<@Nullable Object> params = new ArrayList<>();

        Query(String head, Object... params) {
            this.sql = new StringBuilder(head);
            this.params.addAll(List.of(params));
        }

        /** The request's scheme and agency and an officer's own caseload, on report_case (alias prefix). */
        void caseFilters(Slice s, String prefix) {
            filters(s, prefix + "scheme_code", prefix + "agency_code", s.officer() == null ? null
                    : prefix + "assignee_id = ?");
        }

        void filters(Slice s, String scheme, String agency, @Nullable String officer) {
            if (s.request().scheme() != null) {
                sql.append(" AND ").append(scheme).append(" = ?");
                params.add(s.request().scheme());
            }
            if (s.request().agency() != null) {
                sql.append(" AND ").append(agency).append(" = ?");
                params.add(s.request().agency());
            }
            if (officer != null) {
                sql.append(" AND ").append(officer);
                params.add(s.officer());
            }
        }

        Query group(String by) {
            sql.append(" GROUP BY ").append(by);
            return this;
        }

        List<Counted> run(int keys, int values) {
            return Counted.query(connection, sql.toString(), params, keys, values);
        }
    }
}
