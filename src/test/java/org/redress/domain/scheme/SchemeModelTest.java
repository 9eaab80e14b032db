package org.redress.domain.scheme;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SchemeModelTest {

    private static final LocalizedText T = new LocalizedText("测试", "Test");
    private static final LegalBasis BASIS = new LegalBasis(new LocalizedText("《测试办法》", "Test Measures"),
            new LocalizedText("第一条", "Article 1"));

    private static Rule rule(String code, int points, String from, String to) {
        return new Rule(code, T, BASIS, RuleCategory.FINANCIAL, PointRange.fixed(points), List.of(), null, true,
                LocalDate.parse(from), to == null ? null : LocalDate.parse(to), null, null, null);
    }

    private static Scheme points(List<Rule> rules) {
        return new Scheme("CITY", T, "1", LocalDate.of(2020, 1, 1), false,
                new PointsScale(1000, List.of(new Band("A", T, 900, Integer.MAX_VALUE, List.of()),
                        new Band("B", T, Integer.MIN_VALUE, 899, List.of("LOAN")))),
                ReviewTerms.defaults(50), rules);
    }

    private static final Scheme CITY = points(List.of(
            rule("ARREARS", -5, "2016-01-01", "2021-12-31"),
            rule("ARREARS", -10, "2022-01-01", null)));

    @Test
    void a_rule_is_looked_up_in_the_version_in_force_on_the_date() {
        assertThat(CITY.rule("ARREARS", LocalDate.of(2021, 12, 31))).get()
                .satisfies(r -> assertThat(r.points()).isEqualTo(PointRange.fixed(-5)));
        assertThat(CITY.rule("ARREARS", LocalDate.of(2022, 1, 1))).get()
                .satisfies(r -> assertThat(r.points()).isEqualTo(PointRange.fixed(-10)));
        assertThat(CITY.rule("ARREARS", LocalDate.of(2030, 1, 1))).isPresent();
    }

    @Test
    void no_version_is_found_before_the_first_took_effect_or_for_an_unknown_code() {
        assertThat(CITY.rule("ARREARS", LocalDate.of(2015, 12, 31))).isEmpty();
        assertThat(CITY.rule("NOPE", LocalDate.of(2022, 1, 1))).isEmpty();
    }

    @Test
    void the_catalog_looks_rules_up_by_scheme_code_and_date() {
        Catalog catalog = new Catalog(List.of(CITY), List.of(new Sanction("LOAN", T, false, Set.of())));
        assertThat(catalog.rule("CITY", "ARREARS", LocalDate.of(2020, 6, 1))).get()
                .satisfies(r -> assertThat(r.effectiveTo()).isEqualTo(LocalDate.of(2021, 12, 31)));
        assertThat(catalog.rule("OTHER", "ARREARS", LocalDate.of(2020, 6, 1))).isEmpty();
        assertThatThrownBy(() -> catalog.requireRule("CITY", "ARREARS", LocalDate.of(2010, 1, 1)))
                .hasMessageContaining("ARREARS").hasMessageContaining("2010-01-01");
    }

    @Test
    void versions_sharing_a_day_overlap_and_adjacent_ones_do_not() {
        Rule first = rule("X", -5, "2016-01-01", "2021-12-31");
        assertThat(first.overlaps(rule("X", -5, "2022-01-01", null))).isFalse();
        assertThat(first.overlaps(rule("X", -5, "2021-12-31", null))).isTrue();
        assertThat(rule("X", -5, "2016-01-01", null).overlaps(rule("X", -5, "2030-01-01", null))).isTrue();
    }

    @Test
    void a_catalog_with_an_unknown_sanction_is_refused() {
        assertThatThrownBy(() -> new Catalog(List.of(CITY), List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown sanction LOAN");
    }

    @Test
    void overlapping_versions_make_the_catalog_inconsistent() {
        Scheme broken = points(List.of(rule("ARREARS", -5, "2016-01-01", null), rule("ARREARS", -10, "2022-01-01", null)));
        assertThat(CatalogCheck.problems(List.of(broken), List.of(new Sanction("LOAN", T, false, Set.of()))))
                .singleElement().satisfies(p -> {
                    assertThat(p.schemeCode()).isEqualTo("CITY");
                    assertThat(p.ruleCode()).isEqualTo("ARREARS");
                    assertThat(p.message()).contains("overlap");
                });
    }

    @Test
    void publication_tiers_bound_the_last_day_of_publication() {
        LocalDate listed = LocalDate.of(2024, 1, 10);
        assertThat(PublicationPeriod.GENERAL.earliestLastDay(listed)).isEqualTo(LocalDate.of(2024, 4, 9));
        assertThat(PublicationPeriod.GENERAL.latestLastDay(listed)).isEqualTo(LocalDate.of(2025, 1, 9));
        assertThat(PublicationPeriod.GENERAL.allows(listed, LocalDate.of(2024, 12, 31))).isTrue();
        assertThat(PublicationPeriod.GENERAL.allows(listed, LocalDate.of(2025, 1, 10))).isFalse();
        assertThat(PublicationPeriod.MINOR.allows(listed, listed)).isTrue();
        assertThat(PublicationPeriod.SERIOUS.allows(listed, LocalDate.of(2024, 12, 31))).isFalse();
        assertThatThrownBy(() -> new PublicationPeriod(Period.ofYears(2), Period.ofYears(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void bands_must_meet_without_gap() {
        assertThatThrownBy(() -> new PointsScale(1000, List.of(new Band("A", T, 900, Integer.MAX_VALUE, List.of()),
                new Band("B", T, Integer.MIN_VALUE, 850, List.of()))))
                .hasMessageContaining("A and B must meet");
    }

    @Test
    void a_reversal_above_the_threshold_needs_a_second_officer() {
        ReviewTerms terms = ReviewTerms.defaults(50);
        assertThat(terms.decideWithinWorkingDays()).isEqualTo(15);
        assertThat(terms.acknowledgeWithinWorkingDays()).isEqualTo(3);
        assertThat(terms.reversalNeedsApproval(-50)).isFalse();
        assertThat(terms.reversalNeedsApproval(-51)).isTrue();
    }

    @Test
    void the_flag_marks_non_financial_rules_only_in_financial_schemes() {
        Rule jaywalking = new Rule("JAY", T, BASIS, RuleCategory.SOCIAL_MORAL, PointRange.fixed(-5), List.of(), null,
                true, LocalDate.of(2016, 1, 1), null, null, null, null);
        Scheme financial = new Scheme("SCORE", T, "1", LocalDate.of(2020, 1, 1), true,
                new RangeScale(600, 350, 950, List.of(new Band("ALL", T, 350, 950, List.of()))),
                ReviewTerms.defaults(50), List.of(jaywalking));
        assertThat(financial.flagsNonFinancial(jaywalking)).isTrue();
        assertThat(CITY.flagsNonFinancial(jaywalking)).isFalse();
    }

    @Test
    void the_citation_joins_instrument_and_article() {
        assertThat(BASIS.citation()).isEqualTo(new LocalizedText("《测试办法》第一条", "Article 1, Test Measures"));
    }
}
