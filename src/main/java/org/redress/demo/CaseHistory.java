package org.redress.demo;

import org.jspecify.annotations.Nullable;
import org.redress.domain.appeal.ApprovalReason;
import org.redress.domain.appeal.CaseAction;
import org.redress.domain.appeal.CaseStateMachine;
import org.redress.domain.appeal.CaseStatus;
import org.redress.domain.appeal.CaseTransition;
import org.redress.domain.appeal.Channel;
import org.redress.domain.appeal.DeductionOutcome;
import org.redress.domain.calendar.Pause;
import org.redress.domain.calendar.WorkingDayCalendar;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.random.RandomGenerator;
import java.util.stream.Collectors;

/**
 * Plays a case's moves out in time: working days between moves as officers take them (squeezed to
 * fit when the case is young), office-hour times, who acted — supervisors assign and approve, the
 * assignee does the rest — and what each move leaves behind: history lines, pauses of the clock,
 * drafts and approvals. Every move is checked against the case state machine as it is made.
 */
final class CaseHistory {

    /** What the reviewer will decide, known before the story is told (four eyes depend on it). */
    record PlannedDecision(List<DeductionOutcome> outcomes, String reasons, String legalBasis, List<String> remedies,
                           DecisionWriter.Text english, Set<ApprovalReason> approvalReasons) {
    }

    private static final String[] REQUESTS = {"请申请人补充提交银行出具的结清证明", "请申请人提供当日行程的书面证明",
            "请申请人提交法院出具的履行完毕证明", "请申请人说明身份证遗失及挂失情况并提供报案回执", "请申请人补充提交整改验收材料"};
    private static final String[] NOT_ADMISSIBLE = {"超过法定申请期限且无正当理由", "申请人非记录主体且未提交授权委托书",
            "异议事项不属于本办受理范围，已告知向" + "人民法院提起诉讼", "同一事项已作出复核决定，申请人未提出新的事实和理由"};
    private static final String[] RETURN_COMMENTS = {"理由部分未回应申请人提出的程序问题，请补充。", "请先向原单位核实原始记录再定。",
            "法律依据引用的条款项有误，请核对后重新起草。"};

    final List<DemoCaseEvent> events = new ArrayList<>();
    final List<DemoDecision> decisions = new ArrayList<>();
    final List<Pause> pauses = new ArrayList<>();
    @Nullable Long assignee;
    @Nullable Instant firstAssignedAt;
    @Nullable Instant decidedAt;
    Instant lastEventAt;
    CaseStatus status = CaseStatus.RECEIVED;

    private final List<DemoApproval> pendingApprovals = new ArrayList<>();
    /** Who makes the move being told. */
    private @Nullable Long actor;
    private @Nullable LocalDate pausedOn;

    private CaseHistory(Instant receivedAt) {
        this.lastEventAt = receivedAt;
    }

    /**
     * @param workers    officers and supervisors free of recusal, who may be assigned
     * @param approvers  supervisors free of recusal, who may approve (never the drafter)
     * @param planned    the decision, when the case gets one
     */
    static CaseHistory tell(List<CaseAction> moves, LocalDate receivedOn, Instant receivedAt, Channel channel,
                            CaseStatus target, @Nullable PlannedDecision planned, List<DemoOfficer> workers,
                            List<DemoOfficer> approvers, List<DemoOfficer> supervisors, LocalDate today,
                            WorkingDayCalendar calendar, RandomGenerator random, DemoIds ids) {
        var history = new CaseHistory(receivedAt);
        history.events.add(new DemoCaseEvent(ids.caseEvent(), receivedAt, null, DemoCaseEvent.RECEIVED, null,
                CaseStatus.RECEIVED, channel.name()));
        List<LocalDate> days = days(moves, receivedOn, today, calendar, random);
        // Whoever may draft must leave a supervisor free to approve.
        List<DemoOfficer> assignable = planned == null ? workers : workers.stream()
                .filter(w -> approvers.stream().anyMatch(a -> a.id() != w.id())).toList();
        boolean approvalRequired = planned != null && !planned.approvalReasons().isEmpty();
        for (int i = 0; i < moves.size(); i++) {
            history.move(moves.get(i), days.get(i), approvalRequired, target, planned, assignable, approvers, supervisors,
                    random, ids);
        }
        if (history.status != target) {
            throw new IllegalStateException("story ended in " + history.status + ", not " + target);
        }
        if (history.pausedOn != null && target.isTerminal()) {
            history.pauses.add(new Pause(history.pausedOn, OfficeClock.dayOf(history.lastEventAt)));
            history.pausedOn = null;
        } else if (history.pausedOn != null) {
            history.pauses.add(new Pause(history.pausedOn, null));
        }
        return history;
    }

