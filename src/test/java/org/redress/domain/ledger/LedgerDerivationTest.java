package org.redress.domain.ledger;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.redress.domain.ledger.FixtureCatalog.CATALOG;
import static org.redress.domain.ledger.FixtureCatalog.CITY;
import static org.redress.domain.ledger.FixtureCatalog.DEBTORS;
import static org.redress.domain.ledger.FixtureCatalog.RATED;
import static org.redress.domain.ledger.FixtureCatalog.SCORE;
import static org.redress.domain.ledger.FixtureCatalog.addition;
import static org.redress.domain.ledger.FixtureCatalog.amendment;
import static org.redress.domain.ledger.FixtureCatalog.day;
import static org.redress.domain.ledger.FixtureCatalog.deduction;
import static org.redress.domain.ledger.FixtureCatalog.listEntry;
import static org.redress.domain.ledger.FixtureCatalog.removal;
import static org.redress.domain.ledger.FixtureCatalog.reversal;

class LedgerDerivationTest {

    private static Standing city(List<LedgerEvent> events, String date) {
        return LedgerDerivation.standingAt(CITY, CATALOG, events, day(date));
    }

    @Nested
    class PointsScheme {

        @Test
        void an_empty_ledger_stands_at_the_base_score_and_its_band() {
            Standing standing = city(List.of(), "2024-01-01");
            assertThat(standing.score()).isEqualTo(1000);
            assertThat(standing.grade()).isEqualTo("A");
            assertThat(standing.sanctionCodes()).containsExactly("GREEN");
        }

        @Test
        void a_deduction_lowers_the_score_from_the_day_it_is_imposed() {
            List<LedgerEvent> ledger = List.of(deduction(1, CITY, "ARREARS", -10, "2024-03-05"));
            assertThat(city(ledger, "2024-03-04").score()).isEqualTo(1000);
            assertThat(city(ledger, "2024-03-05").score()).isEqualTo(990);
            assertThat(city(ledger, "2024-03-05").contributions()).singleElement()
                    .satisfies(c -> assertThat(c.points()).isEqualTo(-10));
        }

        @Test
        void crossing_a_band_boundary_brings_the_bands_sanctions() {
            List<LedgerEvent> ledger = List.of(
                    deduction(1, CITY, "DESTROY", -100, "2024-01-10"),
                    deduction(2, CITY, "BREACH", -50, "2024-02-10"),
                    deduction(3, CITY, "BREACH", -50, "2024-03-10"));
            Standing standing = city(ledger, "2024-03-10");
            assertThat(standing.score()).isEqualTo(800);
            assertThat(standing.grade()).isEqualTo("C");
            assertThat(standing.sanction("LOAN")).get()
                    .satisfies(s -> assertThat(s.causes()).containsExactly(new SanctionCause.OfGrade("C")));
            assertThat(standing.sanction("RAIL")).get()
                    .satisfies(s -> assertThat(s.causes()).containsExactly(new SanctionCause.OfEntry(1, "DESTROY")));
        }

        @Test
        void a_reversal_restores_the_points_from_its_date_but_history_still_shows_the_deduction() {
            LedgerEvent deduction = deduction(1, CITY, "DESTROY", -100, "2024-01-10");
            List<LedgerEvent> ledger = List.of(deduction, reversal(2, deduction, "2024-02-20"));
            assertThat(city(ledger, "2024-02-19").score()).isEqualTo(900);
            assertThat(city(ledger, "2024-02-20").score()).isEqualTo(1000);
            assertThat(city(ledger, "2024-02-20").sanctionCodes()).doesNotContain("RAIL");
            assertThat(city(ledger, "2024-02-20").contributions()).isEmpty();
        }

        @Test
        void reversing_a_reversal_reinstates_the_deduction() {
            LedgerEvent deduction = deduction(1, CITY, "BREACH", -50, "2024-01-10");
            LedgerEvent reversal = reversal(2, deduction, "2024-02-01");
            List<LedgerEvent> ledger = List.of(deduction, reversal, reversal(3, reversal, "2024-03-01"));
            assertThat(city(ledger, "2024-02-15").score()).isEqualTo(1000);
            assertThat(city(ledger, "2024-03-01").score()).isEqualTo(950);
        }

        @Test
        void an_amendment_replaces_the_points_and_the_latest_amendment_wins() {
            LedgerEvent deduction = deduction(1, CITY, "BREACH", -50, "2024-01-10");
            List<LedgerEvent> ledger = List.of(deduction,
                    amendment(2, deduction, -30, "2024-02-01", null),
                    amendment(3, deduction, -20, "2024-03-01", null));
            assertThat(city(ledger, "2024-01-31").score()).isEqualTo(950);
            assertThat(city(ledger, "2024-02-01").score()).isEqualTo(970);
            Standing standing = city(ledger, "2024-03-01");
            assertThat(standing.score()).isEqualTo(980);
            assertThat(standing.contribution(1)).get().satisfies(c -> assertThat(c.amendedBy()).isEqualTo(3L));
        }

