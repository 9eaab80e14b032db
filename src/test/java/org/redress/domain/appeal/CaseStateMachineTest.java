package org.redress.domain.appeal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.redress.domain.appeal.CaseAction.*;
import static org.redress.domain.appeal.CaseStatus.*;

class CaseStateMachineTest {

    private static final LocalDate SINCE = LocalDate.of(2026, 3, 4);

    @ParameterizedTest(name = "{0} --{1}--> {2}")
    @CsvSource({
            "RECEIVED, ASSIGN, ASSIGNED",
            "RECEIVED, WITHDRAW, WITHDRAWN",
            "RECEIVED, MARK_NOT_ADMISSIBLE, NOT_ADMISSIBLE",
            "ASSIGNED, START_REVIEW, IN_REVIEW",
            "ASSIGNED, REASSIGN, ASSIGNED",
            "ASSIGNED, WITHDRAW, WITHDRAWN",
            "ASSIGNED, MARK_NOT_ADMISSIBLE, NOT_ADMISSIBLE",
            "IN_REVIEW, REQUEST_INFORMATION, AWAITING_INFORMATION",
            "IN_REVIEW, DRAFT_DECISION, DECISION_DRAFTED",
            "IN_REVIEW, REASSIGN, IN_REVIEW",
            "IN_REVIEW, WITHDRAW, WITHDRAWN",
            "IN_REVIEW, MARK_NOT_ADMISSIBLE, NOT_ADMISSIBLE",
            "AWAITING_INFORMATION, INFORMATION_RECEIVED, IN_REVIEW",
            "AWAITING_INFORMATION, REASSIGN, AWAITING_INFORMATION",
            "AWAITING_INFORMATION, WITHDRAW, WITHDRAWN",
            "AWAITING_INFORMATION, MARK_NOT_ADMISSIBLE, NOT_ADMISSIBLE",
            "DECISION_DRAFTED, DRAFT_DECISION, DECISION_DRAFTED",
            "DECISION_DRAFTED, SUBMIT_FOR_APPROVAL, AWAITING_APPROVAL",
            "DECISION_DRAFTED, DECIDE, DECIDED",
            "DECISION_DRAFTED, REASSIGN, IN_REVIEW",
            "DECISION_DRAFTED, WITHDRAW, WITHDRAWN",
            "DECISION_DRAFTED, MARK_NOT_ADMISSIBLE, NOT_ADMISSIBLE",
            "AWAITING_APPROVAL, APPROVE, DECIDED",
            "AWAITING_APPROVAL, RETURN_DRAFT, IN_REVIEW",
            "AWAITING_APPROVAL, WITHDRAW, WITHDRAWN",
            "AWAITING_APPROVAL, MARK_NOT_ADMISSIBLE, NOT_ADMISSIBLE",
            "DECIDED, ISSUE_LETTER, LETTER_ISSUED",
            "LETTER_ISSUED, CLOSE, CLOSED",
            "DECIDED, REOPEN, IN_REVIEW",
            "LETTER_ISSUED, REOPEN, IN_REVIEW",
            "CLOSED, REOPEN, IN_REVIEW",
    })
    void a_legal_move_is_granted_and_leads_to_its_state(CaseStatus from, CaseAction action, CaseStatus to) {
        Ruling<CaseTransition> ruling = CaseStateMachine.check(from, action, false, SINCE);

        assertThat(ruling.grantedValue()).contains(new CaseTransition(from, action, to));
        assertThat(CaseStateMachine.legalActions(from, false)).contains(action);
    }

    @Test
    void the_table_holds_exactly_the_thirty_one_documented_moves() {
        assertThat(CaseStateMachine.transitions()).hasSize(31).doesNotHaveDuplicates();
    }

