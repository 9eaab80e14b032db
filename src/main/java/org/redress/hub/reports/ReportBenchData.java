package org.redress.hub.reports;

import org.redress.hub.db.HubDatabase;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Data for {@code redress bench hub-report}: {@code n} cases of {@link #OFFICES} offices written by
 * SQL (generate_series) straight into the hub's per-case report rows ({@code report_case}, and one
 * disputed entry's outcome per decided case in {@code report_outcome}) with the aggregate triggers
 * off, then counted into the aggregates by {@code report_reaggregate()} — the rows the triggers would
 * have kept had the cases come through pushes (which {@code HubReportsTest} checks). Received over
 * the three years up to today, each attribute drawn from its own bytes of an MD5 of the case's number
 * (independent, so the aggregates compress only as much as real data would); two schemes, six agencies, twelve regions, forty officers; three in
 * four decided, open cases only among those received in the last 120 days. Bench data only.
 */
public final class ReportBenchData {

    public static final int OFFICES = 10;

    private ReportBenchData() {
    }

    /** The bench's office codes (B01 …). */
    public static List<String> offices() {
        List<String> codes = new ArrayList<>();
        for (int i = 1; i <= OFFICES; i++) {
            codes.add(String.format("B%02d", i));
        }
        return codes;
    }

    /** How many cases the report rows hold now. */
    public static long cases(HubDatabase db) throws SQLException {
        try (Connection c = db.connection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*) FROM report_case")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Empties the report rows and writes {@code n} cases; returns the milliseconds each step took. */
    public static long[] fill(HubDatabase db, long n) throws SQLException {
        long[] ms = new long[3];
        try (Connection c = db.connection(); Statement st = c.createStatement()) {
            for (String office : offices()) {
                try (PreparedStatement ps = c.prepareStatement(
                        "INSERT INTO office (code, name) VALUES (?, ?) ON CONFLICT DO NOTHING")) {
                    ps.setString(1, office);
                    ps.setString(2, "Bench office " + office);
                    ps.executeUpdate();
                }
            }
            st.execute("ALTER TABLE report_case DISABLE TRIGGER report_case_aggregate");
            st.execute("ALTER TABLE report_outcome DISABLE TRIGGER report_outcome_aggregate");
            try {
                st.execute("TRUNCATE report_case, report_outcome");
                // Keys on random ids are built once at the end, not row by row (a random B-tree insert each).
                st.execute("ALTER TABLE report_case DROP CONSTRAINT report_case_pkey");
                st.execute("ALTER TABLE report_outcome DROP CONSTRAINT report_outcome_pkey");
                long t0 = System.nanoTime();
                st.execute("""
                        INSERT INTO report_case (case_id, office_code, scheme_code, agency_code, region, received_on,
                            ack_deadline_on, deadline_on, status, assignee, paused_since, acknowledged_on, closed_on,
                            closed_as, decision_id, drafter, approved)
                        SELECT md5(i::text)::uuid, 'B' || lpad((1 + h1 % 10)::text, 2, '0'),
                               CASE WHEN h2 % 4 = 0 THEN 'PLATFORM_SCORE' ELSE 'RONGCHENG_POINTS' END,
                               'AG-' || (h3 % 6), 'REG-' || (h4 % 12), rec, rec + 5, rec + 60,
                               st, CASE WHEN st <> 'RECEIVED' THEN 'officer' || (h5 % 40) END,
                               CASE WHEN st = 'AWAITING_INFORMATION' THEN least(rec + 10, current_date) END,
                               CASE WHEN st <> 'RECEIVED' THEN least(rec + (h6 % 7)::int, current_date) END,
                               CASE WHEN st IN ('DECIDED', 'NOT_ADMISSIBLE', 'WITHDRAWN')
                                    THEN least(rec + (20 + h7 % 60)::int, current_date) END,
                               CASE WHEN st IN ('DECIDED', 'NOT_ADMISSIBLE', 'WITHDRAWN') THEN st END,
                               CASE WHEN st = 'DECIDED' THEN md5('d' || i)::uuid END,
                               CASE WHEN st = 'DECIDED' THEN 'officer' || (h5 % 40) END,
                               st = 'DECIDED' AND h6 % 10 = 0
                        FROM (SELECT i, rec, h1, h2, h3, h4, h5, h6, h7,
                                     CASE WHEN rec > current_date - 120 AND r % 100 >= 85
                                          THEN (ARRAY['RECEIVED', 'ASSIGNED', 'IN_REVIEW', 'AWAITING_INFORMATION',
                                                      'DECISION_DRAFTED', 'AWAITING_APPROVAL'])[1 + h7 % 6]
                                          WHEN r % 100 < 85 THEN 'DECIDED'
                                          WHEN r % 100 < 95 THEN 'NOT_ADMISSIBLE' ELSE 'WITHDRAWN' END AS st
                              FROM (SELECT i, current_date - (i * 7919 % 1096)::int AS rec, get_byte(d, 0) AS r,
                                           get_byte(d, 1) AS h1, get_byte(d, 2) AS h2, get_byte(d, 3) AS h3,
                                           get_byte(d, 4) AS h4, get_byte(d, 5) AS h5, get_byte(d, 6) AS h6,
                                           get_byte(d, 7) AS h7
                                    FROM (SELECT i, decode(md5('c' || i), 'hex') AS d
                                          FROM generate_series(1::bigint, ?::bigint) i) x) g) s""".replace("?", Long.toString(n)));
                ms[0] = (System.nanoTime() - t0) / 1_000_000;
                t0 = System.nanoTime();
                st.execute("""
                        INSERT INTO report_outcome (case_id, entry_no, office_code, decided_on, outcome, scheme_code,
                            rule_code, imposed_on, agency_code, region)
                        SELECT case_id, 1, office_code, closed_on,
                               CASE WHEN h < 6 THEN 'UPHELD' WHEN h < 9 THEN 'REVERSED' ELSE 'AMENDED' END,
                               scheme_code,
                               CASE WHEN scheme_code = 'PLATFORM_SCORE' THEN 'PS-FIN-0' ELSE 'RC-FIN-0' END || (1 + h % 3),
                               received_on - 30, agency_code, region
                        FROM (SELECT *, abs(hashtext(case_id::text)) % 10 AS h FROM report_case
                              WHERE closed_as = 'DECIDED') d""");
                ms[1] = (System.nanoTime() - t0) / 1_000_000;
                t0 = System.nanoTime();
                st.execute("ALTER TABLE report_case ADD PRIMARY KEY (case_id)");
                st.execute("ALTER TABLE report_outcome ADD PRIMARY KEY (case_id, entry_no)");
                st.execute("SELECT report_reaggregate()");
                st.execute("ANALYZE");
                ms[2] = (System.nanoTime() - t0) / 1_000_000;
            } finally {
                st.execute("ALTER TABLE report_case ENABLE TRIGGER report_case_aggregate");
                st.execute("ALTER TABLE report_outcome ENABLE TRIGGER report_outcome_aggregate");
            }
        }
        return ms;
    }

    /** Rows in each aggregate table, and in the per-case rows, for the bench's report. */
    public static List<String> sizes(HubDatabase db) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = db.connection(); Statement st = c.createStatement()) {
            for (String t : List.of("report_case", "report_outcome", "report_agg_received", "report_agg_open",
                    "report_agg_open_assignee", "report_agg_closed", "report_agg_decided", "report_agg_rule",
                    "report_agg_region")) {
                try (ResultSet rs = st.executeQuery("SELECT count(*), pg_size_pretty(pg_total_relation_size('" + t
                        + "')) FROM " + t)) {
                    rs.next();
                    out.add(t + " " + String.format("%,d", rs.getLong(1)) + " rows, " + rs.getString(2));
                }
            }
        }
        return out;
    }

    /**
     * The plain GROUP BY over the per-case rows that each report would otherwise read most: open and
     * closed cases by status for caseload, decided outcomes by rule for outcomes, cases by assignee for
     * people (over the given offices and the last year). Returns the number of groups.
     */
    public static long plainGroupBy(HubDatabase db, String report, List<String> offices) throws SQLException {
        String sql = switch (report) {
            case "outcomes" -> "SELECT scheme_code, rule_code, count(*), count(*) FILTER (WHERE outcome IN "
                    + "('REVERSED', 'AMENDED')) FROM report_outcome WHERE office_code = ANY (?) "
                    + "AND decided_on > current_date - 365 GROUP BY 1, 2";
            case "people" -> "SELECT assignee, count(*) FROM report_case WHERE office_code = ANY (?) GROUP BY 1";
            default -> "SELECT status, count(*) FROM report_case WHERE office_code = ANY (?) GROUP BY 1";
        };
        try (Connection c = db.connection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setArray(1, c.createArrayOf("text", offices.toArray()));
            long groups = 0;
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    groups++;
                }
            }
            return groups;
        }
    }
}