    private void move(CaseAction action, LocalDate day, boolean approvalRequired, CaseStatus target,
                      @Nullable PlannedDecision planned, List<DemoOfficer> workers, List<DemoOfficer> approvers,
                      List<DemoOfficer> supervisors, RandomGenerator random, DemoIds ids) {
        CaseTransition transition = CaseStateMachine.check(status, action, approvalRequired, null).grantedValue()
                .orElseThrow(() -> new IllegalStateException(action + " is not legal from " + status));
        Instant at = OfficeClock.during(day, lastEventAt, random);
        actor = assignee;
        String detail = switch (action) {
            case ASSIGN, REASSIGN -> assign(at, workers, supervisors, random);
            case REQUEST_INFORMATION -> {
                pausedOn = day;
                yield Wording.pick(random, REQUESTS);
            }
            case INFORMATION_RECEIVED -> {
                pauses.add(new Pause(java.util.Objects.requireNonNull(pausedOn), day));
                pausedOn = null;
                yield "申请人已补充提交材料";
            }
            case DRAFT_DECISION -> draft(at, planned, ids);
            case SUBMIT_FOR_APPROVAL -> planned == null || planned.approvalReasons().isEmpty() ? "VOLUNTARY"
                    : planned.approvalReasons().stream().map(Enum::name).collect(Collectors.joining(","));
            case APPROVE, RETURN_DRAFT -> judgeDraft(action == CaseAction.APPROVE, at, approvers, random, ids);
            case DECIDE -> {
                decidedAt = at;
                yield "decision=" + decisions.getLast().id();
            }
            case ISSUE_LETTER -> Wording.pick(random, "决定书已邮寄送达", "决定书已当面送达", "决定书已通过平台电子送达");
            case CLOSE -> "归档";
            case WITHDRAW -> {
                actor = assignee != null ? assignee : recorder(approvers, supervisors, random);
                yield "申请人书面撤回复核申请";
            }
            case MARK_NOT_ADMISSIBLE -> {
                actor = assignee != null ? assignee : recorder(approvers, supervisors, random);
                yield Wording.pick(random, NOT_ADMISSIBLE);
            }
            case START_REVIEW -> null;
            // The demo's paths never reopen a case.
            case REOPEN -> throw new IllegalStateException("the demo does not reopen cases");
        };
        events.add(new DemoCaseEvent(ids.caseEvent(), at, actor, action.name(), transition.from(), transition.to(), detail));
        status = transition.to();
        lastEventAt = at;
        if (status == target && action != CaseAction.REQUEST_INFORMATION) {
            finishDecisions(target);
        }
    }

    /** A supervisor gives the case to an officer free of recusal (another one, when reassigning). */
    private String assign(Instant at, List<DemoOfficer> workers, List<DemoOfficer> supervisors, RandomGenerator random) {
        actor = supervisors.get(random.nextInt(supervisors.size())).id();
        DemoOfficer chosen = pickWorker(workers, assignee, random);
        var detail = new StringBuilder("assignee=").append(chosen.id()).append(" (").append(chosen.username()).append(')');
        if (assignee != null) {
            detail.append("; was ").append(assignee);
        }
        assignee = chosen.id();
        if (firstAssignedAt == null) {
            firstAssignedAt = at;
        }
        return detail.toString();
    }

    /** The assignee drafts; a redraft supersedes the last draft, which keeps its approvals or returns. */
    private String draft(Instant at, @Nullable PlannedDecision planned, DemoIds ids) {
        PlannedDecision plan = java.util.Objects.requireNonNull(planned, "a drafted case has a planned decision");
        Long previous = decisions.isEmpty() ? null : decisions.getLast().id();
        DemoDecision draft = new DemoDecision(ids.decision(), java.util.Objects.requireNonNull(assignee), at,
                plan.reasons(), plan.legalBasis(), plan.remedies(), plan.english(), previous, DemoDecision.DRAFT,
                plan.outcomes(),
                List.of());
        flushApprovals();
        decisions.add(draft);
        return "decision=" + draft.id();
    }

