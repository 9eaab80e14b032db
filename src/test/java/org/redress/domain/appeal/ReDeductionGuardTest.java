package org.redress.domain.appeal;

import org.junit.jupiter.api.Test;
import org.redress.domain.ledger.LedgerEvent;
import org.redress.domain.ledger.LedgerEventKind;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.redress.domain.appeal.Examples.SCHEME;
import static org.redress.domain.appeal.Examples.SUBJECT;

class ReDeductionGuardTest {

    private static final LocalDate IMPOSED = LocalDate.of(2025, 6, 1);
    private final LedgerEvent original = entry(11, "R-7", IMPOSED, "AGENCY-A", "A-2025-0042");
    private final ReDeductionGuard guard = new ReDeductionGuard(
            List.of(new ReversedDeduction(SUBJECT, original, "dec-reversal")),
            List.of(new ReImpositionAuthorisation("dec-new", 11)));

    @Test
    void the_same_rule_on_the_same_day_under_a_new_reference_is_held_back() {
        Rejection r = guard.check(SUBJECT, entry(90, "R-7", IMPOSED, "AGENCY-A", "A-2026-0001"), null).orElseThrow();

        assertThat(r.code()).isEqualTo(ReasonCode.REVERSED_DEDUCTION_REIMPOSED);
        assertThat(r.reason()).contains("entry 11", "A-2025-0042", "decision dec-reversal");
    }

    @Test
    void the_same_agency_reference_on_another_day_is_held_back() {
        assertThat(guard.check(SUBJECT, entry(91, "R-7", IMPOSED.plusDays(3), "AGENCY-A", "A-2025-0042"), null))
                .get().extracting(Rejection::code).isEqualTo(ReasonCode.REVERSED_DEDUCTION_REIMPOSED);
    }

    @Test
    void unrelated_entries_pass() {
        assertThat(guard.check("other-subject", entry(92, "R-7", IMPOSED, "AGENCY-A", "A-2026-0002"), null)).isEmpty();
        assertThat(guard.check(SUBJECT, entry(93, "R-8", IMPOSED, "AGENCY-A", "A-2026-0003"), null)).isEmpty();
        assertThat(guard.check(SUBJECT, entry(94, "R-7", IMPOSED.plusDays(ReDeductionGuard.RESENT_WITHIN_DAYS + 1),
                "AGENCY-A", "A-2026-0004"), null)).isEmpty();
        assertThat(guard.check(SUBJECT, entry(95, "R-7", IMPOSED.plusDays(1), "AGENCY-B", "A-2025-0042"), null)).isEmpty();
    }

    @Test
    void a_new_decision_authorising_the_reimposition_lets_it_through() {
        assertThat(guard.check(SUBJECT, entry(96, "R-7", IMPOSED, "AGENCY-A", "A-2026-0005"), "dec-new")).isEmpty();
    }

    @Test
    void citing_a_decision_that_authorises_nothing_is_refused_by_name() {
        Rejection r = guard.check(SUBJECT, entry(97, "R-7", IMPOSED, "AGENCY-A", "A-2026-0006"), "dec-made-up").orElseThrow();

        assertThat(r.code()).isEqualTo(ReasonCode.AUTHORISATION_NOT_FOUND);
        assertThat(r.reason()).contains("dec-made-up", "entry 11", "dec-reversal");
    }

    @Test
    void the_reversing_decision_itself_never_authorises_reimposition() {
        ReDeductionGuard selfAuthorised = new ReDeductionGuard(
                List.of(new ReversedDeduction(SUBJECT, original, "dec-reversal")),
                List.of(new ReImpositionAuthorisation("dec-reversal", 11)));

        assertThat(selfAuthorised.check(SUBJECT, entry(98, "R-7", IMPOSED, "AGENCY-A", "A-2026-0007"), "dec-reversal"))
                .get().extracting(Rejection::code).isEqualTo(ReasonCode.AUTHORISATION_NOT_FOUND);
    }

