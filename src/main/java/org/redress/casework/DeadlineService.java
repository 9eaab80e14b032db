package org.redress.casework;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.jspecify.annotations.Nullable;
import org.redress.domain.access.Officer;
import org.redress.domain.access.Permission;
import org.redress.domain.access.Role;
import org.redress.domain.appeal.BreachRule;
import org.redress.domain.appeal.CaseAction;
import org.redress.domain.appeal.DeadlineRules;
import org.redress.domain.appeal.ExtensionReason;
import org.redress.domain.appeal.ReasonCode;
import org.redress.domain.appeal.Rejection;
import org.redress.domain.calendar.Pause;
import org.redress.domain.calendar.WorkingDayCalendar;
import org.redress.domain.scheme.Catalog;
import org.redress.domain.scheme.DeadlineTerms;
import org.redress.domain.scheme.LapseChoice;
import org.redress.security.Authorization;
import org.redress.store.CaseRepository;
import org.redress.store.CaseRow;
import org.redress.store.Database;
import org.redress.store.SettingsRepository;
import org.redress.store.StoreException;

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
 * The steps of a case's clock beyond the state machine's: acknowledging receipt (its own tracked
 * deadline), bounded requests for information and what follows their lapse, extensions asked by
 * the officer and approved by a supervisor within the scheme's caps, and the sweep that lapses
 * requests and applies the office's breach rule. Each takes the acting officer; role and recusal
 * are checked inside, on the writer's connection. Every step writes the case's history and hands
 * the journal a {@code case.clock} change, so it is audited and synced.
 */
public final class DeadlineService {

    /** Setting: what the office does on a breach ({@link BreachRule} name; FLAG_SUPERVISOR when unset). */
    public static final String BREACH_RULE = "deadlines.breachRule";
    /** Setting: the username of the supervisor breached cases go to under {@link BreachRule#REASSIGN}. */
    public static final String DUTY_SUPERVISOR = "deadlines.dutySupervisor";
    /** At most this many lapses and breaches are handled per sweep, so the writer stays responsive. */
    static final int SWEEP_BATCH = 50;

    private final Database database;
    private final Catalog catalog;
    private final WorkingDayCalendar calendar;
    private final Clock clock;
    private final CaseActionService actions;

