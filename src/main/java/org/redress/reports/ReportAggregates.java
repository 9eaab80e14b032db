package org.redress.reports;

import org.redress.domain.scheme.Catalog;
import org.redress.store.StoreException;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The report aggregates (V62: {@code report_agg_*}), which triggers keep in the transaction of every
 * change to {@code report_case} and {@code report_outcome}. This class holds what the triggers cannot:
 * the rule versions from the catalog ({@code report_rule_version}), and the aggregates' backfill, the
 * same grouping the migration ran, to rebuild them (after the versions change, or to check them).
 */
public final class ReportAggregates {

    private static final LocalDate OPEN_END = LocalDate.of(9999, 12, 31);

    /** Each aggregate table and the statement that fills it from the report tables. */
    static final List<Map.Entry<String, String>> BACKFILL = List.of(
            Map.entry("report_agg_received", """
                    INSERT INTO report_agg_received (scheme_code, agency_code, received_on, ack_deadline_on, acknowledged_on, cases)
                    SELECT CASE x.l WHEN 0 THEN R.scheme_code ELSE '*' END, CASE y.l WHEN 0 THEN R.agency_code ELSE '*' END, R.received_on, R.ack_deadline_on, coalesce(R.acknowledged_on, ''), count(*)
                    FROM report_case R, (SELECT 0 AS l UNION ALL SELECT 1) x, (SELECT 0 AS l UNION ALL SELECT 1) y WHERE 1
                    GROUP BY 1, 2, 3, 4, 5"""),
            Map.entry("report_agg_open", """
                    INSERT INTO report_agg_open (scheme_code, agency_code, status, received_on, deadline_on, paused_since, cases)
                    SELECT CASE x.l WHEN 0 THEN R.scheme_code ELSE '*' END, CASE y.l WHEN 0 THEN R.agency_code ELSE '*' END, R.status, R.received_on, coalesce(R.deadline_on, ''), coalesce(R.paused_since, ''), count(*)
                    FROM report_case R, (SELECT 0 AS l UNION ALL SELECT 1) x, (SELECT 0 AS l UNION ALL SELECT 1) y WHERE R.status IN ('RECEIVED', 'ASSIGNED', 'IN_REVIEW', 'AWAITING_INFORMATION', 'DECISION_DRAFTED', 'AWAITING_APPROVAL')
                    GROUP BY 1, 2, 3, 4, 5, 6"""),
            Map.entry("report_agg_open_assignee", """
                    INSERT INTO report_agg_open_assignee (scheme_code, agency_code, assignee_id, deadline_on, cases)
                    SELECT CASE x.l WHEN 0 THEN R.scheme_code ELSE '*' END, CASE y.l WHEN 0 THEN R.agency_code ELSE '*' END, coalesce(R.assignee_id, 0), coalesce(R.deadline_on, ''), count(*)
                    FROM report_case R, (SELECT 0 AS l UNION ALL SELECT 1) x, (SELECT 0 AS l UNION ALL SELECT 1) y WHERE R.status IN ('RECEIVED', 'ASSIGNED', 'IN_REVIEW', 'AWAITING_INFORMATION', 'DECISION_DRAFTED', 'AWAITING_APPROVAL')
                    GROUP BY 1, 2, 3, 4"""),
            Map.entry("report_agg_closed", """
                    INSERT INTO report_agg_closed (scheme_code, agency_code, closed_as, closed_on, received_on, deadline_on, cases)
                    SELECT CASE x.l WHEN 0 THEN R.scheme_code ELSE '*' END, CASE y.l WHEN 0 THEN R.agency_code ELSE '*' END, R.closed_as, R.closed_on, R.received_on, coalesce(R.deadline_on, ''), count(*)
                    FROM report_case R, (SELECT 0 AS l UNION ALL SELECT 1) x, (SELECT 0 AS l UNION ALL SELECT 1) y WHERE R.closed_on IS NOT NULL AND R.closed_as IN ('DECIDED', 'NOT_ADMISSIBLE')
                    GROUP BY 1, 2, 3, 4, 5, 6"""),
            Map.entry("report_agg_decided", """
                    INSERT INTO report_agg_decided (scheme_code, agency_code, closed_on, drafter_id, approved, given_back, list_reversed, cases)
                    SELECT R.scheme_code, CASE y.l WHEN 0 THEN R.agency_code ELSE '*' END, R.closed_on, coalesce(R.drafter_id, 0), R.approved, R.given_back, R.list_reversed, count(*)
                    FROM report_case R, (SELECT 0 AS l UNION ALL SELECT 1) y WHERE R.closed_on IS NOT NULL AND R.closed_as = 'DECIDED'
                    GROUP BY 1, 2, 3, 4, 5, 6, 7"""),
            Map.entry("report_agg_rule", """
                    INSERT INTO report_agg_rule (scheme_code, agency_code, decided_on, rule_code, version_from, decided, overturned)
                    SELECT R.scheme_code, CASE y.l WHEN 0 THEN R.agency_code ELSE '*' END, R.decided_on, R.rule_code, coalesce((SELECT v.valid_from FROM report_rule_version v WHERE v.scheme_code = R.scheme_code AND v.rule_code = R.rule_code AND R.imposed_on BETWEEN v.valid_from AND v.valid_to ORDER BY v.valid_from LIMIT 1), ''), count(*), sum(R.outcome IN ('REVERSED', 'AMENDED'))
                    FROM report_outcome R, (SELECT 0 AS l UNION ALL SELECT 1) y WHERE R.outcome IN ('UPHELD', 'REVERSED', 'AMENDED')
                    GROUP BY 1, 2, 3, 4, 5"""),
            Map.entry("report_agg_region", """
                    INSERT INTO report_agg_region (scheme_code, agency_code, decided_on, region, decided, overturned)
                    SELECT CASE x.l WHEN 0 THEN R.scheme_code ELSE '*' END, CASE y.l WHEN 0 THEN R.agency_code ELSE '*' END, R.decided_on, R.region, count(*), sum(R.outcome IN ('REVERSED', 'AMENDED'))
                    FROM report_outcome R, (SELECT 0 AS l UNION ALL SELECT 1) x, (SELECT 0 AS l UNION ALL SELECT 1) y WHERE R.outcome IN ('UPHELD', 'REVERSED', 'AMENDED')
                    GROUP BY 1, 2, 3, 4"""));
    private ReportAggregates() {
    }

