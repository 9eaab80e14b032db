package org.redress.demo;

import org.redress.domain.appeal.CaseStatus;
import org.redress.domain.calendar.WorkingDayCalendar;
import org.redress.store.Database;
import org.redress.store.Workspace;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a workspace holds, as the demo command reports it: counts by state and scheme, the open
 * cases that need attention on a given day (urgent, overdue, due within three working days,
 * waiting on the applicant), and the accounts. Read from the database, so it describes a workspace
 * made earlier just as well as one made now.
 *
 * @param dueSoonBy the last day counted as "due soon": three working days after {@code asOf}
 */
public record DemoSummary(Path workspace, LocalDate asOf, Map<String, String> settings, long subjects, long persons,
                          long organisations, long ledgerEntries, long evidenceFiles, long attachments, long notes,
                          long decisions, Map<CaseStatus, Long> byStatus, Map<String, Long> byScheme, long urgentOpen,
                          long overdue, LocalDate dueSoonBy, long dueSoon, List<Account> accounts) {

    /** An account as listed; the password is never read back (only its hash is stored). */
    public record Account(long id, String username, String displayName, String role, String agencyCode) {
    }

    public DemoSummary {
        settings = Collections.unmodifiableMap(new LinkedHashMap<>(settings));
        byStatus = Collections.unmodifiableMap(new EnumMap<>(byStatus));
        byScheme = Collections.unmodifiableMap(new LinkedHashMap<>(byScheme));
        accounts = List.copyOf(accounts);
    }

    /** Whether the workspace was made by the demo generator (an office's never is). */
    public boolean isDemo() {
        return Workspace.DEMO_KIND.equals(settings.get(Workspace.KIND_SETTING));
    }

    public long cases() {
        return byStatus.values().stream().mapToLong(Long::longValue).sum();
    }

    public long open() {
        return byStatus.entrySet().stream().filter(e -> e.getKey().isOpen()).mapToLong(Map.Entry::getValue).sum();
    }

    public long waitingOnApplicant() {
        return byStatus.getOrDefault(CaseStatus.AWAITING_INFORMATION, 0L);
    }

    public static DemoSummary read(Database database, LocalDate asOf, WorkingDayCalendar calendar) {
        LocalDate dueSoonBy = calendar.addWorkingDays(asOf, 3).value();
        return database.read(c -> {
            Map<CaseStatus, Long> byStatus = new EnumMap<>(CaseStatus.class);
            for (CaseStatus status : CaseStatus.values()) {
                byStatus.put(status, 0L);
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT status, count(*) FROM appeal_case GROUP BY status");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    byStatus.put(CaseStatus.valueOf(rs.getString(1)), rs.getLong(2));
                }
            }
            Map<String, Long> byScheme = new LinkedHashMap<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT scheme_code, count(*) FROM appeal_case GROUP BY scheme_code ORDER BY count(*) DESC, scheme_code");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    byScheme.put(rs.getString(1), rs.getLong(2));
                }
            }
            Map<String, String> settings = new LinkedHashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT key, value FROM settings ORDER BY key");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    settings.put(rs.getString(1), rs.getString(2));
                }
            }
            List<Account> accounts = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT id, username, display_name, role, ifnull(agency_code, '') FROM officer ORDER BY id");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    accounts.add(new Account(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)));
                }
            }
            String open = "status IN ('RECEIVED', 'ASSIGNED', 'IN_REVIEW', 'AWAITING_INFORMATION', 'DECISION_DRAFTED', "
                    + "'AWAITING_APPROVAL')";
            String today = asOf.toString();
            return new DemoSummary(database.workspace().root(), asOf, settings,
                    count(c, "SELECT count(*) FROM subject"),
                    count(c, "SELECT count(*) FROM subject WHERE kind = 'PERSON'"),
                    count(c, "SELECT count(*) FROM subject WHERE kind = 'ORGANISATION'"),
                    count(c, "SELECT count(*) FROM ledger_event"),
                    count(c, "SELECT count(*) FROM evidence_blob"),
                    count(c, "SELECT count(*) FROM attachment"),
                    count(c, "SELECT count(*) FROM note"),
                    count(c, "SELECT count(*) FROM decision"),
                    byStatus, byScheme,
                    count(c, "SELECT count(*) FROM appeal_case WHERE " + open + " AND priority = 'URGENT'"),
                    count(c, "SELECT count(*) FROM appeal_case WHERE " + open + " AND deadline_on < ?", today),
                    dueSoonBy,
                    count(c, "SELECT count(*) FROM appeal_case WHERE " + open + " AND deadline_on BETWEEN ? AND ?", today,
                            dueSoonBy.toString()),
                    accounts);
        });
    }

    private static long count(Connection c, String sql, String... parameters) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                ps.setString(i + 1, parameters[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