        @Test
        void reversing_an_amendment_brings_back_the_original_points() {
            LedgerEvent deduction = deduction(1, CITY, "BREACH", -50, "2024-01-10");
            LedgerEvent amendment = amendment(2, deduction, -20, "2024-02-01", null);
            List<LedgerEvent> ledger = List.of(deduction, amendment, reversal(3, amendment, "2024-03-01"));
            assertThat(city(ledger, "2024-03-01").score()).isEqualTo(950);
        }

        @Test
        void a_drop_to_grade_entry_caps_the_grade_whatever_the_points_say() {
            List<LedgerEvent> ledger = List.of(deduction(1, CITY, "DEBTOR", -100, "2024-01-10"));
            Standing standing = city(ledger, "2024-01-10");
            assertThat(standing.score()).isEqualTo(900);
            assertThat(standing.grade()).isEqualTo("D");
            assertThat(standing.gradeOverride()).isEqualTo(new GradeOverride(1, "DEBTOR", "D"));
            assertThat(standing.sanctionCodes()).contains("SHAMING", "LOAN");
        }

        @Test
        void a_drop_to_grade_lapses_with_its_effect_duration_while_the_points_stay() {
            List<LedgerEvent> ledger = List.of(deduction(1, CITY, "CRIME", -100, "2022-05-01"));
            assertThat(city(ledger, "2024-04-30").grade()).isEqualTo("C");
            Standing later = city(ledger, "2024-05-01");
            assertThat(later.grade()).isEqualTo("B");
            assertThat(later.score()).isEqualTo(900);
            assertThat(later.gradeOverride()).isNull();
        }

        @Test
        void a_cap_no_worse_than_the_score_band_does_not_override() {
            List<LedgerEvent> ledger = List.of(
                    deduction(1, CITY, "CRIME", -100, "2024-01-01"),
                    deduction(2, CITY, "DESTROY", -100, "2024-01-01"),
                    deduction(3, CITY, "DESTROY", -100, "2024-01-01"),
                    deduction(4, CITY, "DESTROY", -100, "2024-01-01"),
                    deduction(5, CITY, "DESTROY", -100, "2024-01-01"));
            Standing standing = city(ledger, "2024-01-01");
            assertThat(standing.score()).isEqualTo(500);
            assertThat(standing.grade()).isEqualTo("D");
            assertThat(standing.gradeOverride()).isNull();
        }

        @Test
        void entries_of_other_schemes_are_ignored() {
            List<LedgerEvent> ledger = List.of(deduction(1, SCORE, "LATE", -100, "2024-01-01"));
            assertThat(city(ledger, "2024-01-01").score()).isEqualTo(1000);
        }

