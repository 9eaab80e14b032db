package org.redress.domain.appeal;

import org.junit.jupiter.api.Test;
import org.redress.domain.ledger.LedgerEvent;
import org.redress.domain.ledger.LedgerEventKind;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.redress.domain.appeal.Examples.*;

class DecisionValidatorTest {

    private static final LocalDate UNTIL = LocalDate.of(2026, 12, 31);
    private final AppealCase appeal = received(1, 5);
    private final Map<Long, LedgerEvent> ledger = ledger(deduction(1, -50), listEntry(5, UNTIL), deduction(7, -10));
    /** Rule bounds: points -50..-10, list entries at least three months. */
    private final RuleBoundsLookup bounds = e -> Optional.of(new RuleBounds(e.ruleCode(), -50, -10, Period.ofMonths(3)));

    @Test
    void a_complete_decision_has_no_problems() {
        Decision d = decision("d1", List.of(DeductionOutcome.amendedPoints(1, -20, "restore 30 points"),
                DeductionOutcome.amendedPublication(5, UNTIL.minusMonths(3), "")));

        assertThat(DecisionValidator.validate(d, appeal, ledger, bounds)).isEmpty();
    }

    @Test
    void every_problem_is_listed_at_once_with_its_field() {
        Decision d = new Decision("d1", "case-1", "drafter", Instant.EPOCH, List.of(DeductionOutcome.upheld(1)),
                "  ", "", List.of(), null, null);

        assertThat(DecisionValidator.validate(d, appeal, ledger, bounds))
                .extracting(Problem::field, Problem::code)
                .containsExactly(
                        tuple("reasons", ReasonCode.REASONS_REQUIRED),
                        tuple("legalBasis", ReasonCode.LEGAL_BASIS_REQUIRED),
                        tuple("outcomes[5]", ReasonCode.OUTCOME_MISSING));
    }

    @Test
    void amended_points_outside_the_rules_range_are_refused() {
        Decision d = decision("d1", List.of(DeductionOutcome.amendedPoints(1, -5, ""), DeductionOutcome.upheld(5)));

        List<Problem> problems = DecisionValidator.validate(d, appeal, ledger, bounds);

        assertThat(problems).extracting(Problem::field, Problem::code)
                .containsExactly(tuple("outcomes[1].newPoints", ReasonCode.AMENDED_POINTS_OUT_OF_RANGE));
        assertThat(problems.getFirst().reason()).isEqualTo("-5 points is outside the range -50 to -10 that rule R-1 allows");
    }

    @Test
    void an_amendment_that_worsens_the_subject_is_refused() {
        AppealCase small = received(7);
        Decision d = decision("d1", List.of(DeductionOutcome.amendedPoints(7, -30, "")));

        List<Problem> problems = DecisionValidator.validate(d, small, ledger, bounds);

        assertThat(problems).extracting(Problem::code).containsExactly(ReasonCode.AMENDMENT_WORSENS);
        assertThat(problems.getFirst().reason()).contains("-30 instead of -10");
    }

    @Test
    void a_longer_publication_is_refused_as_worsening() {
        Decision d = decision("d1", List.of(DeductionOutcome.upheld(1),
                DeductionOutcome.amendedPublication(5, UNTIL.plusDays(1), "")));

        assertThat(DecisionValidator.validate(d, appeal, ledger, bounds)).extracting(Problem::field, Problem::code)
                .containsExactly(tuple("outcomes[5].newPublicationUntil", ReasonCode.AMENDMENT_WORSENS));
    }

    @Test
    void an_amendment_that_changes_nothing_is_refused() {
        Decision d = decision("d1", List.of(DeductionOutcome.amendedPoints(1, -50, ""),
                DeductionOutcome.amendedPublication(5, UNTIL, "")));

        assertThat(DecisionValidator.validate(d, appeal, ledger, bounds)).extracting(Problem::code)
                .containsExactly(ReasonCode.AMENDMENT_CHANGES_NOTHING, ReasonCode.AMENDMENT_CHANGES_NOTHING);
    }

    @Test
    void publication_cannot_be_cut_below_the_rules_minimum() {
        // imposed 2025-06-01 + 3 months = 2025-09-01
        Decision d = decision("d1", List.of(DeductionOutcome.upheld(1),
                DeductionOutcome.amendedPublication(5, LocalDate.of(2025, 8, 31), "")));

        List<Problem> problems = DecisionValidator.validate(d, appeal, ledger, bounds);

        assertThat(problems).extracting(Problem::code).containsExactly(ReasonCode.PUBLICATION_BELOW_MINIMUM);
        assertThat(problems.getFirst().reason()).contains("2025-09-01");
    }

