package org.redress.domain.appeal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.redress.domain.access.Officer;
import org.redress.domain.access.Role;
import org.redress.domain.ledger.LedgerEvent;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.redress.domain.appeal.Examples.*;

class FourEyesPolicyTest {

    /** Threshold 30 everywhere, no sample, so only the rule under test can ask for approval. */
    private final FourEyesPolicy noSample = new FourEyesPolicy(30, Map.of(), 0.0);
    private final Map<Long, LedgerEvent> ledger = ledger(deduction(1, -50), deduction(2, -20), deduction(3, -20),
            deduction(4, -30), listEntry(5, LocalDate.of(2026, 12, 31)));

    @Test
    void reversing_more_points_than_the_threshold_needs_approval() {
        Decision d = decision("d1", List.of(DeductionOutcome.reversed(1, "")));

        assertThat(noSample.reasonsForApproval(d, ledger)).containsExactly(ApprovalReason.RESTORES_POINTS_ABOVE_THRESHOLD);
    }

    @Test
    void reversing_exactly_the_threshold_does_not() {
        Decision d = decision("d1", List.of(DeductionOutcome.reversed(4, "")));

        assertThat(noSample.requiresApproval(d, ledger)).isFalse();
    }

    @Test
    void reversals_are_summed_so_splitting_does_not_slip_under_the_threshold() {
        Decision d = decision("d1", List.of(DeductionOutcome.reversed(2, ""), DeductionOutcome.reversed(3, "")));

        assertThat(FourEyesPolicy.pointsRestoredByScheme(d, ledger)).containsEntry(SCHEME, 40);
        assertThat(noSample.requiresApproval(d, ledger)).isTrue();
    }

    @Test
    void an_amendment_that_restores_many_points_counts_like_a_reversal() {
        Decision d = decision("d1", List.of(DeductionOutcome.amendedPoints(1, -10, "")));

        assertThat(noSample.reasonsForApproval(d, ledger)).containsExactly(ApprovalReason.RESTORES_POINTS_ABOVE_THRESHOLD);
    }

    @Test
    void a_scheme_threshold_overrides_the_default() {
        FourEyesPolicy strict = new FourEyesPolicy(30, Map.of(SCHEME, 10), 0.0);
        Decision d = decision("d1", List.of(DeductionOutcome.reversed(2, "")));

        assertThat(noSample.requiresApproval(d, ledger)).isFalse();
        assertThat(strict.requiresApproval(d, ledger)).isTrue();
    }

    @Test
    void any_list_removal_needs_approval() {
        Decision d = decision("d1", List.of(DeductionOutcome.reversed(5, "remove from the list")));

        assertThat(noSample.reasonsForApproval(d, ledger)).containsExactly(ApprovalReason.LIST_REMOVAL);
    }

    @Test
    void deciding_against_ones_own_earlier_view_needs_approval() {
        EarlierView mine = new EarlierView("drafter", Instant.parse("2026-03-05T10:00:00Z"), Map.of(2L, OutcomeKind.UPHELD));
        Decision d = withView(decision("d1", List.of(DeductionOutcome.reversed(2, ""))), mine);

        assertThat(d.isAgainstOwnEarlierView()).isTrue();
        assertThat(noSample.reasonsForApproval(d, ledger)).containsExactly(ApprovalReason.AGAINST_OWN_EARLIER_VIEW);
    }

    @Test
    void another_officers_earlier_view_or_an_agreeing_one_does_not() {
        EarlierView theirs = new EarlierView("colleague", Instant.parse("2026-03-05T10:00:00Z"), Map.of(2L, OutcomeKind.UPHELD));
        EarlierView agreeing = new EarlierView("drafter", Instant.parse("2026-03-05T10:00:00Z"), Map.of(2L, OutcomeKind.REVERSED));

        assertThat(noSample.requiresApproval(withView(decision("d1", List.of(DeductionOutcome.reversed(2, ""))), theirs), ledger)).isFalse();
        assertThat(noSample.requiresApproval(withView(decision("d1", List.of(DeductionOutcome.reversed(2, ""))), agreeing), ledger)).isFalse();
    }

    @Test
    void a_plain_upheld_decision_needs_no_approval_unless_sampled() {
        Decision d = decision("d1", List.of(DeductionOutcome.upheld(1)));

        assertThat(noSample.reasonsForApproval(d, ledger)).isEmpty();
        assertThat(new FourEyesPolicy(30, Map.of(), 1.0).reasonsForApproval(d, ledger))
                .containsExactly(ApprovalReason.RANDOM_SAMPLE);
    }

