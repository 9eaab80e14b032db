package org.redress.domain.appeal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.redress.domain.access.Officer;
import org.redress.domain.access.Role;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.redress.domain.appeal.CaseAction.*;
import static org.redress.domain.appeal.Examples.inStatus;
import static org.redress.domain.appeal.Examples.officer;

class CaseActionGateTest {

    private static final LocalDate MARCH_4 = LocalDate.of(2026, 3, 4);
    private static final LocalDate MARCH_9 = LocalDate.of(2026, 3, 9);
    private final Officer ana = officer("ana", Role.OFFICER);
    private final Officer bo = officer("bo", Role.OFFICER);
    private final Officer sam = officer("sam", Role.SUPERVISOR);
    private final Officer tess = officer("tess", Role.SUPERVISOR);

    @ParameterizedTest
    @EnumSource(CaseStatus.class)
    void auditors_and_administrators_are_offered_nothing_in_any_state(CaseStatus status) {
        AppealCase c = inStatus(status, "ana", MARCH_4);
        GateFacts facts = new GateFacts(false, "ana", RecusalVerdict.clear());

        assertThat(CaseActionGate.legalActions(c, officer("aud", Role.AUDITOR), facts)).isEmpty();
        assertThat(CaseActionGate.legalActions(c, officer("adm", Role.ADMINISTRATOR), facts)).isEmpty();
        assertThat(CaseActionGate.refusal(c, ASSIGN, officer("aud", Role.AUDITOR), facts))
                .get().extracting(Rejection::code).isEqualTo(ReasonCode.AUDITOR_READ_ONLY);
    }

    @Test
    void the_assignee_in_review_is_offered_the_review_moves() {
        AppealCase c = inStatus(CaseStatus.IN_REVIEW, "ana", MARCH_4);

        assertThat(CaseActionGate.legalActions(c, ana, GateFacts.noDraft()))
                .containsExactlyInAnyOrder(REQUEST_INFORMATION, DRAFT_DECISION, REASSIGN, WITHDRAW, MARK_NOT_ADMISSIBLE);
    }

    @Test
    void another_officer_may_not_review_but_may_reassign_or_record_a_withdrawal() {
        AppealCase c = inStatus(CaseStatus.IN_REVIEW, "ana", MARCH_4);

        assertThat(CaseActionGate.refusal(c, DRAFT_DECISION, bo, GateFacts.noDraft()))
                .get().extracting(Rejection::code).isEqualTo(ReasonCode.NOT_THE_ASSIGNEE);
        assertThat(CaseActionGate.legalActions(c, bo, GateFacts.noDraft())).containsExactlyInAnyOrder(REASSIGN, WITHDRAW);
    }

    @Test
    void a_recused_assignee_may_not_review_and_is_told_every_reason() {
        AppealCase c = inStatus(CaseStatus.ASSIGNED, "ana", MARCH_4);
        RecusalVerdict verdict = new RecusalVerdict(List.of(
                Rejection.of(ReasonCode.IMPOSED_THE_DEDUCTION, 11),
                Rejection.of(ReasonCode.DECLARED_RELATION, "cousin", "2026-01-01T00:00:00Z")));
        GateFacts facts = new GateFacts(false, null, verdict);

        Rejection r = CaseActionGate.refusal(c, START_REVIEW, ana, facts).orElseThrow();

        assertThat(r.code()).isEqualTo(ReasonCode.RECUSED);
        assertThat(r.reason()).contains("entry 11", "cousin");
        assertThat(CaseActionGate.legalActions(c, ana, facts)).containsExactlyInAnyOrder(REASSIGN, WITHDRAW);
    }

    @Test
    void a_supervisor_who_did_not_draft_approves_and_the_case_is_decided_that_day() {
        AppealCase c = inStatus(CaseStatus.AWAITING_APPROVAL, "ana", MARCH_4);
        GateFacts facts = new GateFacts(true, "ana", RecusalVerdict.clear());

        Ruling<AppealCase> ruling = CaseActionGate.apply(c, APPROVE, sam, facts, null, MARCH_9);

        AppealCase decided = ruling.grantedValue().orElseThrow();
        assertThat(decided.status()).isEqualTo(CaseStatus.DECIDED);
        assertThat(decided.statusSince()).isEqualTo(MARCH_9);
        assertThat(decided.assigneeId()).isEqualTo("ana");
    }

    @Test
    void a_supervisor_may_not_approve_their_own_draft() {
        AppealCase c = inStatus(CaseStatus.AWAITING_APPROVAL, "sam", MARCH_4);
        GateFacts facts = new GateFacts(true, "sam", RecusalVerdict.clear());

        assertThat(CaseActionGate.apply(c, APPROVE, sam, facts, null, MARCH_9).refusal())
                .get().extracting(Rejection::code).isEqualTo(ReasonCode.DRAFTER_CANNOT_APPROVE);
        assertThat(CaseActionGate.legalActions(c, sam, facts)).doesNotContain(APPROVE, RETURN_DRAFT);
        assertThat(CaseActionGate.legalActions(c, tess, facts)).contains(APPROVE, RETURN_DRAFT);
    }

    @Test
    void an_officer_may_not_approve_even_someone_elses_draft() {
        AppealCase c = inStatus(CaseStatus.AWAITING_APPROVAL, "ana", MARCH_4);

        assertThat(CaseActionGate.refusal(c, APPROVE, bo, new GateFacts(true, "ana", RecusalVerdict.clear())))
                .get().extracting(Rejection::code).isEqualTo(ReasonCode.ONLY_SUPERVISOR_APPROVES);
    }

