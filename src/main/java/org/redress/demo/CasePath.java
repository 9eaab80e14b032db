package org.redress.demo;

import org.redress.domain.appeal.CaseAction;
import org.redress.domain.appeal.CaseStatus;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

import static org.redress.domain.appeal.CaseAction.*;

/**
 * The moves that bring a case from receipt to the state the schedule gave it, as officers make
 * them: now and then a reassignment, a pause to ask the applicant for more, a draft returned by the
 * supervisor and redrafted; approval whenever four eyes require it (and sometimes when they do not).
 */
final class CasePath {

    private CasePath() {
    }

    static List<CaseAction> plan(CaseStatus target, boolean approvalRequired, RandomGenerator random) {
        List<CaseAction> moves = new ArrayList<>();
        switch (target) {
            case RECEIVED -> {
            }
            case ASSIGNED -> {
                moves.add(ASSIGN);
                maybe(moves, random, 5, REASSIGN);
            }
            case IN_REVIEW -> {
                review(moves, random, 4);
                maybe(moves, random, 15, REQUEST_INFORMATION, INFORMATION_RECEIVED);
            }
            case AWAITING_INFORMATION -> {
                review(moves, random, 3);
                maybe(moves, random, 10, REQUEST_INFORMATION, INFORMATION_RECEIVED);
                moves.add(REQUEST_INFORMATION);
            }
            case DECISION_DRAFTED -> {
                investigate(moves, random);
                moves.add(DRAFT_DECISION);
                maybe(moves, random, 6, DRAFT_DECISION);
            }
            case AWAITING_APPROVAL -> {
                investigate(moves, random);
                moves.add(DRAFT_DECISION);
                moves.add(SUBMIT_FOR_APPROVAL);
                returnedOnce(moves, random);
            }
            case DECIDED, LETTER_ISSUED, CLOSED -> {
                investigate(moves, random);
                moves.add(DRAFT_DECISION);
                if (approvalRequired || random.nextInt(100) < 10) {
                    moves.add(SUBMIT_FOR_APPROVAL);
                    returnedOnce(moves, random);
                    moves.add(APPROVE);
                } else {
                    moves.add(DECIDE);
                }
                if (target != CaseStatus.DECIDED) {
                    moves.add(ISSUE_LETTER);
                }
                if (target == CaseStatus.CLOSED) {
                    moves.add(CLOSE);
                }
            }
            case WITHDRAWN -> {
                int stage = random.nextInt(100);
                if (stage >= 30) {
                    moves.add(ASSIGN);
                }
                if (stage >= 55) {
                    moves.add(START_REVIEW);
                }
                if (stage >= 90) {
                    moves.add(REQUEST_INFORMATION);
                }
                moves.add(WITHDRAW);
            }
            case NOT_ADMISSIBLE -> {
                int stage = random.nextInt(100);
                if (stage >= 40) {
                    moves.add(ASSIGN);
                }
                if (stage >= 70) {
                    moves.add(START_REVIEW);
                }
                moves.add(MARK_NOT_ADMISSIBLE);
            }
        }
        return moves;
    }

    private static void review(List<CaseAction> moves, RandomGenerator random, int reassignPercent) {
        moves.add(ASSIGN);
        maybe(moves, random, reassignPercent, REASSIGN);
        moves.add(START_REVIEW);
    }

    private static void investigate(List<CaseAction> moves, RandomGenerator random) {
        review(moves, random, 3);
        maybe(moves, random, 20, REQUEST_INFORMATION, INFORMATION_RECEIVED);
    }

    /** One draft in twelve comes back from the supervisor once and is redrafted. */
    private static void returnedOnce(List<CaseAction> moves, RandomGenerator random) {
        if (random.nextInt(12) == 0) {
            moves.add(RETURN_DRAFT);
            maybe(moves, random, 30, REQUEST_INFORMATION, INFORMATION_RECEIVED);
            moves.add(DRAFT_DECISION);
            moves.add(SUBMIT_FOR_APPROVAL);
        }
    }

    private static void maybe(List<CaseAction> moves, RandomGenerator random, int percent, CaseAction... actions) {
        if (random.nextInt(100) < percent) {
            moves.addAll(List.of(actions));
        }
    }

    /** How many working days an officer typically takes before each move: [least, most]. */
    static int[] typicalGap(CaseAction action) {
        return switch (action) {
            case ASSIGN -> new int[] {0, 2};
            case REASSIGN -> new int[] {1, 4};
            case START_REVIEW -> new int[] {0, 3};
            case REQUEST_INFORMATION -> new int[] {1, 6};
            case INFORMATION_RECEIVED -> new int[] {2, 10};
            case DRAFT_DECISION -> new int[] {2, 8};
            case SUBMIT_FOR_APPROVAL, DECIDE -> new int[] {0, 1};
            case RETURN_DRAFT -> new int[] {1, 3};
            case APPROVE -> new int[] {0, 3};
            case ISSUE_LETTER -> new int[] {1, 3};
            case CLOSE -> new int[] {5, 15};
            case WITHDRAW -> new int[] {1, 10};
            case MARK_NOT_ADMISSIBLE -> new int[] {1, 4};
            case REOPEN -> new int[] {5, 20};
        };
    }
}