    @Test
    void redrafting_a_decision_cannot_move_it_out_of_the_sample() {
        FourEyesPolicy half = new FourEyesPolicy(30, Map.of(), 0.5);
        Decision first = decision("draft-0", List.of(DeductionOutcome.upheld(1)));
        boolean sampledFirst = half.reasonsForApproval(first, ledger).contains(ApprovalReason.RANDOM_SAMPLE);
        // Two hundred redrafts of the same case: the verdict never changes ...
        assertThat(IntStream.range(1, 200)
                .mapToObj(i -> decision("draft-" + i, List.of(DeductionOutcome.upheld(1))))
                .map(d -> half.reasonsForApproval(d, ledger).contains(ApprovalReason.RANDOM_SAMPLE)))
                .containsOnly(sampledFirst);
        // ... while other cases do fall on both sides of a 50% sample.
        assertThat(IntStream.range(0, 200).mapToObj(i -> "case-" + i).map(half::isSampled).distinct())
                .containsExactlyInAnyOrder(true, false);
    }

    @Test
    void the_sample_draws_only_from_decisions_not_already_needing_approval() {
        Decision d = decision("d1", List.of(DeductionOutcome.reversed(5, "")));

        assertThat(new FourEyesPolicy(30, Map.of(), 1.0).reasonsForApproval(d, ledger)).containsExactly(ApprovalReason.LIST_REMOVAL);
    }

    @Test
    void the_sample_is_reproducible_and_near_its_rate_over_ten_thousand_ids() {
        FourEyesPolicy tenPercent = new FourEyesPolicy(30, Map.of(), 0.10);
        List<String> ids = IntStream.range(0, 10_000)
                .mapToObj(i -> UUID.nameUUIDFromBytes(("decision " + i).getBytes(StandardCharsets.UTF_8)).toString())
                .toList();

        long sampled = ids.stream().filter(tenPercent::isSampled).count();
        long again = ids.stream().filter(new FourEyesPolicy(99, Map.of(), 0.10)::isSampled).count();
        List<Boolean> first = ids.stream().map(tenPercent::isSampled).toList();
        List<Boolean> second = ids.stream().map(tenPercent::isSampled).toList();

        // Binomial(10000, 0.1): mean 1000, sd 30; ±150 is five standard deviations.
        assertThat(sampled).isBetween(850L, 1150L);
        assertThat(again).isEqualTo(sampled);
        assertThat(second).isEqualTo(first);
    }

    @Test
    void a_rate_of_zero_samples_nothing_and_one_samples_everything() {
        assertThat(IntStream.range(0, 1000).mapToObj(i -> "id-" + i).filter(noSample::isSampled)).isEmpty();
        FourEyesPolicy all = new FourEyesPolicy(30, Map.of(), 1.0);
        assertThat(IntStream.range(0, 1000).mapToObj(i -> "id-" + i).allMatch(all::isSampled)).isTrue();
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void the_drafter_may_never_approve_whatever_their_role(Role role) {
        Officer drafter = officer("d", role);

        assertThat(FourEyesPolicy.refusalToApprove("d", drafter))
                .get().extracting(Rejection::code).isEqualTo(ReasonCode.DRAFTER_CANNOT_APPROVE);
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"OFFICER", "AUDITOR", "ADMINISTRATOR"})
    void only_a_supervisor_approves_another_officers_draft(Role role) {
        assertThat(FourEyesPolicy.refusalToApprove("d", officer("x", role)))
                .get().extracting(Rejection::code).isEqualTo(ReasonCode.ONLY_SUPERVISOR_APPROVES);
        assertThat(FourEyesPolicy.refusalToApprove("d", officer("x", Role.SUPERVISOR))).isEmpty();
    }

    @Test
    void without_a_known_drafter_nobody_approves() {
        assertThat(FourEyesPolicy.refusalToApprove(null, officer("x", Role.SUPERVISOR)))
                .get().extracting(Rejection::code).isEqualTo(ReasonCode.DRAFTER_UNKNOWN);
    }

    @Test
    void a_rate_outside_zero_to_one_is_refused() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new FourEyesPolicy(30, Map.of(), 1.5));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new FourEyesPolicy(30, Map.of(), Double.NaN));
    }

    private static Decision withView(Decision d, EarlierView view) {
        return new Decision(d.id(), d.caseId(), d.drafterId(), d.draftedAt(), d.outcomes(), d.reasons(), d.legalBasis(),
                d.remediesOrdered(), view, d.supersedes());
    }
}
