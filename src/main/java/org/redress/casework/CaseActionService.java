package org.redress.casework;

import org.jspecify.annotations.Nullable;
import org.redress.domain.access.Officer;
import org.redress.domain.appeal.AppealCase;
import org.redress.domain.appeal.CaseAction;
import org.redress.domain.appeal.DeadlineRules;
import org.redress.domain.scheme.DeadlineTerms;
import org.redress.domain.appeal.ReasonCode;
import org.redress.domain.appeal.RecusalVerdict;
import org.redress.domain.appeal.Rejection;
import org.redress.domain.appeal.Ruling;
import org.redress.domain.calendar.Deadline;
import org.redress.domain.calendar.Pause;
import org.redress.domain.calendar.WorkingDayCalendar;
import org.redress.domain.scheme.Catalog;
import org.redress.domain.scheme.ReviewTerms;
import org.redress.domain.scheme.Scheme;
import org.redress.store.CaseEventRow;
import org.redress.store.CaseRepository;
import org.redress.store.CaseRow;
import org.redress.store.Database;
import org.redress.store.StoreException;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Takes an officer's action on a case: the domain's gate decides whether it is allowed (checked
 * again here on the writer thread, so a stale screen cannot slip one through), the store records
 * it in one transaction. Requesting information pauses the deadline clock; information received
 * restarts it with the deadline the calendar computes across every pause.
 */
public final class CaseActionService {

    /** The actions this version of the workstation lets an officer take from the case workspace. */
    public static final Set<CaseAction> OFFERED = Collections.unmodifiableSet(EnumSet.of(CaseAction.ASSIGN,
            CaseAction.REASSIGN, CaseAction.START_REVIEW, CaseAction.REQUEST_INFORMATION,
            CaseAction.INFORMATION_RECEIVED, CaseAction.SUBMIT_FOR_APPROVAL, CaseAction.DECIDE, CaseAction.APPROVE,
            CaseAction.RETURN_DRAFT, CaseAction.MARK_NOT_ADMISSIBLE, CaseAction.WITHDRAW));

    /** Actions whose reason (or request) must be written down. */
    public static final Set<CaseAction> NEED_DETAIL = Collections.unmodifiableSet(EnumSet.of(
            CaseAction.REQUEST_INFORMATION, CaseAction.RETURN_DRAFT, CaseAction.MARK_NOT_ADMISSIBLE,
            CaseAction.WITHDRAW));

    private final Database database;
    private final Catalog catalog;
    private final WorkingDayCalendar calendar;
    private final Clock clock;

    public CaseActionService(Database database, Catalog catalog, WorkingDayCalendar calendar, Clock clock) {
        this.database = database;
        this.catalog = catalog;
        this.calendar = calendar;
        this.clock = clock;
    }

    /**
     * Takes {@code action} on the case as {@code actor}. ASSIGN and REASSIGN give the case to the
     * actor ("assign to me"). {@code detail} is the request, or the reason for refusing or recording
     * a withdrawal; required for {@link #NEED_DETAIL}.
     *
     * @throws org.redress.store.StaleCaseException when the case changed since {@code expectedVersion}
     */
    public ActionResult take(long caseId, long expectedVersion, CaseAction action, Officer actor,
                             @Nullable String detail) {
        if (!OFFERED.contains(action)) {
            throw new IllegalArgumentException(action + " is not taken from the case workspace");
        }
        var byRole = RoleCheck.refusal(actor, action);
        if (byRole.isPresent()) {
            return new ActionResult.Refused(byRole.get());
        }
        String text = detail == null ? null : detail.strip();
        if (NEED_DETAIL.contains(action) && (text == null || text.isEmpty())) {
            return new ActionResult.Refused(Rejection.of(ReasonCode.REASONS_REQUIRED));
        }
        return database.writeAndWait(c -> takeOn(c, caseId, expectedVersion, action, actor, text, null));
    }