    @ParameterizedTest(name = "{0} --{1}--> refused {2}")
    @CsvSource({
            "DECIDED, ASSIGN, CASE_DECIDED",
            "DECIDED, WITHDRAW, CASE_DECIDED",
            "DECIDED, MARK_NOT_ADMISSIBLE, CASE_DECIDED",
            "DECIDED, CLOSE, LETTER_NOT_ISSUED",
            "LETTER_ISSUED, REASSIGN, LETTER_ISSUED",
            "CLOSED, ASSIGN, CASE_CLOSED",
            "CLOSED, CLOSE, CASE_CLOSED",
            "WITHDRAWN, START_REVIEW, CASE_WITHDRAWN",
            "NOT_ADMISSIBLE, WITHDRAW, CASE_NOT_ADMISSIBLE",
            "ASSIGNED, ASSIGN, CASE_ALREADY_ASSIGNED",
            "IN_REVIEW, ASSIGN, CASE_ALREADY_ASSIGNED",
            "RECEIVED, START_REVIEW, CASE_NOT_ASSIGNED",
            "RECEIVED, REASSIGN, CASE_NOT_ASSIGNED",
            "IN_REVIEW, START_REVIEW, REVIEW_ALREADY_STARTED",
            "ASSIGNED, REQUEST_INFORMATION, NOT_IN_REVIEW",
            "AWAITING_INFORMATION, REQUEST_INFORMATION, ALREADY_AWAITING_INFORMATION",
            "IN_REVIEW, INFORMATION_RECEIVED, NOT_AWAITING_INFORMATION",
            "AWAITING_INFORMATION, DRAFT_DECISION, NOT_IN_REVIEW",
            "RECEIVED, DRAFT_DECISION, NOT_IN_REVIEW",
            "AWAITING_APPROVAL, DRAFT_DECISION, AWAITING_APPROVAL",
            "IN_REVIEW, DECIDE, NO_DRAFT",
            "IN_REVIEW, SUBMIT_FOR_APPROVAL, NO_DRAFT",
            "AWAITING_APPROVAL, DECIDE, AWAITING_APPROVAL",
            "AWAITING_APPROVAL, SUBMIT_FOR_APPROVAL, AWAITING_APPROVAL",
            "AWAITING_APPROVAL, REASSIGN, AWAITING_APPROVAL",
            "DECISION_DRAFTED, APPROVE, NOT_AWAITING_APPROVAL",
            "IN_REVIEW, RETURN_DRAFT, NOT_AWAITING_APPROVAL",
            "AWAITING_APPROVAL, ISSUE_LETTER, NOT_DECIDED",
            "IN_REVIEW, CLOSE, LETTER_NOT_ISSUED",
    })
    void an_illegal_move_is_refused_with_its_reason_code(CaseStatus from, CaseAction action, ReasonCode code) {
        Ruling<CaseTransition> ruling = CaseStateMachine.check(from, action, false, SINCE);

        assertThat(ruling.isGranted()).isFalse();
        assertThat(ruling.refusal()).get().extracting(Rejection::code).isEqualTo(code);
        assertThat(CaseStateMachine.legalActions(from, false)).doesNotContain(action);
    }

    @Test
    void a_decided_case_refuses_assignment_naming_the_day_it_was_decided() {
        Rejection r = CaseStateMachine.check(DECIDED, ASSIGN, false, SINCE).refusal().orElseThrow();

        assertThat(r.reason()).isEqualTo("a decided case cannot be assigned; it was decided on 2026-03-04");
        assertThat(r.arguments()).containsExactly("assigned", "2026-03-04");
    }

    @Test
    void deciding_without_approval_is_refused_when_approval_is_required() {
        Ruling<CaseTransition> ruling = CaseStateMachine.check(DECISION_DRAFTED, DECIDE, true, SINCE);

        assertThat(ruling.refusal()).get().extracting(Rejection::code).isEqualTo(ReasonCode.APPROVAL_REQUIRED);
        assertThat(CaseStateMachine.legalActions(DECISION_DRAFTED, true))
                .containsExactlyInAnyOrder(DRAFT_DECISION, SUBMIT_FOR_APPROVAL, REASSIGN, WITHDRAW, MARK_NOT_ADMISSIBLE);
    }

