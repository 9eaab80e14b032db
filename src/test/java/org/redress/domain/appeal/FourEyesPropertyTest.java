package org.redress.domain.appeal;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.redress.domain.access.Role;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.redress.domain.appeal.Examples.inStatus;
import static org.redress.domain.appeal.Examples.officer;

class FourEyesPropertyTest {

    @Provide
    Arbitrary<String> ids() {
        return Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(20);
    }

    @Property
    void no_officer_of_any_role_can_approve_their_own_draft(@ForAll Role role, @ForAll("ids") String id) {
        assertThat(FourEyesPolicy.refusalToApprove(id, officer(id, role)))
                .get().extracting(Rejection::code).isEqualTo(ReasonCode.DRAFTER_CANNOT_APPROVE);
    }

    @Property
    void the_gate_never_lets_the_drafter_approve_or_return_their_own_draft(@ForAll Role role, @ForAll("ids") String id,
                                                                           @ForAll boolean recused) {
        AppealCase c = inStatus(CaseStatus.AWAITING_APPROVAL, id, LocalDate.of(2026, 3, 4));
        RecusalVerdict verdict = recused
                ? new RecusalVerdict(List.of(Rejection.of(ReasonCode.IMPOSED_THE_DEDUCTION, 1)))
                : RecusalVerdict.clear();

        assertThat(CaseActionGate.legalActions(c, officer(id, role), new GateFacts(true, id, verdict)))
                .doesNotContain(CaseAction.APPROVE, CaseAction.RETURN_DRAFT);
    }

    @Property
    void the_sample_answer_depends_on_the_decision_id_alone(@ForAll("ids") String id) {
        FourEyesPolicy a = new FourEyesPolicy(10, Map.of(), 0.25);
        FourEyesPolicy b = new FourEyesPolicy(99, Map.of("X", 1), 0.25);

        assertThat(a.isSampled(id)).isEqualTo(b.isSampled(id)).isEqualTo(a.isSampled(new String(id)));
    }
}