    /**
     * A supervisor hands the case to another officer of the office (or takes it): ASSIGN when it
     * has nobody yet, REASSIGN otherwise. Refused when the officer does not work cases or must
     * stand aside from the case (recusal is the assignee's, not the supervisor's).
     *
     * @throws org.redress.security.AccessDenied when the actor is not a supervisor
     * @throws org.redress.store.StaleCaseException when the case changed since {@code expectedVersion}
     */
    public ActionResult assignTo(long caseId, long expectedVersion, Officer actor, long assigneeId) {
        if (!actor.role().may(org.redress.domain.access.Permission.APPROVE)) {
            throw new org.redress.security.AccessDenied(actor.role(), org.redress.domain.access.Permission.APPROVE);
        }
        return database.writeAndWait(c -> {
            var account = new org.redress.store.OfficerRepository(c).byId(assigneeId);
            if (account.isEmpty() || !org.redress.domain.access.Role.valueOf(account.get().role()).worksCases()) {
                return new ActionResult.Refused(Rejection.of(ReasonCode.ASSIGNEE_REQUIRED));
            }
            CaseRow row = new CaseRepository(c, clock).byId(caseId)
                    .orElseThrow(() -> new StoreException("no case " + caseId));
            CaseAction action = row.assigneeId() == null ? CaseAction.ASSIGN : CaseAction.REASSIGN;
            return takeOn(c, caseId, expectedVersion, action, actor, null, null, Officers.of(account.get()));
        });
    }

    /** Who a supervisor may hand the case to: the office's officers who work cases, each with whether they must stand aside. */
    public List<Assignable> assignables(long caseId, Officer actor) {
        if (!actor.role().may(org.redress.domain.access.Permission.APPROVE)) {
            return List.of();
        }
        return database.read(c -> {
            CaseRow row = new CaseRepository(c, clock).byId(caseId)
                    .orElseThrow(() -> new StoreException("no case " + caseId));
            List<Assignable> found = new ArrayList<>();
            for (var account : new org.redress.store.OfficerRepository(c).all()) {
                var role = org.redress.domain.access.Role.valueOf(account.role());
                if (!role.worksCases()) {
                    continue;
                }
                RecusalVerdict verdict = CaseFacts.recusal(c, Officers.of(account), row);
                found.add(new Assignable(account.id(), account.displayName(), role, verdict.mustStandAside(),
                        row.assigneeId() != null && row.assigneeId() == account.id()));
            }
            return found;
        });
    }

    /** An officer a case may go to; one who must stand aside is listed but not chosen. */
    public record Assignable(long officerId, String displayName, org.redress.domain.access.Role role,
                             boolean mustStandAside, boolean current) {
    }

    /**
     * What a request for information asks: the missing items and the working days to reply. Through
     * {@link #take} the request's text is its one item and the scheme offers the days.
     */
    record InformationAsked(List<String> items, int replyWorkingDays) {
    }

    /** Takes the action on the writer's connection (also for {@link DeadlineService}'s steps). */
    ActionResult takeOn(Connection c, long caseId, long expectedVersion, CaseAction action, Officer actor,
                        @Nullable String detail, @Nullable InformationAsked asked) throws SQLException {
        return takeOn(c, caseId, expectedVersion, action, actor, detail, asked, actor);
    }

