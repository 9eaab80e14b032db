package org.redress.hub.reports;

import org.jspecify.annotations.Nullable;
import org.redress.domain.access.Role;
import org.redress.domain.appeal.FourEyesPolicy;
import org.redress.domain.calendar.WorkingDayCalendar;
import org.redress.domain.scheme.Catalog;
import org.redress.domain.scheme.LocalizedText;
import org.redress.hub.accounts.Caller;
import org.redress.hub.accounts.OfficeSettings;
import org.redress.hub.db.HubDatabase;
import org.redress.hub.http.HttpProblem;
import org.redress.reports.Report;
import org.redress.reports.ReportBuilder;
import org.redress.reports.ReportName;
import org.redress.reports.ReportRequest;
import org.redress.reports.RuleVersion;
import org.redress.reports.Scope;
import org.redress.reports.Slice;
import org.redress.reports.Thresholds;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The hub's reports for the account asking: a supervisor or auditor reads their own office, and
 * every office of the regions granted to their account ({@link Regions}); an officer or an
 * administrator reads none (403, with the reason). The figures are the workstation's
 * ({@link ReportBuilder}), counted from the hub's aggregates ({@link HubReportSql}).
 */
public final class HubReports {

    /** The calendar's zone: the hub's "today" for figures about now. */
    static final ZoneId OFFICE_ZONE = ZoneId.of("Asia/Shanghai");

    private final HubDatabase db;
    private final Catalog catalog;
    private final ReportBuilder builder;
    private final Clock clock;
    private volatile boolean versionsChecked;

    public HubReports(HubDatabase db, Catalog catalog, WorkingDayCalendar calendar, Clock clock) {
        this.db = db;
        this.catalog = catalog;
        this.builder = new ReportBuilder(catalog, calendar);
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(OFFICE_ZONE));
    }

    /**
     * The offices {@code caller} may read, or just {@code office} when named (and theirs to read).
     *
     * @throws HttpProblem 403 for an officer, an administrator, or an office outside the caller's
     */
    public List<String> offices(Caller caller, @Nullable String office) throws SQLException {
        if (caller.role() != Role.SUPERVISOR && caller.role() != Role.AUDITOR) {
            throw HttpProblem.forbidden(caller.role() == Role.ADMINISTRATOR
                    ? "an administrator runs the office's accounts and devices and is given no case data, reports included"
                    : "reports are for supervisors and auditors; an officer's own caseload is on their workstation")
                    .withCode("NO_REPORTS");
        }
        Set<String> allowed = new LinkedHashSet<>();
        allowed.add(caller.officeCode());
        try (Connection c = db.connection()) {
            allowed.addAll(Regions.officesOf(c, caller.officerId()));
        }
        if (office == null || office.isBlank()) {
            return List.copyOf(allowed);
        }
        if (!allowed.contains(office.strip())) {
            throw HttpProblem.forbidden("office " + office.strip() + " is not yours to report on: neither your own "
                    + "office nor one of a region granted to your account").withCode("NOT_YOUR_OFFICE");
        }
        return List.of(office.strip());
    }

    /** A report over {@code offices} (as {@link #offices} gave them). */
    public Report report(List<String> offices, ReportName name, ReportRequest request) throws SQLException {
        syncVersions();
        LocalDate today = today();
        try (Connection c = db.connection()) {
            c.setReadOnly(true);
            c.setAutoCommit(false);
            // One snapshot for every read of the report.
            try (Statement st = c.createStatement()) {
                st.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ");
            }
            try {
                Slice slice = new Slice(request, today, null, offices);
                FourEyesPolicy policy = new FourEyesPolicy(0, Map.of(), OfficeSettings.sampleRate(c, offices.getFirst()));
                return builder.build(name, new HubReportSql(c), slice, scope(c, offices), Thresholds.from(Map.of()),
                        policy, null, clock.instant());
            } finally {
                c.rollback();
            }
        }
    }

    private static Scope scope(Connection c, List<String> offices) throws SQLException {
        List<LocalizedText> names = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT name FROM office WHERE code = ?")) {
            for (String code : offices) {
                ps.setString(1, code);
                try (ResultSet rs = ps.executeQuery()) {
                    String name = rs.next() ? rs.getString(1) : code;
                    names.add(new LocalizedText(name, name));
                }
            }
        }
        return new Scope(offices, names, "");
    }

    /**
     * Writes the catalog's versions of rules with more than one to report_rule_version when they
     * differ from those stored, and then counts the aggregates again (once per start, at most).
     */
    void syncVersions() throws SQLException {
        if (versionsChecked) {
            return;
        }
        synchronized (this) {
            if (versionsChecked) {
                return;
            }
            List<RuleVersion> wanted = RuleVersion.multiVersion(catalog);
            db.inTransaction(c -> {
                List<RuleVersion> held = new ArrayList<>();
                try (Statement st = c.createStatement();
                     ResultSet rs = st.executeQuery("SELECT scheme_code, rule_code, valid_from, valid_to "
                             + "FROM report_rule_version ORDER BY 1, 2, 3")) {
                    while (rs.next()) {
                        LocalDate to = rs.getObject(4, LocalDate.class);
                        held.add(new RuleVersion(rs.getString(1), rs.getString(2), rs.getObject(3, LocalDate.class),
                                to.getYear() == 9999 ? null : to));
                    }
                }
                List<RuleVersion> sorted = new ArrayList<>(wanted);
                sorted.sort(java.util.Comparator.comparing(RuleVersion::scheme).thenComparing(RuleVersion::rule)
                        .thenComparing(RuleVersion::from));
                if (held.equals(sorted)) {
                    return null;
                }
                try (Statement st = c.createStatement()) {
                    st.execute("LOCK TABLE report_rule_version IN EXCLUSIVE MODE");
                    st.execute("DELETE FROM report_rule_version");
                }
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO report_rule_version "
                        + "(scheme_code, rule_code, valid_from, valid_to) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING")) {
                    for (RuleVersion v : sorted) {
                        ps.setString(1, v.scheme());
                        ps.setString(2, v.rule());
                        ps.setObject(3, v.from());
                        ps.setObject(4, v.to() == null ? LocalDate.of(9999, 12, 31) : v.to());
                        ps.addBatch();
                    }
                    ps.executeBatch();
                }
                try (Statement st = c.createStatement()) {
                    st.execute("SELECT report_reaggregate()");
                }
                return null;
            });
            versionsChecked = true;
        }
    }
}
