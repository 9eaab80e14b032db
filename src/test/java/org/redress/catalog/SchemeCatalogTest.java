package org.redress.catalog;

import org.junit.jupiter.api.Test;
import org.redress.domain.ledger.LedgerDerivation;
import org.redress.domain.ledger.LedgerEvent;
import org.redress.domain.ledger.LedgerEventKind;
import org.redress.domain.ledger.Standing;
import org.redress.domain.scheme.Catalog;
import org.redress.domain.scheme.EssentialService;
import org.redress.domain.scheme.ListScale;
import org.redress.domain.scheme.NumericScale;
import org.redress.domain.scheme.PublicationPeriod;
import org.redress.domain.scheme.RangeScale;
import org.redress.domain.scheme.RatingScale;
import org.redress.domain.scheme.Rule;
import org.redress.domain.scheme.RuleCategory;
import org.redress.domain.scheme.Sanction;
import org.redress.domain.scheme.Scheme;
import org.redress.domain.scheme.SchemeKind;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The catalog shipped in resources/catalogs/schemes. */
class SchemeCatalogTest {

    private static final Catalog CATALOG = SchemeCatalog.loadDefault();

    @Test
    void the_shipped_catalog_holds_at_least_forty_rules_across_all_four_categories() {
        assertThat(CATALOG.ruleCount()).isGreaterThanOrEqualTo(40);
        Set<RuleCategory> categories = CATALOG.schemes().stream().flatMap(s -> s.rules().stream())
                .map(Rule::category).collect(Collectors.toSet());
        assertThat(categories).containsExactlyInAnyOrder(RuleCategory.values());
    }

    @Test
    void the_shipped_catalog_has_a_scheme_of_every_kind() {
        assertThat(CATALOG.schemes()).extracting(Scheme::kind).contains(SchemeKind.values());
    }

    @Test
    void every_rule_has_titles_and_a_legal_basis_in_both_languages() {
        for (Scheme scheme : CATALOG.schemes()) {
            for (Rule rule : scheme.rules()) {
                assertThat(List.of(rule.title().zh(), rule.title().en(),
                        rule.legalBasis().instrument().zh(), rule.legalBasis().instrument().en(),
                        rule.legalBasis().article().zh(), rule.legalBasis().article().en()))
                        .as("%s %s", scheme.code(), rule.code()).allSatisfy(t -> assertThat(t).isNotBlank());
                assertThat(rule.title().zh()).as(rule.code()).containsPattern("\\p{IsHan}");
                assertThat(rule.legalBasis().instrument().zh()).as(rule.code()).startsWith("《").endsWith("》");
            }
        }
    }

    @Test
    void every_sanction_referenced_by_a_band_rating_list_or_rule_exists() {
        List<String> referenced = new ArrayList<>();
        for (Scheme scheme : CATALOG.schemes()) {
            switch (scheme.scale()) {
                case NumericScale numeric -> numeric.bands().forEach(b -> referenced.addAll(b.sanctions()));
                case RatingScale rating -> rating.ratings().forEach(r -> referenced.addAll(r.sanctions()));
                case ListScale list -> referenced.addAll(list.sanctions());
            }
            scheme.rules().forEach(r -> referenced.addAll(r.sanctions()));
        }
        assertThat(referenced).isNotEmpty().allSatisfy(code -> assertThat(CATALOG.sanction(code)).as(code).isPresent());
    }

    @Test
    void every_essential_service_is_denied_by_some_sanction() {
        Set<EssentialService> denied = CATALOG.sanctions().stream().flatMap(s -> s.deniesEssential().stream())
                .collect(Collectors.toSet());
        assertThat(denied).containsExactlyInAnyOrder(EssentialService.values());
        assertThat(CATALOG.requireSanction("CHILDREN_PRIVATE_SCHOOL_BARRED").deniesEssential())
                .containsExactly(EssentialService.EDUCATION);
        assertThat(CATALOG.requireSanction("NO_FLIGHTS").deniesEssentialService()).isFalse();
    }

    @Test
    void the_points_scheme_starts_at_1000_and_some_events_drop_straight_to_d() {
        Scheme rongcheng = CATALOG.requireScheme("RONGCHENG_POINTS");
        NumericScale scale = (NumericScale) rongcheng.scale();
        assertThat(scale.base()).isEqualTo(1000);
        assertThat(scale.bandFor(1050).code()).isEqualTo("A+++");
        assertThat(scale.bandFor(1000).code()).isEqualTo("A");
        assertThat(scale.bandFor(599).code()).isEqualTo("D");
        assertThat(rongcheng.rules()).filteredOn(r -> "D".equals(r.dropsToGrade())).isNotEmpty();
    }