    @Test
    void points_on_a_list_entry_and_publication_on_a_deduction_make_no_sense() {
        Decision d = decision("d1", List.of(
                new DeductionOutcome(1, OutcomeKind.AMENDED, null, UNTIL.minusDays(1), ""),
                new DeductionOutcome(5, OutcomeKind.AMENDED, -20, null, "")));

        assertThat(DecisionValidator.validate(d, appeal, ledger, bounds)).extracting(Problem::field, Problem::code)
                .containsExactlyInAnyOrder(
                        tuple("outcomes[1].newPublicationUntil", ReasonCode.PUBLICATION_NOT_APPLICABLE),
                        tuple("outcomes[5].newPoints", ReasonCode.POINTS_NOT_APPLICABLE));
    }

    @Test
    void an_empty_amendment_and_amendment_values_on_other_outcomes_are_refused() {
        Decision d = decision("d1", List.of(
                new DeductionOutcome(1, OutcomeKind.AMENDED, null, null, ""),
                new DeductionOutcome(5, OutcomeKind.UPHELD, null, UNTIL.minusDays(1), "")));

        assertThat(DecisionValidator.validate(d, appeal, ledger, bounds)).extracting(Problem::field, Problem::code)
                .containsExactlyInAnyOrder(
                        tuple("outcomes[1]", ReasonCode.AMENDMENT_EMPTY),
                        tuple("outcomes[5]", ReasonCode.AMENDMENT_FIELDS_WITHOUT_AMENDMENT));
    }

    @Test
    void outcomes_for_undisputed_entries_and_duplicates_are_refused() {
        Decision d = decision("d1", List.of(DeductionOutcome.upheld(1), DeductionOutcome.reversed(1, ""),
                DeductionOutcome.reversed(1, ""), DeductionOutcome.upheld(5), DeductionOutcome.reversed(7, "")));

        assertThat(DecisionValidator.validate(d, appeal, ledger, bounds)).extracting(Problem::field, Problem::code)
                .containsExactly(
                        tuple("outcomes[1]", ReasonCode.OUTCOME_DUPLICATED),
                        tuple("outcomes[7]", ReasonCode.OUTCOME_NOT_DISPUTED));
    }

    @Test
    void a_case_level_outcome_cannot_be_mixed_with_others() {
        Decision d = decision("d1", List.of(new DeductionOutcome(1, OutcomeKind.NOT_ADMISSIBLE, null, null, ""),
                DeductionOutcome.upheld(5)));

        assertThat(DecisionValidator.validate(d, appeal, ledger, bounds)).extracting(Problem::code)
                .containsExactly(ReasonCode.CASE_LEVEL_OUTCOME_MIXED);
    }

    @Test
    void a_whole_case_found_not_admissible_is_valid() {
        Decision d = decision("d1", List.of(new DeductionOutcome(1, OutcomeKind.NOT_ADMISSIBLE, null, null, ""),
                new DeductionOutcome(5, OutcomeKind.NOT_ADMISSIBLE, null, null, "")));

        assertThat(DecisionValidator.validate(d, appeal, ledger, bounds)).isEmpty();
    }

    @Test
    void an_amendment_cannot_be_checked_without_the_rules_bounds() {
        Decision d = decision("d1", List.of(DeductionOutcome.amendedPoints(1, -20, ""), DeductionOutcome.upheld(5)));

        assertThat(DecisionValidator.validate(d, appeal, ledger, e -> Optional.empty())).extracting(Problem::code)
                .containsExactly(ReasonCode.RULE_BOUNDS_UNKNOWN);
    }

    @Test
    void unknown_and_undisputable_entries_the_wrong_case_and_self_superseding_are_reported() {
        LedgerEvent reversal = new LedgerEvent(5, SCHEME, "R-1", LedgerEventKind.REVERSAL, 50, "A",
                LocalDate.of(2025, 7, 1), "X", 1L, null);
        Decision d = new Decision("d1", "case-2", "drafter", Instant.EPOCH,
                List.of(DeductionOutcome.upheld(1), DeductionOutcome.upheld(5)), "reasons", "basis", List.of(), null, "d1");

        assertThat(DecisionValidator.validate(d, received(1, 5, 6), ledger(deduction(1, -50), reversal), bounds))
                .extracting(Problem::field, Problem::code)
                .containsExactly(
                        tuple("caseId", ReasonCode.DECISION_FOR_OTHER_CASE),
                        tuple("supersedes", ReasonCode.SUPERSEDES_ITSELF),
                        tuple("disputedEventIds", ReasonCode.EVENT_NOT_DISPUTABLE),
                        tuple("disputedEventIds", ReasonCode.DISPUTED_EVENT_UNKNOWN),
                        tuple("outcomes[6]", ReasonCode.OUTCOME_MISSING));
    }
}