    public DeadlineService(Database database, Catalog catalog, WorkingDayCalendar calendar, Clock clock) {
        this.database = database;
        this.catalog = catalog;
        this.calendar = calendar;
        this.clock = clock;
        this.actions = new CaseActionService(database, catalog, calendar, clock);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static ActionResult refused(Rejection r) {
        return new ActionResult.Refused(r);
    }

    /** Acknowledges receipt of the appeal today; on time when not after the case's acknowledgement deadline. */
    public ActionResult acknowledge(long caseId, Officer actor) {
        var byRole = RoleCheck.refusal(actor, CaseAction.START_REVIEW);
        if (byRole.isPresent()) {
            return refused(byRole.get());
        }
        return database.writeAndWait(c -> {
            CaseRow row = caseRow(c, caseId);
            CaseFacts.requireNotRecused(c, actor, row);
            ClockRecords records = new ClockRecords(c);
            var refusal = DeadlineRules.acknowledge(actor, row.status(), records.acknowledgedOn(caseId));
            if (refusal.isPresent()) {
                return refused(refusal.get());
            }
            LocalDate today = today();
            boolean onTime = DeadlineRules.onTime(today, row.ackDeadlineOn());
            String at = ClockRecords.instant(clock.instant());
            records.acknowledge(caseId, today, at);
            long actorId = Officers.storeId(actor);
            new CaseRepository(c, clock).appendEvent(caseId, at, actorId, "ACKNOWLEDGED", null, null,
                    "receipt acknowledged on " + today + (onTime ? "" : ", after " + row.ackDeadlineOn()));
            CaseRow now = caseRow(c, caseId);
            database.journal().record(c, Changes.clock(now, "ACKNOWLEDGED", actorId, Changes.details()
                    .put("onTime", onTime).put("dueOn", row.ackDeadlineOn().toString()), clock.instant()));
            return new ActionResult.Done(now);
        });
    }

    /**
     * Requests information: the missing items and a reply-by in working days (1 to the scheme's
     * maximum). The case waits on the applicant and its clock stands still until the reply or the lapse.
     */
    public ActionResult requestInformation(long caseId, long expectedVersion, Officer actor, List<String> items,
                                           int replyWorkingDays) {
        var byRole = RoleCheck.refusal(actor, CaseAction.REQUEST_INFORMATION);
        if (byRole.isPresent()) {
            return refused(byRole.get());
        }
        List<String> listed = items.stream().map(String::strip).filter(t -> !t.isEmpty()).toList();
        String detail = String.join("; ", listed);
        return database.writeAndWait(c -> actions.takeOn(c, caseId, expectedVersion, CaseAction.REQUEST_INFORMATION,
                actor, detail, new CaseActionService.InformationAsked(listed, replyWorkingDays)));
    }

    /**
     * The officer's choice on a lapsed request, as the scheme allows: decide on the file (the case
     * goes back to review, its deadline running since the lapse) or close it as withdrawn.
     */
    public ActionResult resolveLapse(long caseId, long expectedVersion, Officer actor, LapseChoice choice) {
        var byRole = RoleCheck.refusal(actor, CaseAction.INFORMATION_RECEIVED);
        if (byRole.isPresent()) {
            return refused(byRole.get());
        }
        return database.writeAndWait(c -> {
            CaseRow row = caseRow(c, caseId);
            if (row.version() != expectedVersion) {
                throw new org.redress.store.StaleCaseException(caseId, expectedVersion);
            }
            ClockRecords records = new ClockRecords(c);
            var pending = records.pendingRequest(caseId);
            if (pending.isEmpty()) {
                return refused(Rejection.of(ReasonCode.NO_OPEN_REQUEST));
            }
            ClockRecords.Request request = pending.get();
            var refusal = DeadlineRules.resolveLapse(actor, row.assigneeId() == null ? null : row.assigneeId().toString(),
                    request.replyBy(), today(), choice, CaseDeadlines.deadlineTerms(catalog, row.schemeCode()));
            if (refusal.isPresent()) {
                return refused(refusal.get());
            }
            if (request.isOpen()) {
                lapse(c, row, request, null);
                row = caseRow(c, caseId);
            }
            CaseAction action = choice == LapseChoice.DECIDE_ON_FILE ? CaseAction.INFORMATION_RECEIVED : CaseAction.WITHDRAW;
            ActionResult result = actions.takeOn(c, caseId, row.version(), action, actor,
                    "request for information lapsed after " + request.replyBy(), null);
            if (result instanceof ActionResult.Done done) {
                records.choose(request.id(), choice);
                database.journal().record(c, Changes.clock(done.appeal(), "LAPSE_RESOLVED", Officers.storeId(actor),
                        Changes.details().put("requestId", request.id()).put("choice", choice.name()), clock.instant()));
            }
            return result;
        });
    }

    /** Asks for more time to decide: a reason code, the working days, within the scheme's caps. */
    public ActionResult requestExtension(long caseId, Officer actor, @Nullable ExtensionReason reason, int workingDays,
                                         String text) {
        var byRole = RoleCheck.refusal(actor, CaseAction.START_REVIEW);
        if (byRole.isPresent()) {
            return refused(byRole.get());
        }
        return database.writeAndWait(c -> {
            CaseRow row = caseRow(c, caseId);
            CaseFacts.requireNotRecused(c, actor, row);
            ClockRecords records = new ClockRecords(c);
            List<ClockRecords.Extension> all = records.extensions(caseId);
            int approvedCount = (int) all.stream().filter(e -> e.state().equals("APPROVED")).count();
            var refusal = DeadlineRules.requestExtension(actor, row.assigneeId() == null ? null : row.assigneeId().toString(),
                    row.status(), reason, workingDays, approvedCount, records.approvedDays(caseId),
                    all.stream().anyMatch(ClockRecords.Extension::isPending),
                    CaseDeadlines.deadlineTerms(catalog, row.schemeCode()));
            if (refusal.isPresent()) {
                return refused(refusal.get());
            }
            long actorId = Officers.storeId(actor);
            var made = records.insertExtension(caseId, clock.instant(), actorId, reason, text.strip(), workingDays);
            new CaseRepository(c, clock).appendEvent(caseId, actorId, "EXTENSION_REQUESTED",
                    workingDays + " working day(s), " + reason.name());
            database.journal().record(c, Changes.clock(row, "EXTENSION_REQUESTED", actorId, Changes.details()
                    .put("extensionId", made.id()).put("reason", reason.name()).put("workingDays", workingDays),
                    clock.instant()));
            return new ActionResult.Done(caseRow(c, caseId));
        });
    }

    /**
     * A supervisor's decision on an extension request (never the requester's): approved, the
     * deadline moves on by its working days, reckoned across every pause.
     */
    public ActionResult decideExtension(long extensionId, Officer actor, boolean approve, String comment) {
        Authorization.require(actor, Permission.READ_CASES);
        return database.writeAndWait(c -> {
            ClockRecords records = new ClockRecords(c);
            var ext = records.extension(extensionId).orElseThrow(() -> new StoreException("no extension request " + extensionId));
            var refusal = DeadlineRules.decideExtension(actor, Long.toString(ext.requestedBy()), ext.isPending());
            if (refusal.isPresent()) {
                return refused(refusal.get());
            }
            CaseRow row = caseRow(c, ext.caseId());
            CaseFacts.requireNotRecused(c, actor, row);
            long actorId = Officers.storeId(actor);
            CaseRepository cases = new CaseRepository(c, clock);
            LocalDate before = row.deadlineOn();
            LocalDate after = null;
            if (approve) {
                int days = CaseDeadlines.terms(catalog, row.schemeCode()).decideWithinWorkingDays();
                List<Pause> pauses = pauses(c, row);
                after = CaseDeadlines.dateOf(CaseDeadlines.reckon(calendar, row,
                        days, records.approvedDays(row.id()) + ext.workingDays(), pauses));
            }
            records.decide(extensionId, approve, actorId, clock.instant(), comment.strip(), before, after);
            CaseRow now = row;
            if (approve && row.pausedSince() == null) {
                now = cases.reschedule(row.id(), row.version(), after, null, actorId,
                        "extended by " + ext.workingDays() + " working day(s)" + (after == null ? "" : "; deadline " + after));
            } else {
                cases.appendEvent(row.id(), actorId, approve ? "EXTENSION_APPROVED" : "EXTENSION_REFUSED",
                        ext.workingDays() + " working day(s)");
            }
            ObjectNode details = Changes.details().put("extensionId", extensionId)
                    .put("workingDays", ext.workingDays());
            if (approve) {
                details.put("deadlineBefore", before == null ? null : before.toString())
                        .put("deadlineOn", after == null ? null : after.toString())
                        .put("caveat", CaseDeadlines.caveat(calendar, row.receivedOn(), after));
            }
            database.journal().record(c, Changes.clock(now, approve ? "EXTENSION_APPROVED" : "EXTENSION_REFUSED",
                    actorId, details, clock.instant()));
            return new ActionResult.Done(caseRow(c, row.id()));
        });
    }

    /** What a sweep did: requests lapsed and breaches recorded (each at most {@link #SWEEP_BATCH}). */
    public record SweepResult(int lapsed, int breached) {
    }

    /**
     * Lapses the requests whose reply-by passed (the clock runs again from the day after it) and
     * records each decision deadline that passed with the case open, applying the office's rule:
     * the case is flagged to the supervisors, or reassigned to the duty supervisor. Any signed-in
     * caseworker's screen may run it; the steps are the system's (no actor in the history).
     */
    public SweepResult sweep(Officer actor) {
        Authorization.require(actor, Permission.READ_CASES);
        LocalDate today = today();
        return database.writeAndWait(c -> {
            ClockRecords records = new ClockRecords(c);
            int lapsed = 0;
            for (ClockRecords.Request r : records.lapsing(today, SWEEP_BATCH)) {
                lapse(c, caseRow(c, r.caseId()), r, null);
                lapsed++;
            }
            BreachRule rule = breachRule(c);
            Long duty = rule == BreachRule.REASSIGN ? dutySupervisor(c) : null;
            int breached = 0;
            for (long caseId : records.unrecordedBreaches(today, SWEEP_BATCH)) {
                CaseRow row = caseRow(c, caseId);
                Long to = duty != null && !duty.equals(row.assigneeId()) ? duty : null;
                if (!records.recordBreach(caseId, row.deadlineOn(), today, rule.name(), to)) {
                    continue;
                }
                CaseRow now = row;
                if (to != null) {
                    now = new CaseRepository(c, clock).assign(caseId, row.version(), to, null);
                    database.journal().record(c, Changes.action(row, "REASSIGN", null,
                            "decision deadline " + row.deadlineOn() + " passed", now, clock.instant()));
                } else {
                    new CaseRepository(c, clock).appendEvent(caseId, null, "DEADLINE_BREACHED",
                            "decision deadline " + row.deadlineOn() + " passed; flagged to the supervisors");
                }
                ObjectNode details = Changes.details()
                        .put("deadlineOn", row.deadlineOn().toString()).put("rule", rule.name());
                if (to != null) {
                    details.put("reassignedTo", to);
                }
                database.journal().record(c, Changes.clock(now, "DEADLINE_BREACHED", null, details, clock.instant()));
                breached++;
            }
            return new SweepResult(lapsed, breached);
        });
    }

    /** Closes an open request as lapsed; the case's clock runs again from the day after its reply-by. */
    private void lapse(Connection c, CaseRow row, ClockRecords.Request request, @Nullable Long actorId) throws SQLException {
        ClockRecords records = new ClockRecords(c);
        LocalDate resumes = DeadlineRules.resumesOn(request.replyBy());
        records.close(request.id(), "LAPSED", resumes);
        CaseRow now = row;
        LocalDate due = null;
        if (row.pausedSince() != null) {
            int days = CaseDeadlines.terms(catalog, row.schemeCode()).decideWithinWorkingDays();
            due = CaseDeadlines.dateOf(CaseDeadlines.reckon(calendar, row, days, records.approvedDays(row.id()),
                    pauses(c, row)));
            now = new CaseRepository(c, clock).reschedule(row.id(), row.version(), due, null, actorId,
                    "request for information lapsed after " + request.replyBy() + "; clock runs again from " + resumes
                            + (due == null ? "" : "; deadline " + due));
        }
        ObjectNode details = Changes.details().put("requestId", request.id())
                .put("replyBy", request.replyBy().toString());
        if (due != null) {
            details.put("deadlineOn", due.toString()).put("caveat", CaseDeadlines.caveat(calendar, row.receivedOn(), due));
        }
        database.journal().record(c, Changes.clock(now, "INFORMATION_LAPSED", actorId, details, clock.instant()));
    }

    private List<Pause> pauses(Connection c, CaseRow row) throws SQLException {
        List<Pause> pauses = new ArrayList<>(CaseDeadlines.pauses(new CaseRepository(c, clock).history(row.id()),
                clock.getZone(), row.pausedSince(), new ClockRecords(c).requests(row.id())));
        pauses.sort(Comparator.comparing(Pause::from));
        return pauses;
    }

    private CaseRow caseRow(Connection c, long caseId) throws SQLException {
        return new CaseRepository(c, clock).byId(caseId).orElseThrow(() -> new StoreException("no case with id " + caseId));
    }

    private static BreachRule breachRule(Connection c) throws SQLException {
        String value = new SettingsRepository(c).get(BREACH_RULE).orElse(BreachRule.FLAG_SUPERVISOR.name());
        try {
            return BreachRule.valueOf(value);
        } catch (IllegalArgumentException e) {
            return BreachRule.FLAG_SUPERVISOR;
        }
    }

    private static @Nullable Long dutySupervisor(Connection c) throws SQLException {
        String username = new SettingsRepository(c).get(DUTY_SUPERVISOR).orElse(null);
        if (username == null) {
            return null;
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT id, role FROM officer WHERE username = ?")) {
            ps.setString(1, username);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && Role.SUPERVISOR.name().equals(rs.getString(2)) ? rs.getLong(1) : null;
            }
        }
    }

    /** The scheme's terms for the case's clock (the screen offers the reply-by and reasons from them). */
    public DeadlineTerms terms(String schemeCode) {
        return CaseDeadlines.deadlineTerms(catalog, schemeCode);
    }
}