        @Test
        void an_entry_under_a_rule_not_in_force_on_its_date_is_refused() {
            List<LedgerEvent> ledger = List.of(deduction(7, CITY, "JAYWALK", -5, "2015-06-01"));
            assertThatThrownBy(() -> city(ledger, "2024-01-01"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("entry 7").hasMessageContaining("JAYWALK").hasMessageContaining("2015-06-01");
        }

        @Test
        void two_entries_with_one_id_are_refused() {
            List<LedgerEvent> ledger = List.of(deduction(1, CITY, "JAYWALK", -5, "2024-01-01"),
                    deduction(1, CITY, "BREACH", -20, "2024-01-02"));
            assertThatThrownBy(() -> city(ledger, "2024-02-01")).hasMessageContaining("share id 1");
        }

        @Test
        void the_score_when_a_sanction_was_imposed_is_the_standing_at_that_date() {
            List<LedgerEvent> ledger = List.of(
                    deduction(1, CITY, "BREACH", -50, "2023-06-01"),
                    addition(2, CITY, "VOLUNTEER", 5, "2023-09-01"),
                    deduction(3, CITY, "DESTROY", -100, "2024-01-15"),
                    deduction(4, CITY, "ARREARS", -10, "2024-05-01"));
            Standing whenRailBanImposed = city(ledger, "2024-01-15");
            assertThat(whenRailBanImposed.score()).isEqualTo(855);
            assertThat(whenRailBanImposed.grade()).isEqualTo("B");
            assertThat(city(ledger, "2024-05-01").score()).isEqualTo(845);
            assertThat(city(ledger, "2025-01-15").sanctionCodes()).doesNotContain("RAIL");
        }
    }

    @Nested
    class RangeScheme {

        private Standing score(List<LedgerEvent> events) {
            return LedgerDerivation.standingAt(SCORE, CATALOG, events, day("2024-12-31"));
        }

        @Test
        void the_score_clamps_at_the_lower_bound() {
            Standing standing = score(List.of(deduction(1, SCORE, "LATE", -200, "2024-01-01"),
                    deduction(2, SCORE, "LATE", -200, "2024-02-01")));
            assertThat(standing.score()).isEqualTo(350);
            assertThat(standing.grade()).isEqualTo("LOW");
            assertThat(standing.sanctionCodes()).containsExactly("LOAN");
        }

        @Test
        void the_score_clamps_at_the_upper_bound() {
            Standing standing = score(List.of(addition(1, SCORE, "BONUS", 400, "2024-01-01")));
            assertThat(standing.score()).isEqualTo(950);
            assertThat(standing.grade()).isEqualTo("HIGH");
        }

        @Test
        void the_clamp_applies_to_the_total_so_a_reversal_restores_exactly() {
            LedgerEvent bonus = addition(1, SCORE, "BONUS", 400, "2024-01-01");
            List<LedgerEvent> ledger = List.of(bonus, deduction(2, SCORE, "LATE", -50, "2024-02-01"));
            assertThat(score(ledger).score()).isEqualTo(950);
            List<LedgerEvent> reversed = List.of(bonus, deduction(2, SCORE, "LATE", -50, "2024-02-01"),
                    reversal(3, bonus, "2024-03-01"));
            assertThat(score(reversed).score()).isEqualTo(550);
        }
    }

    @Nested
    class RatingScheme {

        private Standing rated(List<LedgerEvent> events, String date) {
            return LedgerDerivation.standingAt(RATED, CATALOG, events, day(date));
        }

        @Test
        void with_nothing_active_the_default_rating_stands() {
            Standing standing = rated(List.of(), "2024-01-01");
            assertThat(standing.grade()).isEqualTo("GOOD");
            assertThat(standing.score()).isNull();
            assertThat(standing.gradeOverride()).isNull();
        }

        @Test
        void a_lift_raises_the_rating_for_its_validity_period() {
            List<LedgerEvent> ledger = List.of(addition(1, RATED, "VOLUNTEER", 0, "2024-01-01"));
            assertThat(rated(ledger, "2024-12-31").grade()).isEqualTo("VERY_GOOD");
            assertThat(rated(ledger, "2024-12-31").sanctionCodes()).containsExactly("GREEN");
            assertThat(rated(ledger, "2025-01-01").grade()).isEqualTo("GOOD");
        }

        @Test
        void a_cap_at_the_default_blocks_a_lift() {
            List<LedgerEvent> ledger = List.of(addition(1, RATED, "VOLUNTEER", 0, "2024-01-01"),
                    deduction(2, RATED, "PENALTY", 0, "2024-03-01"));
            Standing standing = rated(ledger, "2024-03-01");
            assertThat(standing.grade()).isEqualTo("GOOD");
            assertThat(standing.gradeOverride()).isEqualTo(new GradeOverride(2, "PENALTY", "GOOD"));
        }

        @Test
        void the_worst_active_cap_wins_and_lapses_on_its_own_date() {
            List<LedgerEvent> ledger = List.of(deduction(1, RATED, "PENALTY", 0, "2024-01-01"),
                    deduction(2, RATED, "ARREARS", 0, "2024-06-01"));
            assertThat(rated(ledger, "2024-06-01").grade()).isEqualTo("BAD");
            assertThat(rated(ledger, "2024-06-01").sanctionCodes()).containsExactly("HONOURS");
            assertThat(rated(ledger, "2025-05-31").grade()).isEqualTo("BAD");
            assertThat(rated(ledger, "2025-06-01").grade()).isEqualTo("GOOD");
        }

        @Test
        void a_cap_without_a_duration_lasts_until_reversed() {
            LedgerEvent debtor = deduction(1, RATED, "DEBTOR", 0, "2020-01-01");
            assertThat(rated(List.of(debtor), "2030-01-01").grade()).isEqualTo("BAD");
            assertThat(rated(List.of(debtor, reversal(2, debtor, "2024-01-01")), "2024-01-01").grade())
                    .isEqualTo("GOOD");
        }

        @Test
        void an_amendment_can_shorten_a_rating_effect() {
            LedgerEvent arrears = deduction(1, RATED, "ARREARS", 0, "2024-01-01");
            List<LedgerEvent> ledger = List.of(arrears, amendment(2, arrears, 0, "2024-02-01", "2024-03-31"));
            assertThat(rated(ledger, "2024-03-31").grade()).isEqualTo("BAD");
            assertThat(rated(ledger, "2024-04-01").grade()).isEqualTo("GOOD");
        }
    }

    @Nested
    class ListScheme {

        private Standing debtors(List<LedgerEvent> events, String date) {
            return LedgerDerivation.standingAt(DEBTORS, CATALOG, events, day(date));
        }

        @Test
        void an_entry_is_published_through_its_last_day_and_not_after() {
            List<LedgerEvent> ledger = List.of(listEntry(1, DEBTORS, "REFUSE", "2024-01-10", "2024-06-30"));
            Standing published = debtors(ledger, "2024-06-30");
            assertThat(published.isListed()).isTrue();
            assertThat(published.listings()).containsExactly(
                    new ListMembership(1, "REFUSE", day("2024-01-10"), day("2024-06-30")));
            assertThat(published.sanction("RAIL")).get().satisfies(s -> assertThat(s.causes())
                    .containsExactly(new SanctionCause.OfListing(1, "REFUSE")));
            assertThat(published.deniesEssentialService()).isTrue();
            Standing expired = debtors(ledger, "2024-07-01");
            assertThat(expired.isListed()).isFalse();
            assertThat(expired.sanctions()).isEmpty();
        }

        @Test
        void an_entry_without_a_last_day_is_published_for_the_rules_maximum() {
            List<LedgerEvent> ledger = List.of(listEntry(1, DEBTORS, "REFUSE", "2024-01-10", null));
            assertThat(debtors(ledger, "2025-01-09").listings()).singleElement()
                    .satisfies(m -> assertThat(m.publicationUntil()).isEqualTo(day("2025-01-09")));
            assertThat(debtors(ledger, "2025-01-10").isListed()).isFalse();
        }

        @Test
        void a_removal_ends_publication_on_its_date() {
            LedgerEvent entry = listEntry(1, DEBTORS, "OBSTRUCT", "2024-01-10", "2026-01-09");
            List<LedgerEvent> ledger = List.of(entry, removal(2, entry, "2024-03-01"));
            assertThat(debtors(ledger, "2024-02-29").sanctionCodes()).contains("EXIT", "FLIGHTS");
            Standing removed = debtors(ledger, "2024-03-01");
            assertThat(removed.isListed()).isFalse();
            assertThat(removed.sanctions()).isEmpty();
            assertThat(removed.contribution(1)).get().satisfies(c -> {
                assertThat(c.removedBy()).isEqualTo(2L);
                assertThat(c.effectsActive()).isFalse();
            });
        }

        @Test
        void an_amendment_shortens_the_publication_period() {
            LedgerEvent entry = listEntry(1, DEBTORS, "REFUSE", "2024-01-10", "2024-12-31");
            List<LedgerEvent> ledger = List.of(entry, amendment(2, entry, 0, "2024-02-01", "2024-04-09"));
            assertThat(debtors(ledger, "2024-04-09").isListed()).isTrue();
            assertThat(debtors(ledger, "2024-04-10").isListed()).isFalse();
        }

        @Test
        void a_reversed_entry_is_not_listed() {
            LedgerEvent entry = listEntry(1, DEBTORS, "REFUSE", "2024-01-10", "2024-12-31");
            assertThat(debtors(List.of(entry, reversal(2, entry, "2024-01-20")), "2024-02-01").isListed()).isFalse();
        }
    }

    @Nested
    class ReportedScores {

        @Test
        void a_reported_score_that_differs_is_flagged_with_the_difference() {
            Standing standing = city(List.of(deduction(1, CITY, "ARREARS", -10, "2024-03-05")), "2024-04-01");
            assertThat(LedgerDerivation.checkReported(standing, 940)).contains(
                    new ScoreDiscrepancy("CITY", day("2024-04-01"), 990, 940));
            assertThat(LedgerDerivation.checkReported(standing, 940).orElseThrow().difference()).isEqualTo(-50);
        }

        @Test
        void a_matching_reported_score_is_not_flagged() {
            Standing standing = city(List.of(deduction(1, CITY, "ARREARS", -10, "2024-03-05")), "2024-04-01");
            assertThat(LedgerDerivation.checkReported(standing, 990)).isEmpty();
        }

        @Test
        void a_rating_has_no_score_to_compare() {
            Standing standing = LedgerDerivation.standingAt(RATED, CATALOG, List.of(), day("2024-01-01"));
            assertThatThrownBy(() -> LedgerDerivation.checkReported(standing, 700))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("RATING");
        }
    }
}