    @Test
    void an_officer_may_submit_for_approval_even_when_none_is_required() {
        assertThat(CaseStateMachine.legalActions(DECISION_DRAFTED, false)).contains(SUBMIT_FOR_APPROVAL, DECIDE);
    }

    @ParameterizedTest
    @EnumSource(value = CaseStatus.class, names = {"WITHDRAWN", "NOT_ADMISSIBLE"})
    void terminal_states_never_decided_accept_no_action(CaseStatus terminal) {
        assertThat(CaseStateMachine.legalActions(terminal, false)).isEmpty();
        assertThat(CaseStateMachine.legalActions(terminal, true)).isEmpty();
    }

    @Test
    void a_closed_case_accepts_only_a_reopening() {
        assertThat(CaseStateMachine.legalActions(CLOSED, false)).containsExactly(REOPEN);
        assertThat(CaseStateMachine.legalActions(CLOSED, true)).containsExactly(REOPEN);
    }

    @ParameterizedTest
    @EnumSource(CaseStatus.class)
    void withdrawal_and_inadmissibility_are_open_exactly_while_the_case_is_open(CaseStatus status) {
        Set<CaseAction> legal = CaseStateMachine.legalActions(status, false);

        assertThat(legal.contains(WITHDRAW)).isEqualTo(status.isOpen());
        assertThat(legal.contains(MARK_NOT_ADMISSIBLE)).isEqualTo(status.isOpen());
    }

    @Test
    void every_illegal_pair_gets_a_specific_code_and_a_fully_rendered_reason() {
        Set<String> seen = new HashSet<>();
        for (CaseStatus from : CaseStatus.values()) {
            for (CaseAction action : CaseAction.values()) {
                for (boolean approval : new boolean[] {false, true}) {
                    CaseStateMachine.check(from, action, approval, SINCE).refusal().ifPresent(r -> {
                        assertThat(r.code()).as("%s %s", from, action).isNotEqualTo(ReasonCode.ACTION_NOT_ALLOWED);
                        assertThat(r.reason()).doesNotContain("{").isNotBlank();
                        seen.add(from + "/" + action);
                    });
                }
            }
        }
        // 11 states × 15 actions, minus the 31 legal moves; DECIDE from DECISION_DRAFTED is refused only with approval.
        assertThat(seen).hasSize(11 * 15 - 31 + 1);
    }

    @Test
    void legal_actions_are_exactly_the_granted_checks() {
        for (CaseStatus from : CaseStatus.values()) {
            for (boolean approval : new boolean[] {false, true}) {
                Set<CaseAction> granted = EnumSet.noneOf(CaseAction.class);
                for (CaseAction action : CaseAction.values()) {
                    if (CaseStateMachine.check(from, action, approval, SINCE).isGranted()) {
                        granted.add(action);
                    }
                }
                assertThat(CaseStateMachine.legalActions(from, approval)).isEqualTo(granted);
            }
        }
    }

    @ParameterizedTest(name = "{0} --REOPEN--> refused {1}")
    @CsvSource({
            "IN_REVIEW, NOT_DECIDED_TO_REOPEN",
            "AWAITING_APPROVAL, NOT_DECIDED_TO_REOPEN",
            "WITHDRAWN, CASE_WITHDRAWN",
            "NOT_ADMISSIBLE, CASE_NOT_ADMISSIBLE",
    })
    void only_a_decided_case_is_reopened(CaseStatus from, ReasonCode code) {
        assertThat(CaseStateMachine.check(from, REOPEN, false, SINCE).refusal().orElseThrow().code()).isEqualTo(code);
    }

    @Test
    void an_unknown_status_day_is_said_in_words() {
        Rejection r = CaseStateMachine.check(CLOSED, ASSIGN, false, null).refusal().orElseThrow();

        assertThat(r.reason()).endsWith("it was closed on an unrecorded date");
    }
}