    @Test
    void the_range_scheme_is_a_financial_score_from_350_to_950() {
        Scheme platform = CATALOG.requireScheme("PLATFORM_SCORE");
        assertThat(platform.financial()).isTrue();
        assertThat(platform.scale()).isInstanceOfSatisfying(RangeScale.class, range -> {
            assertThat(range.min()).isEqualTo(350);
            assertThat(range.max()).isEqualTo(950);
            assertThat(range.bands()).hasSize(5);
        });
    }

    @Test
    void non_financial_rules_feeding_the_financial_score_are_flagged_and_financial_ones_are_not() {
        Scheme platform = CATALOG.requireScheme("PLATFORM_SCORE");
        LocalDate today = LocalDate.of(2024, 6, 1);
        Rule jaywalking = platform.rule("PS-SOC-02", today).orElseThrow();
        Rule cardArrears = platform.rule("PS-FIN-01", today).orElseThrow();
        assertThat(CATALOG.isNonFinancialRuleInFinancialScheme(jaywalking, platform)).isTrue();
        assertThat(CATALOG.isNonFinancialRuleInFinancialScheme(cardArrears, platform)).isFalse();
        Scheme rongcheng = CATALOG.requireScheme("RONGCHENG_POINTS");
        assertThat(CATALOG.isNonFinancialRuleInFinancialScheme(
                rongcheng.rule("RC-SOC-01", today).orElseThrow(), rongcheng)).isFalse();
    }

    @Test
    void the_debtor_black_list_publishes_by_tier_and_bans_flights_and_rail() {
        Scheme debtors = CATALOG.requireScheme("DISHONEST_DEBTORS");
        assertThat(((ListScale) debtors.scale()).sanctions())
                .contains("NO_FLIGHTS", "NO_HIGH_SPEED_RAIL", "PUBLIC_SHAMING");
        assertThat(debtors.rules()).extracting(Rule::publication)
                .contains(PublicationPeriod.MINOR, PublicationPeriod.GENERAL, PublicationPeriod.SERIOUS);
        assertThat(CATALOG.schemes()).filteredOn(s -> s.scale() instanceof ListScale l
                && l.type() == org.redress.domain.scheme.ListType.RED).isNotEmpty();
    }

    @Test
    void a_rule_with_two_versions_is_judged_by_the_one_in_force_on_the_day() {
        assertThat(CATALOG.requireScheme("RONGCHENG_POINTS").ruleVersions("RC-FIN-01")).hasSize(2);
        assertThat(CATALOG.rule("RONGCHENG_POINTS", "RC-FIN-01", LocalDate.of(2021, 12, 31)))
                .get().satisfies(r -> assertThat(r.points().min()).isEqualTo(-5));
        assertThat(CATALOG.rule("RONGCHENG_POINTS", "RC-FIN-01", LocalDate.of(2022, 1, 1)))
                .get().satisfies(r -> assertThat(r.points().min()).isEqualTo(-10));
    }

    @Test
    void a_rule_no_longer_in_force_is_not_found_after_it_ended() {
        assertThat(CATALOG.rule("PLATFORM_SCORE", "PS-SOC-04", LocalDate.of(2022, 5, 1))).isPresent();
        assertThat(CATALOG.rule("PLATFORM_SCORE", "PS-SOC-04", LocalDate.of(2023, 1, 8))).isEmpty();
    }

    @Test
    void a_dishonest_debtor_in_rongcheng_drops_to_grade_d_with_its_sanctions() {
        Scheme rongcheng = CATALOG.requireScheme("RONGCHENG_POINTS");
        LedgerEvent listed = new LedgerEvent(1, "RONGCHENG_POINTS", "RC-JUD-02", LedgerEventKind.DEDUCTION, -100,
                "RC-COURT", LocalDate.of(2024, 3, 1), "(2024)鲁1082执123号", null, null);
        Standing standing = LedgerDerivation.standingAt(rongcheng, CATALOG, List.of(listed), LocalDate.of(2024, 3, 2));
        assertThat(standing.score()).isEqualTo(900);
        assertThat(standing.grade()).isEqualTo("D");
        assertThat(standing.deniesEssentialService()).isTrue();
        assertThat(standing.sanctions()).extracting(s -> s.sanction().code()).contains("HOSPITAL_DEPOSIT_REQUIRED");
        assertThat(standing.sanctions()).extracting(s -> s.sanction()).extracting(Sanction::incentive)
                .containsOnly(false);
    }
}
