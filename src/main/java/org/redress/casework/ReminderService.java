package org.redress.casework;

import org.jspecify.annotations.Nullable;
import org.redress.domain.access.Officer;
import org.redress.domain.access.Permission;
import org.redress.domain.access.Role;
import org.redress.domain.calendar.WorkingDayCalendar;
import org.redress.domain.scheme.Catalog;
import org.redress.security.Authorization;
import org.redress.store.Database;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What the notifications panel and the status bar's count show an officer: each deadline of their
 * cases that falls within the scheme's reminder window (N working days ahead, or already passed) —
 * acknowledging receipt (while the case is received or assigned), the applicant's reply-by, deciding — and each lapsed request awaiting their
 * choice; a supervisor also sees every extension request awaiting a decision and every breach
 * recorded on a case still open. A reminder whose date was counted over a year without its
 * published holiday notice carries the caveat.
 */
public final class ReminderService {

    /** What a reminder is about. */
    public enum Kind { ACKNOWLEDGE, REPLY_DUE, LAPSED, DECIDE, EXTENSION_PENDING, BREACHED }

    /**
     * @param workingDaysLeft from today to {@code due}: positive ahead, 0 due today, negative overdue
     * @param caveat          the date was counted over a year without a published notice
     * @param extensionId     the pending extension request (EXTENSION_PENDING), else null
     */
    public record Reminder(Kind kind, long caseId, String caseNo, LocalDate due, int workingDaysLeft, boolean caveat,
                           @Nullable Long extensionId) {
        public boolean overdue() {
            return workingDaysLeft < 0;
        }
    }

    static final int LIMIT = 500;
    private static final String OPEN = "('RECEIVED', 'ASSIGNED', 'IN_REVIEW', 'AWAITING_INFORMATION', 'DECISION_DRAFTED', 'AWAITING_APPROVAL')";

    private final Database database;
    private final Catalog catalog;
    private final WorkingDayCalendar calendar;
    private final Clock clock;

    public ReminderService(Database database, Catalog catalog, WorkingDayCalendar calendar, Clock clock) {
        this.database = database;
        this.catalog = catalog;
        this.calendar = calendar;
        this.clock = clock;
    }

    /** The officer's reminders, most urgent first (at most {@value #LIMIT}). */
    public List<Reminder> reminders(Officer actor) {
        Authorization.require(actor, Permission.READ_CASES);
        if (!actor.role().may(Permission.WORK_CASES)) {
            return List.of();
        }
        LocalDate today = LocalDate.now(clock);
        List<Reminder> out = database.read(c -> {
            List<Reminder> list = new ArrayList<>();
            mine(c, Officers.storeId(actor), today, list);
            if (actor.role() == Role.SUPERVISOR) {
                supervised(c, today, list);
            }
            return list;
        });
        out.sort(Comparator.comparingInt(Reminder::workingDaysLeft).thenComparing(Reminder::caseNo));
        return out.size() > LIMIT ? List.copyOf(out.subList(0, LIMIT)) : List.copyOf(out);
    }

    private void mine(Connection c, long officerId, LocalDate today, List<Reminder> out) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT a.id, a.case_no, a.scheme_code, a.status, a.received_on, a.deadline_on, a.ack_deadline_on,
                       a.acknowledged_on,
                       (SELECT r.reply_by || '|' || r.state || '|' || ifnull(r.lapse_choice, '') FROM information_request r
                        WHERE r.case_id = a.id ORDER BY r.id DESC LIMIT 1)
                FROM appeal_case a WHERE a.assignee_id = ? AND a.status IN""" + OPEN + " LIMIT " + (LIMIT * 4))) {
            ps.setLong(1, officerId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    String caseNo = rs.getString(2);
                    int window = CaseDeadlines.deadlineTerms(catalog, rs.getString(3)).reminderWorkingDays();
                    String status = rs.getString(4);
                    LocalDate received = LocalDate.parse(rs.getString(5));
                    // Acknowledging is the intake's step: reminded of until review starts (cases made before
                    // acknowledgements were tracked would otherwise all show as overdue).
                    if (rs.getString(8) == null && (status.equals("RECEIVED") || status.equals("ASSIGNED"))) {
                        add(out, Kind.ACKNOWLEDGE, id, caseNo, received, LocalDate.parse(rs.getString(7)), today, window);
                    }
                    String deadline = rs.getString(6);
                    if (deadline != null) {
                        add(out, Kind.DECIDE, id, caseNo, received, LocalDate.parse(deadline), today, window);
                    }
                    String request = rs.getString(9);
                    if (request != null && status.equals("AWAITING_INFORMATION")) {
                        String[] parts = request.split("\\|", -1);
                        LocalDate replyBy = LocalDate.parse(parts[0]);
                        if (parts[1].equals("OPEN")) {
                            add(out, Kind.REPLY_DUE, id, caseNo, today, replyBy, today, window);
                        } else if (parts[1].equals("LAPSED") && parts[2].isEmpty()) {
                            add(out, Kind.LAPSED, id, caseNo, today, replyBy, today, Integer.MAX_VALUE);
                        }
                    }
                }
            }
        }
    }

    private void supervised(Connection c, LocalDate today, List<Reminder> out) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT a.id, a.case_no, a.received_on, a.deadline_on, e.id FROM extension_request e
                JOIN appeal_case a ON a.id = e.case_id WHERE e.state = 'PENDING' ORDER BY e.id LIMIT ?""")) {
            ps.setInt(1, LIMIT);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    LocalDate received = LocalDate.parse(rs.getString(3));
                    LocalDate due = rs.getString(4) == null ? today : LocalDate.parse(rs.getString(4));
                    out.add(new Reminder(Kind.EXTENSION_PENDING, rs.getLong(1), rs.getString(2), due,
                            calendar.workingDaysBetween(today, due).value(), CaseDeadlines.caveat(calendar, received, due),
                            rs.getLong(5)));
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT a.id, a.case_no, a.received_on, b.deadline_on FROM deadline_breach b
                JOIN appeal_case a ON a.id = b.case_id AND a.deadline_on = b.deadline_on
                WHERE a.status IN""" + OPEN + " ORDER BY b.deadline_on LIMIT ?")) {
            ps.setInt(1, LIMIT);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    LocalDate due = LocalDate.parse(rs.getString(4));
                    out.add(new Reminder(Kind.BREACHED, rs.getLong(1), rs.getString(2), due,
                            calendar.workingDaysBetween(today, due).value(),
                            CaseDeadlines.caveat(calendar, LocalDate.parse(rs.getString(3)), due), null));
                }
            }
        }
    }

    private void add(List<Reminder> out, Kind kind, long id, String caseNo, LocalDate countedFrom, LocalDate due,
                     LocalDate today, int window) {
        int left = calendar.workingDaysBetween(today, due).value();
        if (left <= window) {
            out.add(new Reminder(kind, id, caseNo, due, left, CaseDeadlines.caveat(calendar, countedFrom, due), null));
        }
    }
}