    /** The aggregate tables, in the order {@link #rebuild} fills them. */
    public static List<String> tables() {
        return BACKFILL.stream().map(Map.Entry::getKey).toList();
    }

    /** Empties every aggregate and fills it again from report_case and report_outcome. */
    public static void rebuild(Connection c) {
        for (Map.Entry<String, String> table : BACKFILL) {
            rebuild(c, table);
        }
    }

    private static void rebuild(Connection c, Map.Entry<String, String> table) {
        try (Statement st = c.createStatement()) {
            st.executeUpdate("DELETE FROM " + table.getKey());
            st.executeUpdate(table.getValue());
        } catch (SQLException e) {
            throw new StoreException("cannot rebuild a report aggregate", e);
        }
    }

    /** Whether {@code report_rule_version} holds exactly the catalog's versions of rules with more than one. */
    public static boolean versionsCurrent(Connection c, Catalog catalog) {
        return stored(c).equals(wanted(catalog));
    }

    /**
     * Writes the catalog's rule versions when they differ from those stored, and then counts every
     * outcome again under its version; returns whether anything changed. Call in a write transaction.
     */
    public static boolean syncVersions(Connection c, Catalog catalog) {
        List<List<String>> wanted = wanted(catalog);
        if (stored(c).equals(wanted)) {
            return false;
        }
        try (Statement st = c.createStatement();
             PreparedStatement ps = c.prepareStatement("INSERT INTO report_rule_version (scheme_code, rule_code, "
                     + "valid_from, valid_to) VALUES (?, ?, ?, ?)")) {
            st.executeUpdate("DELETE FROM report_rule_version");
            for (List<String> v : wanted) {
                for (int i = 0; i < 4; i++) {
                    ps.setString(i + 1, v.get(i));
                }
                ps.executeUpdate();
            }
        } catch (SQLException e) {
            throw new StoreException("cannot write the rule versions", e);
        }
        BACKFILL.stream().filter(t -> t.getKey().equals("report_agg_rule")).forEach(t -> rebuild(c, t));
        return true;
    }

    private static List<List<String>> wanted(Catalog catalog) {
        List<List<String>> out = new ArrayList<>();
        for (RuleVersion v : OutcomeFigures.multiVersion(catalog)) {
            out.add(List.of(v.scheme(), v.rule(), v.from().toString(), (v.to() == null ? OPEN_END : v.to()).toString()));
        }
        out.sort(java.util.Comparator.comparing((List<String> v) -> v.get(0)).thenComparing(v -> v.get(1))
                .thenComparing(v -> v.get(2)));
        return out.stream().distinct().toList();
    }

    private static List<List<String>> stored(Connection c) {
        List<List<String>> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT scheme_code, rule_code, valid_from, valid_to "
                + "FROM report_rule_version ORDER BY scheme_code, rule_code, valid_from");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(List.of(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)));
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read the rule versions", e);
        }
        return out;
    }
}
