package org.redress.domain.ledger;

import org.junit.jupiter.api.Test;
import org.redress.domain.scheme.Sanction;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.redress.domain.ledger.FixtureCatalog.CATALOG;
import static org.redress.domain.ledger.FixtureCatalog.CITY;
import static org.redress.domain.ledger.FixtureCatalog.DEBTORS;
import static org.redress.domain.ledger.FixtureCatalog.day;
import static org.redress.domain.ledger.FixtureCatalog.deduction;
import static org.redress.domain.ledger.FixtureCatalog.listEntry;

class HypothesisTest {

    private static final LedgerEvent DESTROY = deduction(1, CITY, "DESTROY", -100, "2024-01-10");
    private static final LedgerEvent BREACH = deduction(2, CITY, "BREACH", -50, "2024-02-10");
    private static final LedgerEvent SECOND_BREACH = deduction(3, CITY, "BREACH", -50, "2024-03-10");
    private static final List<LedgerEvent> LEDGER = List.of(DESTROY, BREACH, SECOND_BREACH);

    private static StandingChange whatIf(Hypothesis hypothesis) {
        return LedgerDerivation.whatIf(CITY, CATALOG, LEDGER, day("2024-04-01"), hypothesis);
    }

    @Test
    void reversing_a_deduction_moves_the_grade_from_c_to_b_and_lifts_the_rail_ban() {
        StandingChange change = whatIf(Hypothesis.reverse(DESTROY.id()));
        assertThat(change.before().grade()).isEqualTo("C");
        assertThat(change.after().grade()).isEqualTo("B");
        assertThat(change.gradeChanged()).isTrue();
        assertThat(change.scoreDelta()).isEqualTo(100);
        assertThat(change.sanctionsLifted()).extracting(Sanction::code).containsExactlyInAnyOrder("RAIL", "LOAN");
        assertThat(change.sanctionsAdded()).isEmpty();
    }

    @Test
    void the_hypothesis_does_not_touch_the_real_standing() {
        whatIf(Hypothesis.reverse(DESTROY.id()));
        assertThat(LedgerDerivation.standingAt(CITY, CATALOG, LEDGER, day("2024-04-01")).score()).isEqualTo(800);
    }

    @Test
    void amending_points_changes_the_score_but_not_necessarily_the_grade() {
        StandingChange change = whatIf(Hypothesis.of(new Correction.Amend(BREACH.id(), -20, null)));
        assertThat(change.after().score()).isEqualTo(830);
        assertThat(change.gradeChanged()).isFalse();
        assertThat(change.sanctionsLifted()).isEmpty();
        assertThat(change.changesAnything()).isTrue();
    }

    @Test
    void several_corrections_apply_together() {
        StandingChange change = whatIf(Hypothesis.reverse(DESTROY.id())
                .and(new Correction.Reverse(BREACH.id())).and(new Correction.Reverse(SECOND_BREACH.id())));
        assertThat(change.after().score()).isEqualTo(1000);
        assertThat(change.after().grade()).isEqualTo("A");
        assertThat(change.sanctionsAdded()).extracting(Sanction::code).containsExactly("GREEN");
    }

    @Test
    void removing_a_list_entry_shows_the_listing_removed_and_its_sanctions_lifted() {
        LedgerEvent entry = listEntry(1, DEBTORS, "OBSTRUCT", "2024-01-10", "2026-01-09");
        StandingChange change = LedgerDerivation.whatIf(DEBTORS, CATALOG, List.of(entry), day("2024-05-01"),
                Hypothesis.of(new Correction.Remove(entry.id())));
        assertThat(change.listingsRemoved()).extracting(ListMembership::eventId).containsExactly(1L);
        assertThat(change.sanctionsLifted()).extracting(Sanction::code)
                .containsExactlyInAnyOrder("SHAMING", "FLIGHTS", "RAIL", "SCHOOL", "EXIT");
        assertThat(change.after().deniesEssentialService()).isFalse();
    }

    @Test
    void amending_a_publication_period_to_end_before_the_date_delists() {
        LedgerEvent entry = listEntry(1, DEBTORS, "REFUSE", "2024-01-10", "2024-12-31");
        StandingChange change = LedgerDerivation.whatIf(DEBTORS, CATALOG, List.of(entry), day("2024-05-01"),
                Hypothesis.of(new Correction.Amend(entry.id(), null, day("2024-04-09"))));
        assertThat(change.before().isListed()).isTrue();
        assertThat(change.after().isListed()).isFalse();
    }

    @Test
    void a_hypothesis_about_an_entry_not_in_the_ledger_is_refused() {
        assertThatThrownBy(() -> whatIf(Hypothesis.reverse(99)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("99");
    }

    @Test
    void a_removal_hypothesis_needs_a_list_entry() {
        assertThatThrownBy(() -> whatIf(Hypothesis.of(new Correction.Remove(DESTROY.id()))))
                .hasMessageContaining("not a list entry");
    }

    @Test
    void an_amendment_must_change_something() {
        assertThatThrownBy(() -> new Correction.Amend(1, null, null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void no_hypothesis_changes_nothing() {
        assertThat(whatIf(Hypothesis.NONE).changesAnything()).isFalse();
    }
}
