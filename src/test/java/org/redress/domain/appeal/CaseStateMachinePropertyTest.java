package org.redress.domain.appeal;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CaseStateMachinePropertyTest {

    private static final LocalDate SINCE = LocalDate.of(2026, 3, 4);

    record Step(CaseAction action, boolean approvalRequired) {
    }

    @Provide
    Arbitrary<List<Step>> walks() {
        Arbitrary<Step> step = Combinators.combine(Arbitraries.of(CaseAction.class), Arbitraries.of(true, false))
                .as(Step::new);
        return step.list().ofMinSize(1).ofMaxSize(60);
    }

    @Property
    void random_action_sequences_only_ever_take_documented_moves(@ForAll("walks") List<Step> walk) {
        CaseStatus status = CaseStatus.RECEIVED;
        for (Step step : walk) {
            Ruling<CaseTransition> ruling = CaseStateMachine.check(status, step.action(), step.approvalRequired(), SINCE);
            boolean offered = CaseStateMachine.legalActions(status, step.approvalRequired()).contains(step.action());
            assertThat(ruling.isGranted()).isEqualTo(offered);
            switch (ruling) {
                case Ruling.Granted<CaseTransition>(CaseTransition t) -> {
                    assertThat(CaseStateMachine.transitions()).contains(t);
                    status = t.to();
                }
                case Ruling.Refused<CaseTransition>(Rejection r) -> {
                    assertThat(r.code()).isNotEqualTo(ReasonCode.ACTION_NOT_ALLOWED);
                    assertThat(r.reason()).isNotBlank().doesNotContain("{");
                }
            }
        }
    }

    @Property
    void terminal_states_accept_nothing_but_a_reopening_and_decided_cases_reopen_only_by_reopen(
            @ForAll("walks") List<Step> walk) {
        CaseStatus status = CaseStatus.RECEIVED;
        for (Step step : walk) {
            Ruling<CaseTransition> ruling = CaseStateMachine.check(status, step.action(), step.approvalRequired(), SINCE);
            if (status.isTerminal() && step.action() != CaseAction.REOPEN) {
                assertThat(ruling.isGranted()).as("%s accepted %s", status, step.action()).isFalse();
            }
            CaseStatus next = ruling.grantedValue().map(CaseTransition::to).orElse(status);
            if (!status.isOpen() && next.isOpen()) {
                // Only a decided case (never a withdrawn or inadmissible one) is reopened, and into review.
                assertThat(step.action()).isEqualTo(CaseAction.REOPEN);
                assertThat(status).isIn(CaseStatus.DECIDED, CaseStatus.LETTER_ISSUED, CaseStatus.CLOSED);
                assertThat(next).isEqualTo(CaseStatus.IN_REVIEW);
            }
            status = next;
        }
    }

    @Property
    void no_action_sequence_decides_without_approval_when_approval_is_always_required(
            @ForAll @Size(max = 60) List<CaseAction> actions) {
        CaseStatus status = CaseStatus.RECEIVED;
        CaseStatus before;
        for (CaseAction action : actions) {
            before = status;
            status = CaseStateMachine.check(status, action, true, SINCE).grantedValue()
                    .map(CaseTransition::to).orElse(status);
            if (status == CaseStatus.DECIDED && before != CaseStatus.DECIDED) {
                assertThat(before).isEqualTo(CaseStatus.AWAITING_APPROVAL);
            }
        }
    }
}