    @Test
    void a_recused_supervisor_may_not_approve() {
        AppealCase c = inStatus(CaseStatus.AWAITING_APPROVAL, "ana", MARCH_4);
        RecusalVerdict verdict = new RecusalVerdict(List.of(Rejection.of(ReasonCode.WORKS_FOR_ISSUING_AGENCY, "A", "entry 11")));

        assertThat(CaseActionGate.refusal(c, APPROVE, sam, new GateFacts(true, "ana", verdict)))
                .get().extracting(Rejection::code).isEqualTo(ReasonCode.RECUSED);
    }

    @Test
    void the_drafter_decides_alone_only_when_no_approval_is_required() {
        AppealCase c = inStatus(CaseStatus.DECISION_DRAFTED, "ana", MARCH_4);

        assertThat(CaseActionGate.apply(c, DECIDE, ana, new GateFacts(false, "ana", RecusalVerdict.clear()), null, MARCH_9)
                .grantedValue()).get().extracting(AppealCase::status).isEqualTo(CaseStatus.DECIDED);
        assertThat(CaseActionGate.apply(c, DECIDE, ana, new GateFacts(true, "ana", RecusalVerdict.clear()), null, MARCH_9)
                .refusal()).get().extracting(Rejection::code).isEqualTo(ReasonCode.APPROVAL_REQUIRED);
    }

    @Test
    void assigning_records_the_assignee() {
        AppealCase c = inStatus(CaseStatus.RECEIVED, "", MARCH_4);

        AppealCase assigned = CaseActionGate.apply(c, ASSIGN, sam, GateFacts.noDraft(), "ana", MARCH_9)
                .grantedValue().orElseThrow();

        assertThat(assigned.status()).isEqualTo(CaseStatus.ASSIGNED);
        assertThat(assigned.assigneeId()).isEqualTo("ana");
    }

    @Test
    void assigning_needs_an_assignee_and_reassigning_needs_a_different_one() {
        AppealCase received = inStatus(CaseStatus.RECEIVED, "", MARCH_4);
        AppealCase assigned = inStatus(CaseStatus.ASSIGNED, "ana", MARCH_4);

        assertThat(CaseActionGate.apply(received, ASSIGN, sam, GateFacts.noDraft(), null, MARCH_9).refusal())
                .get().extracting(Rejection::code).isEqualTo(ReasonCode.ASSIGNEE_REQUIRED);
        assertThat(CaseActionGate.apply(assigned, REASSIGN, sam, GateFacts.noDraft(), "ana", MARCH_9).refusal())
                .get().extracting(Rejection::code).isEqualTo(ReasonCode.SAME_ASSIGNEE);
    }

    @Test
    void reassigning_keeps_the_state_and_its_day_but_a_draft_goes_back_to_review() {
        AppealCase inReview = inStatus(CaseStatus.IN_REVIEW, "ana", MARCH_4);
        AppealCase drafted = inStatus(CaseStatus.DECISION_DRAFTED, "ana", MARCH_4);

        AppealCase stillInReview = CaseActionGate.apply(inReview, REASSIGN, sam, GateFacts.noDraft(), "bo", MARCH_9)
                .grantedValue().orElseThrow();
        AppealCase backInReview = CaseActionGate.apply(drafted, REASSIGN, sam, new GateFacts(false, "ana",
                RecusalVerdict.clear()), "bo", MARCH_9).grantedValue().orElseThrow();

        assertThat(stillInReview.status()).isEqualTo(CaseStatus.IN_REVIEW);
        assertThat(stillInReview.statusSince()).isEqualTo(MARCH_4);
        assertThat(stillInReview.assigneeId()).isEqualTo("bo");
        assertThat(backInReview.status()).isEqualTo(CaseStatus.IN_REVIEW);
        assertThat(backInReview.statusSince()).isEqualTo(MARCH_9);
    }

    @Test
    void a_refusal_from_the_state_comes_before_one_about_the_actor() {
        AppealCase closed = inStatus(CaseStatus.CLOSED, "ana", MARCH_4);

        assertThat(CaseActionGate.refusal(closed, START_REVIEW, bo, GateFacts.noDraft()))
                .get().extracting(Rejection::code).isEqualTo(ReasonCode.CASE_CLOSED);
    }

    @Test
    void only_a_supervisor_who_need_not_stand_aside_reopens_a_decided_case_and_it_returns_to_review() {
        AppealCase c = inStatus(CaseStatus.LETTER_ISSUED, "ana", MARCH_4);

        assertThat(CaseActionGate.refusal(c, REOPEN, ana, GateFacts.noDraft()))
                .get().extracting(Rejection::code).isEqualTo(ReasonCode.ONLY_SUPERVISOR_REOPENS);
        assertThat(CaseActionGate.legalActions(c, ana, GateFacts.noDraft())).doesNotContain(REOPEN);
        assertThat(CaseActionGate.legalActions(c, sam, GateFacts.noDraft())).contains(REOPEN);
        RecusalVerdict recused = new RecusalVerdict(List.of(Rejection.of(ReasonCode.IMPOSED_THE_DEDUCTION, 11)));
        assertThat(CaseActionGate.refusal(c, REOPEN, sam, new GateFacts(false, null, recused)))
                .get().extracting(Rejection::code).isEqualTo(ReasonCode.RECUSED);

        AppealCase reopened = CaseActionGate.apply(c, REOPEN, sam, GateFacts.noDraft(), null, MARCH_9)
                .grantedValue().orElseThrow();
        assertThat(reopened.status()).isEqualTo(CaseStatus.IN_REVIEW);
        assertThat(reopened.assigneeId()).isEqualTo("ana");
        assertThat(reopened.statusSince()).isEqualTo(MARCH_9);
    }
}