    @Test
    void an_authorisation_for_another_entry_does_not_help() {
        ReDeductionGuard other = new ReDeductionGuard(
                List.of(new ReversedDeduction(SUBJECT, original, "dec-reversal")),
                List.of(new ReImpositionAuthorisation("dec-new", 12)));

        assertThat(other.check(SUBJECT, entry(99, "R-7", IMPOSED, "AGENCY-A", "A-2026-0008"), "dec-new")).isPresent();
    }

    @Test
    void corrections_and_additions_are_never_held_back() {
        LedgerEvent reversal = new LedgerEvent(100, SCHEME, "R-7", LedgerEventKind.REVERSAL, 50, "AGENCY-A", IMPOSED,
                "A-2025-0042", 11L, null);
        LedgerEvent addition = new LedgerEvent(101, SCHEME, "R-7", LedgerEventKind.ADDITION, 5, "AGENCY-A", IMPOSED,
                "A-2025-0042", null, null);

        assertThat(guard.check(SUBJECT, reversal, null)).isEmpty();
        assertThat(guard.check(SUBJECT, addition, null)).isEmpty();
    }

    @Test
    void a_reversed_list_entry_is_guarded_too() {
        LedgerEvent listed = new LedgerEvent(20, SCHEME, "L-1", LedgerEventKind.LIST_ENTRY, 0, "COURT-1", IMPOSED,
                "C-1", null, IMPOSED.plusYears(1));
        ReDeductionGuard lists = new ReDeductionGuard(List.of(new ReversedDeduction(SUBJECT, listed, "dec-9")), List.of());
        LedgerEvent again = new LedgerEvent(21, SCHEME, "L-1", LedgerEventKind.LIST_ENTRY, 0, "COURT-1", IMPOSED,
                "C-2", null, IMPOSED.plusYears(2));

        assertThat(lists.check(SUBJECT, again, null)).isPresent();
    }

    @Test
    void the_same_deduction_re_dated_within_the_window_is_held_back_either_side() {
        int window = ReDeductionGuard.RESENT_WITHIN_DAYS;
        for (int days : new int[] {1, -1, window, -window}) {
            assertThat(guard.check(SUBJECT, entry(110, "R-7", IMPOSED.plusDays(days), "AGENCY-A", "A-2026-0110"), null))
                    .as("%d days", days).get().satisfies(r -> assertThat(r.reason()).contains("A-2025-0042"));
        }
        assertThat(guard.check(SUBJECT, entry(111, "R-7", IMPOSED.minusDays(window + 1), "AGENCY-A", "A-2026-0111"), null))
                .isEmpty();
    }

    @Test
    void other_points_or_another_agency_within_the_window_are_another_deduction() {
        LedgerEvent otherPoints = new LedgerEvent(112, SCHEME, "R-7", LedgerEventKind.DEDUCTION, -40, "AGENCY-A",
                IMPOSED.plusDays(2), "A-2026-0112", null, null);

        assertThat(guard.check(SUBJECT, otherPoints, null)).isEmpty();
        assertThat(guard.check(SUBJECT, entry(113, "R-7", IMPOSED.plusDays(2), "AGENCY-B", "B-2026-0113"), null)).isEmpty();
    }

    @Test
    void a_reversal_recorded_during_an_import_guards_the_rest_of_it() {
        ReDeductionGuard growing = new ReDeductionGuard(List.of(), List.of());
        LedgerEvent resent = entry(114, "R-7", IMPOSED.plusDays(3), "AGENCY-A", "A-2026-0114");
        assertThat(growing.check(SUBJECT, resent, null)).isEmpty();

        growing.add(new ReversedDeduction(SUBJECT, original, "correction A-2025-0042R"));

        assertThat(growing.check(SUBJECT, resent, null)).isPresent();
    }

    private static LedgerEvent entry(long id, String rule, LocalDate imposed, String agency, String reference) {
        return new LedgerEvent(id, SCHEME, rule, LedgerEventKind.DEDUCTION, -50, agency, imposed, reference, null, null);
    }
}
