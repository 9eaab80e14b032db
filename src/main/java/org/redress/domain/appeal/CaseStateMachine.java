package org.redress.domain.appeal;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.redress.domain.appeal.CaseAction.*;
import static org.redress.domain.appeal.CaseStatus.*;

/**
 * The legal moves of an appeal case (DOMAIN.md, "States"):
 * received → assigned → in review ⇄ awaiting information → decision drafted → (awaiting approval →)
 * decided → letter issued → closed.
 *
 * <p>Choices made here, beyond the diagram:
 * <ul>
 *   <li>WITHDRAW and MARK_NOT_ADMISSIBLE are legal from every open state (received up to awaiting
 *       approval): an applicant may withdraw, and a defect of admissibility may surface, at any
 *       point before a decision. Once decided, the decision stands and only its letter and closing
 *       follow — unless a supervisor reopens it.</li>
 *   <li>REOPEN takes a decided case (decided, its letter issued, or closed) back to IN_REVIEW with
 *       its assignee: the next decision supersedes the earlier one and its letter the earlier letter.
 *       Withdrawn and inadmissible cases were never decided and are not reopened.</li>
 *   <li>RETURN_DRAFT sends the case back to IN_REVIEW, not to DECISION_DRAFTED: a returned draft
 *       usually needs more review (perhaps more information from the applicant), and a fresh draft
 *       supersedes the returned one, which stays on record.</li>
 *   <li>DRAFT_DECISION is also legal in DECISION_DRAFTED: a revised draft supersedes the last.</li>
 *   <li>REASSIGN keeps the state (ASSIGNED, IN_REVIEW, AWAITING_INFORMATION), except from
 *       DECISION_DRAFTED, which goes back to IN_REVIEW: the draft is the previous officer's, and
 *       the new one must review and draft their own. A case awaiting approval is not reassigned;
 *       the supervisor returns the draft first.</li>
 *   <li>DECIDE (without approval) is legal only when approval is not required; SUBMIT_FOR_APPROVAL
 *       is always legal from DECISION_DRAFTED, so an officer may ask for a second look unprompted.</li>
 * </ul>
 * Who may take an action (role, assignee, recusal, four eyes) is {@link CaseActionGate}'s concern.
 */
public final class CaseStateMachine {

    private static final Map<CaseStatus, Map<CaseAction, CaseStatus>> MOVES = buildMoves();

    private CaseStateMachine() {
    }

    /** Every legal move, approval-dependent ones included, in a stable order. */
    public static List<CaseTransition> transitions() {
        List<CaseTransition> all = new ArrayList<>();
        MOVES.forEach((from, moves) -> moves.forEach((action, to) -> all.add(new CaseTransition(from, action, to))));
        return List.copyOf(all);
    }

    /** The actions the UI may offer for a case in {@code status}. */
    public static Set<CaseAction> legalActions(CaseStatus status, boolean approvalRequired) {
        Set<CaseAction> legal = EnumSet.noneOf(CaseAction.class);
        for (CaseAction action : MOVES.get(status).keySet()) {
            if (!(action == DECIDE && approvalRequired)) {
                legal.add(action);
            }
        }
        return Collections.unmodifiableSet(legal);
    }

    /**
     * Checks one move.
     *
     * @param statusSince the day the case entered {@code status}, quoted in refusals; may be null
     *                    when unknown
     */
    public static Ruling<CaseTransition> check(CaseStatus from, CaseAction action, boolean approvalRequired,
                                               @Nullable LocalDate statusSince) {
        CaseStatus to = MOVES.get(from).get(action);
        if (to != null && !(action == DECIDE && approvalRequired)) {
            return Ruling.granted(new CaseTransition(from, action, to));
        }
        return Ruling.refused(refusal(from, action, statusSince));
    }

    private static Rejection refusal(CaseStatus from, CaseAction action, @Nullable LocalDate since) {
        String day = since == null ? "an unrecorded date" : since.toString();
        String doing = action.participle();
        return switch (from) {
            case DECIDED -> action == CLOSE
                    ? Rejection.of(ReasonCode.LETTER_NOT_ISSUED, words(from))
                    : Rejection.of(ReasonCode.CASE_DECIDED, doing, day);
            case LETTER_ISSUED -> Rejection.of(ReasonCode.LETTER_ISSUED, doing, day);
            case CLOSED -> Rejection.of(ReasonCode.CASE_CLOSED, doing, day);
            case WITHDRAWN -> Rejection.of(ReasonCode.CASE_WITHDRAWN, doing, day);
            case NOT_ADMISSIBLE -> Rejection.of(ReasonCode.CASE_NOT_ADMISSIBLE, doing, day);
            default -> openCaseRefusal(from, action);
        };
    }