    private ActionResult takeOn(Connection c, long caseId, long expectedVersion, CaseAction action, Officer actor,
                                @Nullable String detail, @Nullable InformationAsked asked, Officer assignee)
            throws SQLException {
        CaseRepository cases = new CaseRepository(c, clock);
        GateCheck gate = GateCheck.read(c, caseId, expectedVersion, actor, clock, catalog);
        CaseRow row = gate.row();
        List<CaseEventRow> history = gate.history();
        boolean assigning = action == CaseAction.ASSIGN || action == CaseAction.REASSIGN;
        RecusalVerdict recusal = assignee == actor ? gate.recusal() : CaseFacts.recusal(c, assignee, row, gate.disputed());
        if (assigning && recusal.mustStandAside()) {
            // The gate leaves the new assignee's recusal to the caller: an officer who must stand aside never takes the case.
            return new ActionResult.Refused(Rejection.of(ReasonCode.RECUSED, recusal.summary()));
        }
        LocalDate today = LocalDate.now(clock);
        DeadlineTerms terms = CaseDeadlines.deadlineTerms(catalog, row.schemeCode());
        InformationAsked request = null;
        if (action == CaseAction.REQUEST_INFORMATION) {
            request = asked != null ? asked : new InformationAsked(List.of(detail == null ? "" : detail),
                    terms.informationReplyWorkingDays());
            var bounds = DeadlineRules.requestInformation(request.items(), request.replyWorkingDays(), terms);
            if (bounds.isPresent()) {
                return new ActionResult.Refused(bounds.get());
            }
        }
        Ruling<AppealCase> ruling = gate.apply(c, action, actor, assigning ? assignee.id() : null, today);
        if (ruling.refusal().isPresent()) {
            return new ActionResult.Refused(ruling.refusal().get());
        }
        AppealCase after = ruling.grantedValue().orElseThrow();
        Long actorId = Officers.storeId(actor);
        long version = row.version();
        CaseRow now = row;
        if (assigning) {
            now = cases.assign(caseId, version, Officers.storeId(assignee), actorId);
            version = now.version();
        }
        if (after.status() != row.status()) {
            now = cases.changeStatus(caseId, version, after.status(), actorId, detail);
            version = now.version();
        }
        if (action == CaseAction.APPROVE || action == CaseAction.RETURN_DRAFT) {
            Long decision = new CaseRecords(c).latestDecision(caseId);
            if (decision == null) {
                throw new StoreException("case " + row.caseNo() + " has no decision to approve");
            }
            new DecisionRecords(c).insertApproval(decision, actorId, clock.instant(),
                    action == CaseAction.APPROVE ? "APPROVED" : "RETURNED", detail == null ? "" : detail);
        }
        ClockRecords records = new ClockRecords(c);
        ClockRecords.Request made = null;
        if (request != null) {
            LocalDate replyBy = calendar.addWorkingDays(today, request.replyWorkingDays()).value();
            now = cases.reschedule(caseId, version, null, today, actorId, "clock paused on " + today + "; reply by " + replyBy);
            made = records.insertRequest(caseId, today, replyBy, request.replyWorkingDays(),
                    request.items().stream().map(String::strip).filter(t -> !t.isEmpty()).toList(), actorId);
        } else if (action == CaseAction.INFORMATION_RECEIVED) {
            var open = records.pendingRequest(caseId);
            if (open.isPresent() && open.get().isOpen()) {
                records.close(open.get().id(), "ANSWERED", today);
            }
            now = resume(c, cases, now, history, today, actorId);
        } else if (!after.status().isOpen()) {
            var open = records.pendingRequest(caseId);
            if (open.isPresent() && open.get().isOpen()) {
                records.close(open.get().id(), "WITHDRAWN", today);
            }
        }
        database.journal().record(c, Changes.action(row, action.name(), actorId, detail, now, clock.instant()));
        if (made != null) {
            database.journal().record(c, Changes.clock(now, "INFORMATION_REQUESTED", actorId, Changes.details()
                    .put("requestId", made.id()).put("replyBy", made.replyBy().toString())
                    .put("workingDays", made.workingDays()).put("items", made.items().size())
                    .put("caveat", CaseDeadlines.caveat(calendar, today, made.replyBy())), clock.instant()));
        }
        return new ActionResult.Done(now);
    }

    /** Closes the open pause today and reckons the deadline again across every pause. */
    private CaseRow resume(Connection c, CaseRepository cases, CaseRow row, List<CaseEventRow> history, LocalDate today,
                           Long actorId) throws SQLException {
        ClockRecords records = new ClockRecords(c);
        List<Pause> pauses = new ArrayList<>(CaseDeadlines.pauses(history, clock.getZone(), row.pausedSince(),
                records.requests(row.id())));
        pauses.sort(java.util.Comparator.comparing(Pause::from));
        if (!pauses.isEmpty() && pauses.getLast().isOpen()) {
            Pause open = pauses.removeLast();
            pauses.add(new Pause(open.from(), today.isBefore(open.from()) ? open.from() : today));
        }
        Deadline deadline = CaseDeadlines.reckon(calendar, row, decideWithin(row.schemeCode()),
                records.approvedDays(row.id()), pauses);
        LocalDate due = CaseDeadlines.dateOf(deadline);
        return cases.reschedule(row.id(), row.version(), due, null, actorId,
                "clock resumed on " + today + (due == null ? "" : "; deadline " + due));
    }

    private int decideWithin(String schemeCode) {
        return catalog.scheme(schemeCode).map(Scheme::terms).map(ReviewTerms::decideWithinWorkingDays)
                .orElse(ReviewTerms.DEFAULT_DECIDE);
    }
}