    /** A supervisor who did not draft approves the draft, or returns it with a comment. */
    private String judgeDraft(boolean approved, Instant at, List<DemoOfficer> approvers, RandomGenerator random,
                              DemoIds ids) {
        long drafter = decisions.getLast().drafterId();
        List<DemoOfficer> eligible = approvers.stream().filter(o -> o.id() != drafter).toList();
        if (eligible.isEmpty()) {
            throw new IllegalStateException("no supervisor may approve this draft");
        }
        long judge = eligible.get(random.nextInt(eligible.size())).id();
        actor = judge;
        pendingApprovals.add(new DemoApproval(ids.approval(), judge, at,
                approved ? DemoApproval.APPROVED : DemoApproval.RETURNED,
                approved ? Wording.pick(random, "同意。", "同意，请按期送达。", "") : Wording.pick(random, RETURN_COMMENTS)));
        if (approved) {
            decidedAt = at;
        }
        return "decision=" + decisions.getLast().id();
    }

    /** Who records a move on a case nobody was assigned: a supervisor free of recusal. */
    private static long recorder(List<DemoOfficer> approvers, List<DemoOfficer> supervisors, RandomGenerator random) {
        List<DemoOfficer> pool = approvers.isEmpty() ? supervisors : approvers;
        return pool.get(random.nextInt(pool.size())).id();
    }

    /** Drafts end as written; the one in force when the case is decided is final. */
    private void finishDecisions(CaseStatus target) {
        flushApprovals();
        boolean decided = target == CaseStatus.DECIDED || target == CaseStatus.LETTER_ISSUED || target == CaseStatus.CLOSED;
        if (decided && !decisions.isEmpty()) {
            DemoDecision last = decisions.removeLast();
            decisions.add(new DemoDecision(last.id(), last.drafterId(), last.draftedAt(), last.reasons(), last.legalBasis(),
                    last.remedies(), last.english(), last.supersedesId(), DemoDecision.FINAL, last.outcomes(),
                    last.approvals()));
        }
    }

    /** Approvals and returns belong to the draft they judged, the latest one. */
    private void flushApprovals() {
        if (pendingApprovals.isEmpty() || decisions.isEmpty()) {
            return;
        }
        DemoDecision last = decisions.removeLast();
        List<DemoApproval> approvals = new ArrayList<>(last.approvals());
        approvals.addAll(pendingApprovals);
        pendingApprovals.clear();
        decisions.add(new DemoDecision(last.id(), last.drafterId(), last.draftedAt(), last.reasons(), last.legalBasis(),
                last.remedies(), last.english(), last.supersedesId(), last.state(), last.outcomes(), approvals));
    }

    /** Officers take nine cases in ten; a supervisor takes the odd one. Never the officer it is taken from. */
    private static DemoOfficer pickWorker(List<DemoOfficer> workers, @Nullable Long current, RandomGenerator random) {
        List<DemoOfficer> pool = workers.stream().filter(o -> current == null || o.id() != current).toList();
        List<DemoOfficer> officers = pool.stream().filter(o -> o.role() == org.redress.domain.access.Role.OFFICER).toList();
        List<DemoOfficer> from = !officers.isEmpty() && (random.nextInt(10) < 9 || officers.size() == pool.size()) ? officers : pool;
        if (from.isEmpty()) {
            throw new IllegalStateException("nobody free of recusal can take the case");
        }
        return from.get(random.nextInt(from.size()));
    }

    /**
     * The day of each move: typical gaps in working days, squeezed proportionally when the case
     * has not been open long enough for them, never after today.
     */
    static List<LocalDate> days(List<CaseAction> moves, LocalDate receivedOn, LocalDate today,
                                WorkingDayCalendar calendar, RandomGenerator random) {
        int[] gaps = new int[moves.size()];
        long total = 0;
        for (int i = 0; i < gaps.length; i++) {
            int[] typical = CasePath.typicalGap(moves.get(i));
            gaps[i] = random.nextInt(typical[0], typical[1] + 1);
            total += gaps[i];
        }
        if (gaps.length > 0 && gaps[0] == 0 && !calendar.isWorkingDay(receivedOn)) {
            gaps[0] = 1;
            total++;
        }
        int available = Math.max(0, calendar.workingDaysBetween(receivedOn, today).value());
        if (total > available) {
            for (int i = 0; i < gaps.length; i++) {
                gaps[i] = (int) (gaps[i] * (long) available / total);
            }
        }
        List<LocalDate> days = new ArrayList<>(gaps.length);
        LocalDate day = receivedOn;
        for (int gap : gaps) {
            if (gap > 0) {
                day = calendar.addWorkingDays(day, gap).value();
            }
            days.add(day.isAfter(today) ? today : day);
        }
        return days;
    }
}
