package org.redress.casework;

import org.jspecify.annotations.Nullable;
import org.redress.domain.access.Officer;
import org.redress.domain.access.Permission;
import org.redress.security.Authorization;
import org.redress.domain.appeal.AppealCase;
import org.redress.domain.appeal.CaseAction;
import org.redress.domain.appeal.ReasonCode;
import org.redress.domain.appeal.Rejection;
import org.redress.domain.appeal.ReopenReason;
import org.redress.domain.appeal.Ruling;
import org.redress.domain.calendar.WorkingDayCalendar;
import org.redress.domain.scheme.Catalog;
import org.redress.letters.IssuedLetter;
import org.redress.letters.IssuedLetters;
import org.redress.store.CaseRepository;
import org.redress.store.CaseRow;
import org.redress.store.Database;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Reopening a decided case (issue 19, item 6): a supervisor — only a supervisor, who need not
 * stand aside from the case — takes a decided case (decided, its letter issued, or closed) back into
 * review with a reason code ({@link ReopenReason}) and a written explanation. The case returns to
 * IN_REVIEW with its assignee and a fresh decision deadline (the scheme's working days from today);
 * the history says who reopened it and why, and {@code case_reopening} keeps the decision and the
 * letter that were in force. The next decision supersedes the earlier one (a draft names the latest
 * decision it replaces) and the next letter the earlier letter, which verification then reports as
 * superseded after the reopening. Synced as a {@code case.action} REOPEN with its reason code; the
 * hub applies the same rule (role, state, recusal) and refuses an officer.
 */
public final class ReopenService {

    /** The case_event action of a reopening; its detail is "REASON: explanation". */
    public static final String REOPENED = "REOPENED";  // read by letters.Reopenings for verification

    private final Database database;
    private final Catalog catalog;
    private final WorkingDayCalendar calendar;
    private final Clock clock;

    public ReopenService(Database database, Catalog catalog, WorkingDayCalendar calendar, Clock clock) {
        this.database = database;
        this.catalog = catalog;
        this.calendar = calendar;
        this.clock = clock;
    }

    /** One reopening of a case as stored. */
    public record Reopening(long id, long caseId, Instant reopenedAt, long reopenedBy, ReopenReason reason,
                            String text, String fromStatus, @Nullable Long decisionId, @Nullable Long letterId,
                            @Nullable LocalDate deadlineOn) {
    }

    /**
     * Reopens the case as {@code actor}.
     *
     * @throws org.redress.store.StaleCaseException when the case changed since {@code expectedVersion}
     */
    public ActionResult reopen(long caseId, long expectedVersion, Officer actor, @Nullable ReopenReason reason,
                               @Nullable String explanation) {
        var byRole = RoleCheck.refusal(actor, CaseAction.REOPEN);
        if (byRole.isPresent()) {
            return new ActionResult.Refused(byRole.get());
        }
        String text = explanation == null ? "" : explanation.strip();
        if (reason == null || text.isEmpty()) {
            return new ActionResult.Refused(Rejection.of(ReasonCode.REOPEN_REASON_REQUIRED));
        }
        return database.writeAndWait(c -> {
            GateCheck gate = GateCheck.read(c, caseId, expectedVersion, actor, clock, catalog);
            CaseRow row = gate.row();
            LocalDate today = LocalDate.now(clock);
            Ruling<AppealCase> ruling = gate.apply(c, CaseAction.REOPEN, actor, null, today);
            if (ruling.refusal().isPresent()) {
                return new ActionResult.Refused(ruling.refusal().get());
            }
            long actorId = Officers.storeId(actor);
            Long decisionId = new CaseRecords(c).latestDecision(caseId);
            Long letterId = new IssuedLetters(c, database.workspace()).current(caseId).map(IssuedLetter::id).orElse(null);
            CaseRepository cases = new CaseRepository(c, clock);
            String detail = reason.name() + ": " + text;
            CaseRow now = cases.changeStatus(caseId, row.version(), ruling.grantedValue().orElseThrow().status(),
                    actorId, detail);
            int days = CaseDeadlines.terms(catalog, row.schemeCode()).decideWithinWorkingDays();
            LocalDate due = calendar.addWorkingDays(today, days).value();
            now = cases.reschedule(caseId, now.version(), due, null, actorId,
                    "reopened on " + today + "; deadline " + due);
            long id = insert(c, caseId, actorId, reason, text, row.status().name(), decisionId, letterId, due);
            cases.appendEvent(caseId, actorId, REOPENED, detail);
            database.journal().record(c, Changes.reopen(row, id, reason.name(), actorId, detail, now, clock.instant()));
            return new ActionResult.Done(now);
        });
    }

    /** The case's reopenings, oldest first, for an officer who may read cases. */
    public List<Reopening> reopenings(long caseId, Officer viewer) {
        Authorization.require(viewer, Permission.READ_CASES);
        return database.read(c -> reopenings(c, caseId));
    }

    static List<Reopening> reopenings(Connection c, long caseId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT id, case_id, reopened_at, reopened_by, reason_code, reason_text, from_status, decision_id,
                       letter_id, deadline_on
                FROM case_reopening WHERE case_id = ? ORDER BY id""")) {
            ps.setLong(1, caseId);
            try (ResultSet rs = ps.executeQuery()) {
                List<Reopening> out = new ArrayList<>();
                while (rs.next()) {
                    long decision = rs.getLong(8);
                    Long decisionId = rs.wasNull() ? null : decision;
                    long letter = rs.getLong(9);
                    Long letterId = rs.wasNull() ? null : letter;
                    String due = rs.getString(10);
                    out.add(new Reopening(rs.getLong(1), rs.getLong(2), Instant.parse(rs.getString(3)), rs.getLong(4),
                            ReopenReason.valueOf(rs.getString(5)), rs.getString(6), rs.getString(7), decisionId,
                            letterId, due == null ? null : LocalDate.parse(due)));
                }
                return out;
            }
        }
    }

    private long insert(Connection c, long caseId, long actorId, ReopenReason reason, String text, String fromStatus,
                        @Nullable Long decisionId, @Nullable Long letterId, LocalDate due) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO case_reopening (case_id, reopened_at, reopened_by, reason_code, reason_text, from_status,
                                            decision_id, letter_id, deadline_on)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")) {
            ps.setLong(1, caseId);
            ps.setString(2, ClockRecords.instant(clock.instant()));
            ps.setLong(3, actorId);
            ps.setString(4, reason.name());
            ps.setString(5, text);
            ps.setString(6, fromStatus);
            ps.setObject(7, decisionId);
            ps.setObject(8, letterId);
            ps.setString(9, due.toString());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
