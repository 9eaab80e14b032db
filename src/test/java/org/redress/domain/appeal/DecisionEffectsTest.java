package org.redress.domain.appeal;

import org.junit.jupiter.api.Test;
import org.redress.domain.ledger.LedgerEvent;
import org.redress.domain.ledger.LedgerEventKind;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.tuple;
import static org.redress.domain.appeal.Examples.*;

class DecisionEffectsTest {

    private static final LocalDate DECIDED_ON = LocalDate.of(2026, 3, 20);
    private static final LocalDate UNTIL = LocalDate.of(2026, 12, 31);
    private final Map<Long, LedgerEvent> ledger = ledger(deduction(1, -50), deduction(2, -20), listEntry(5, UNTIL),
            listEntry(6, UNTIL), deduction(7, -10));
    private final AtomicLong ids = new AtomicLong(1000);

    @Test
    void a_reversed_deduction_becomes_a_reversal_that_gives_the_points_back() {
        List<LedgerEvent> out = corrections(decision("d1", List.of(DeductionOutcome.reversed(1, ""))));

        assertThat(out).containsExactly(new LedgerEvent(1001, SCHEME, "R-1", LedgerEventKind.REVERSAL, 50,
                "REVIEW-OFFICE", DECIDED_ON, "d1/1", 1L, null));
    }

    @Test
    void a_reversed_list_entry_becomes_a_list_removal() {
        List<LedgerEvent> out = corrections(decision("d1", List.of(DeductionOutcome.reversed(5, ""))));

        assertThat(out).singleElement().satisfies(e -> {
            assertThat(e.kind()).isEqualTo(LedgerEventKind.LIST_REMOVAL);
            assertThat(e.targetId()).isEqualTo(5L);
            assertThat(e.points()).isZero();
        });
    }

    @Test
    void an_amendment_carries_the_new_values_and_keeps_the_rest() {
        List<LedgerEvent> out = corrections(decision("d1", List.of(DeductionOutcome.amendedPoints(2, -5, ""),
                DeductionOutcome.amendedPublication(6, UNTIL.minusMonths(6), ""))));

        assertThat(out).extracting(LedgerEvent::kind, LedgerEvent::targetId, LedgerEvent::points, LedgerEvent::publicationUntil)
                .containsExactly(
                        tuple(LedgerEventKind.AMENDMENT, 2L, -5, null),
                        tuple(LedgerEventKind.AMENDMENT, 6L, 0, UNTIL.minusMonths(6)));
    }

    @Test
    void upheld_and_referred_back_change_nothing_in_the_ledger() {
        List<LedgerEvent> out = corrections(decision("d1", List.of(DeductionOutcome.upheld(1),
                DeductionOutcome.referredBack(2, "agency to re-examine"), DeductionOutcome.reversed(7, ""))));

        assertThat(out).extracting(LedgerEvent::targetId).containsExactly(7L);
    }

    @Test
    void an_outcome_for_an_entry_missing_from_the_ledger_is_an_error() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> corrections(decision("d1", List.of(DeductionOutcome.reversed(99, "")))));
    }

    private List<LedgerEvent> corrections(Decision d) {
        return DecisionEffects.ledgerCorrections(d, ledger, ids::incrementAndGet, "REVIEW-OFFICE", DECIDED_ON);
    }
}