    private static Rejection openCaseRefusal(CaseStatus from, CaseAction action) {
        String state = words(from);
        String doing = action.participle();
        return switch (action) {
            case ASSIGN -> Rejection.of(ReasonCode.CASE_ALREADY_ASSIGNED);
            case START_REVIEW -> from == RECEIVED
                    ? Rejection.of(ReasonCode.CASE_NOT_ASSIGNED, doing)
                    : Rejection.of(ReasonCode.REVIEW_ALREADY_STARTED, state);
            case REQUEST_INFORMATION -> from == AWAITING_INFORMATION
                    ? Rejection.of(ReasonCode.ALREADY_AWAITING_INFORMATION)
                    : Rejection.of(ReasonCode.NOT_IN_REVIEW, doing, state);
            case INFORMATION_RECEIVED -> Rejection.of(ReasonCode.NOT_AWAITING_INFORMATION, state);
            case DRAFT_DECISION -> from == AWAITING_APPROVAL
                    ? Rejection.of(ReasonCode.AWAITING_APPROVAL)
                    : Rejection.of(ReasonCode.NOT_IN_REVIEW, doing, state);
            case SUBMIT_FOR_APPROVAL, DECIDE -> switch (from) {
                case AWAITING_APPROVAL -> Rejection.of(ReasonCode.AWAITING_APPROVAL);
                case DECISION_DRAFTED -> Rejection.of(ReasonCode.APPROVAL_REQUIRED);
                default -> Rejection.of(ReasonCode.NO_DRAFT, doing, state);
            };
            case APPROVE, RETURN_DRAFT -> Rejection.of(ReasonCode.NOT_AWAITING_APPROVAL, state);
            case ISSUE_LETTER -> Rejection.of(ReasonCode.NOT_DECIDED, state);
            case CLOSE -> Rejection.of(ReasonCode.LETTER_NOT_ISSUED, state);
            case REASSIGN -> from == RECEIVED
                    ? Rejection.of(ReasonCode.CASE_NOT_ASSIGNED, doing)
                    : Rejection.of(ReasonCode.AWAITING_APPROVAL);
            // Legal from every open state; reaching here would mean the table above changed.
            case WITHDRAW, MARK_NOT_ADMISSIBLE -> Rejection.of(ReasonCode.ACTION_NOT_ALLOWED, doing, state);
            case REOPEN -> Rejection.of(ReasonCode.NOT_DECIDED_TO_REOPEN, state);
        };
    }

    /** The state in plain words, for reasons. */
    static String words(CaseStatus status) {
        return switch (status) {
            case RECEIVED -> "received and not yet assigned";
            case ASSIGNED -> "assigned";
            case IN_REVIEW -> "in review";
            case AWAITING_INFORMATION -> "waiting for information";
            case DECISION_DRAFTED -> "drafted";
            case AWAITING_APPROVAL -> "awaiting approval";
            case DECIDED -> "decided";
            case LETTER_ISSUED -> "decided and its letter issued";
            case CLOSED -> "closed";
            case WITHDRAWN -> "withdrawn";
            case NOT_ADMISSIBLE -> "not admissible";
        };
    }

    private static Map<CaseStatus, Map<CaseAction, CaseStatus>> buildMoves() {
        Map<CaseStatus, Map<CaseAction, CaseStatus>> moves = new EnumMap<>(CaseStatus.class);
        for (CaseStatus status : CaseStatus.values()) {
            moves.put(status, new EnumMap<>(CaseAction.class));
        }
        moves.get(RECEIVED).put(ASSIGN, ASSIGNED);
        moves.get(ASSIGNED).put(START_REVIEW, IN_REVIEW);
        moves.get(ASSIGNED).put(REASSIGN, ASSIGNED);
        moves.get(IN_REVIEW).put(REQUEST_INFORMATION, AWAITING_INFORMATION);
        moves.get(IN_REVIEW).put(DRAFT_DECISION, DECISION_DRAFTED);
        moves.get(IN_REVIEW).put(REASSIGN, IN_REVIEW);
        moves.get(AWAITING_INFORMATION).put(INFORMATION_RECEIVED, IN_REVIEW);
        moves.get(AWAITING_INFORMATION).put(REASSIGN, AWAITING_INFORMATION);
        moves.get(DECISION_DRAFTED).put(DRAFT_DECISION, DECISION_DRAFTED);
        moves.get(DECISION_DRAFTED).put(SUBMIT_FOR_APPROVAL, AWAITING_APPROVAL);
        moves.get(DECISION_DRAFTED).put(DECIDE, DECIDED);
        moves.get(DECISION_DRAFTED).put(REASSIGN, IN_REVIEW);
        moves.get(AWAITING_APPROVAL).put(APPROVE, DECIDED);
        moves.get(AWAITING_APPROVAL).put(RETURN_DRAFT, IN_REVIEW);
        moves.get(DECIDED).put(ISSUE_LETTER, LETTER_ISSUED);
        moves.get(LETTER_ISSUED).put(CLOSE, CLOSED);
        moves.get(DECIDED).put(REOPEN, IN_REVIEW);
        moves.get(LETTER_ISSUED).put(REOPEN, IN_REVIEW);
        moves.get(CLOSED).put(REOPEN, IN_REVIEW);
        for (CaseStatus status : CaseStatus.values()) {
            if (status.isOpen()) {
                moves.get(status).put(WITHDRAW, WITHDRAWN);
                moves.get(status).put(MARK_NOT_ADMISSIBLE, NOT_ADMISSIBLE);
            }
        }
        moves.replaceAll((status, m) -> Collections.unmodifiableMap(m));
        return Collections.unmodifiableMap(moves);
    }
}
