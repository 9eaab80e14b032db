package org.redress.domain.appeal;

import org.jspecify.annotations.Nullable;
import org.redress.domain.access.Officer;
import org.redress.domain.access.Role;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Who may take which action on a case, now: the state machine, then the actor's role, four
 * eyes, the assignment and recusal. The UI offers {@link #legalActions}; services call
 * {@link #apply}, which re-checks everything, so a stale screen cannot slip an action through.
 *
 * <p>Roles: auditors and administrators take no case action at all (they never decide or
 * approve). Officers and supervisors work cases; only a supervisor who did not draft the decision
 * approves or returns it. Review actions belong to the assignee (a supervisor reassigns first).
 * Withdrawal, the letter and closing are clerical and open to any officer or supervisor.
 * Only a supervisor reopens a decided case. Recusal bars reviewing, deciding, approving and reopening. The recusal of the officer a case is being
 * assigned to is the caller's to check, with {@link RecusalPolicy}, when offering the choice.
 */
public final class CaseActionGate {

    private static final Set<CaseAction> REVIEW_ACTIONS = EnumSet.of(
            CaseAction.START_REVIEW, CaseAction.REQUEST_INFORMATION, CaseAction.INFORMATION_RECEIVED,
            CaseAction.DRAFT_DECISION, CaseAction.SUBMIT_FOR_APPROVAL, CaseAction.DECIDE,
            CaseAction.MARK_NOT_ADMISSIBLE);
    private static final Set<CaseAction> APPROVAL_ACTIONS = EnumSet.of(CaseAction.APPROVE, CaseAction.RETURN_DRAFT);

    private CaseActionGate() {
    }

    /** The actions {@code actor} may take on {@code appeal} now; what the UI should offer. */
    public static Set<CaseAction> legalActions(AppealCase appeal, Officer actor, GateFacts facts) {
        Set<CaseAction> legal = EnumSet.noneOf(CaseAction.class);
        for (CaseAction action : CaseAction.values()) {
            if (refusal(appeal, action, actor, facts).isEmpty()) {
                legal.add(action);
            }
        }
        return Collections.unmodifiableSet(legal);
    }

    /** Why {@code actor} may not take {@code action}; empty if they may. The first reason found. */
    public static Optional<Rejection> refusal(AppealCase appeal, CaseAction action, Officer actor, GateFacts facts) {
        if (actor.role() == Role.AUDITOR) {
            return Optional.of(Rejection.of(ReasonCode.AUDITOR_READ_ONLY));
        }
        if (actor.role() == Role.ADMINISTRATOR) {
            return Optional.of(Rejection.of(ReasonCode.ADMINISTRATOR_NOT_CASEWORKER));
        }
        Optional<Rejection> byState = CaseStateMachine
                .check(appeal.status(), action, facts.approvalRequired(), appeal.statusSince()).refusal();
        if (byState.isPresent()) {
            return byState;
        }
        if (action == CaseAction.REOPEN && actor.role() != Role.SUPERVISOR) {
            return Optional.of(Rejection.of(ReasonCode.ONLY_SUPERVISOR_REOPENS, FourEyesPolicy.roleInWords(actor.role())));
        }
        if (APPROVAL_ACTIONS.contains(action)) {
            Optional<Rejection> fourEyes = FourEyesPolicy.refusalToApprove(facts.drafterId(), actor);
            if (fourEyes.isPresent()) {
                return fourEyes;
            }
        }
        String assignee = appeal.assigneeId();
        if (REVIEW_ACTIONS.contains(action) && assignee != null && !assignee.equals(actor.id())) {
            return Optional.of(Rejection.of(ReasonCode.NOT_THE_ASSIGNEE));
        }
        if ((REVIEW_ACTIONS.contains(action) || APPROVAL_ACTIONS.contains(action) || action == CaseAction.REOPEN)
                && facts.actorRecusal().mustStandAside()) {
            return Optional.of(Rejection.of(ReasonCode.RECUSED, facts.actorRecusal().summary()));
        }
        return Optional.empty();
    }

    /**
     * Takes the action if allowed, returning the case as it now stands.
     *
     * @param assigneeId for ASSIGN and REASSIGN: the officer the case goes to; else ignored
     * @param on         the day of the action; becomes {@link AppealCase#statusSince()} when the
     *                   state changes
     */
    public static Ruling<AppealCase> apply(AppealCase appeal, CaseAction action, Officer actor, GateFacts facts,
                                           @Nullable String assigneeId, LocalDate on) {
        Optional<Rejection> refused = refusal(appeal, action, actor, facts);
        if (refused.isPresent()) {
            return Ruling.refused(refused.get());
        }
        boolean assigning = action == CaseAction.ASSIGN || action == CaseAction.REASSIGN;
        if (assigning && (assigneeId == null || assigneeId.isBlank())) {
            return Ruling.refused(Rejection.of(ReasonCode.ASSIGNEE_REQUIRED));
        }
        if (assigning && assigneeId.equals(appeal.assigneeId())) {
            return Ruling.refused(Rejection.of(ReasonCode.SAME_ASSIGNEE));
        }
        CaseStatus to = CaseStateMachine.check(appeal.status(), action, facts.approvalRequired(), appeal.statusSince())
                .grantedValue().orElseThrow().to();
        // Assignee before state: an assigned case must always name its assignee.
        AppealCase base = assigning ? appeal.withAssignee(assigneeId) : appeal;
        return Ruling.granted(to == appeal.status() ? base : base.withStatus(to, on));
    }
}
