package org.redress.domain.ledger;

import org.jspecify.annotations.Nullable;
import org.redress.domain.scheme.Band;
import org.redress.domain.scheme.Catalog;
import org.redress.domain.scheme.EssentialService;
import org.redress.domain.scheme.LegalBasis;
import org.redress.domain.scheme.ListScale;
import org.redress.domain.scheme.ListType;
import org.redress.domain.scheme.LocalizedText;
import org.redress.domain.scheme.PointRange;
import org.redress.domain.scheme.PointsScale;
import org.redress.domain.scheme.PublicationPeriod;
import org.redress.domain.scheme.RangeScale;
import org.redress.domain.scheme.Rating;
import org.redress.domain.scheme.RatingScale;
import org.redress.domain.scheme.ReviewTerms;
import org.redress.domain.scheme.Rule;
import org.redress.domain.scheme.RuleCategory;
import org.redress.domain.scheme.Sanction;
import org.redress.domain.scheme.Scale;
import org.redress.domain.scheme.Scheme;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Set;

/** A small catalog built in code, so derivation tests do not depend on the shipped data. */
final class FixtureCatalog {

    static final LocalDate SINCE = LocalDate.of(2016, 1, 1);

    static final Scheme CITY = scheme("CITY", false, new PointsScale(1000, List.of(
            band("A", 960, Integer.MAX_VALUE, "GREEN"),
            band("B", 850, 959),
            band("C", 600, 849, "LOAN"),
            band("D", Integer.MIN_VALUE, 599, "LOAN", "SHAMING"))), List.of(
            rule("ARREARS", RuleCategory.FINANCIAL, PointRange.fixed(-5)).to(LocalDate.of(2021, 12, 31)).build(),
            rule("ARREARS", RuleCategory.FINANCIAL, PointRange.fixed(-10)).from(LocalDate.of(2022, 1, 1)).build(),
            rule("BREACH", RuleCategory.FINANCIAL, new PointRange(-50, -20)).build(),
            rule("DESTROY", RuleCategory.ADMINISTRATIVE, PointRange.fixed(-100)).sanctions("RAIL")
                    .lasting(Period.ofYears(1)).build(),
            rule("DEBTOR", RuleCategory.JUDICIAL, PointRange.fixed(-100)).dropsTo("D").build(),
            rule("CRIME", RuleCategory.JUDICIAL, PointRange.fixed(-100)).dropsTo("C").lasting(Period.ofYears(2)).build(),
            rule("JAYWALK", RuleCategory.SOCIAL_MORAL, PointRange.fixed(-5)).build(),
            rule("VOLUNTEER", RuleCategory.SOCIAL_MORAL, new PointRange(1, 5)).build()));

    static final Scheme SCORE = scheme("SCORE", true, new RangeScale(600, 350, 950, List.of(
            band("HIGH", 700, 950),
            band("MID", 550, 699),
            band("LOW", 350, 549, "LOAN"))), List.of(
            rule("LATE", RuleCategory.FINANCIAL, new PointRange(-400, -10)).build(),
            rule("BONUS", RuleCategory.FINANCIAL, new PointRange(5, 400)).build(),
            rule("JAYWALK", RuleCategory.SOCIAL_MORAL, PointRange.fixed(-5)).build()));

    static final Scheme RATED = scheme("RATED", false, new RatingScale(List.of(
            new Rating("VERY_GOOD", text("很好"), List.of("GREEN")),
            new Rating("GOOD", text("好"), List.of()),
            new Rating("BAD", text("不好"), List.of("HONOURS"))), "GOOD"), List.of(
            rule("PENALTY", RuleCategory.ADMINISTRATIVE, PointRange.fixed(0)).rating("GOOD").lasting(Period.ofYears(1)).build(),
            rule("ARREARS", RuleCategory.FINANCIAL, PointRange.fixed(0)).rating("BAD").lasting(Period.ofYears(1)).build(),
            rule("DEBTOR", RuleCategory.JUDICIAL, PointRange.fixed(0)).rating("BAD").build(),
            rule("VOLUNTEER", RuleCategory.SOCIAL_MORAL, PointRange.fixed(0)).rating("VERY_GOOD")
                    .lasting(Period.ofYears(1)).build()));

    static final Scheme DEBTORS = scheme("DEBTORS", false, new ListScale(ListType.BLACK,
            List.of("SHAMING", "FLIGHTS", "RAIL", "SCHOOL")), List.of(
            rule("REFUSE", RuleCategory.JUDICIAL, PointRange.fixed(0)).published(PublicationPeriod.GENERAL).build(),
            rule("OBSTRUCT", RuleCategory.JUDICIAL, PointRange.fixed(0)).published(PublicationPeriod.SERIOUS)
                    .sanctions("EXIT").build()));

    static final Catalog CATALOG = new Catalog(List.of(CITY, SCORE, RATED, DEBTORS), List.of(
            sanction("RAIL", false), sanction("FLIGHTS", false), sanction("SHAMING", false),
            sanction("LOAN", false), sanction("HONOURS", false), sanction("GREEN", true),
            new Sanction("SCHOOL", text("子女不得就读高收费私立学校"), false, Set.of(EssentialService.EDUCATION)),
            new Sanction("EXIT", text("限制出境"), false, Set.of(EssentialService.MEDICAL_TRAVEL))));

    private FixtureCatalog() {
    }

    static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }

    static LedgerEvent deduction(long id, Scheme scheme, String rule, int points, String date) {
        return entry(id, scheme, rule, LedgerEventKind.DEDUCTION, points, date, null, null);
    }

    static LedgerEvent addition(long id, Scheme scheme, String rule, int points, String date) {
        return entry(id, scheme, rule, LedgerEventKind.ADDITION, points, date, null, null);
    }

    static LedgerEvent listEntry(long id, Scheme scheme, String rule, String date, @Nullable String until) {
        return entry(id, scheme, rule, LedgerEventKind.LIST_ENTRY, 0, date, null, until);
    }

    static LedgerEvent reversal(long id, LedgerEvent target, String date) {
        return correction(id, target, LedgerEventKind.REVERSAL, 0, date, null);
    }

    static LedgerEvent amendment(long id, LedgerEvent target, int points, String date, @Nullable String until) {
        return correction(id, target, LedgerEventKind.AMENDMENT, points, date, until);
    }

    static LedgerEvent removal(long id, LedgerEvent target, String date) {
        return correction(id, target, LedgerEventKind.LIST_REMOVAL, 0, date, null);
    }

    static LedgerEvent correction(long id, LedgerEvent target, LedgerEventKind kind, int points, String date,
                                  @Nullable String until) {
        return new LedgerEvent(id, target.schemeCode(), target.ruleCode(), kind, points, "AG-1", day(date),
                "REF-" + id, target.id(), until == null ? null : day(until));
    }

    private static LedgerEvent entry(long id, Scheme scheme, String rule, LedgerEventKind kind, int points,
                                     String date, @Nullable Long target, @Nullable String until) {
        return new LedgerEvent(id, scheme.code(), rule, kind, points, "AG-1", day(date), "REF-" + id, target,
                until == null ? null : day(until));
    }

    private static Scheme scheme(String code, boolean financial, Scale scale, List<Rule> rules) {
        return new Scheme(code, text(code), "1", SINCE, financial, scale, ReviewTerms.defaults(50), rules);
    }

    private static Band band(String code, int min, int max, String... sanctions) {
        return new Band(code, text(code), min, max, List.of(sanctions));
    }

    private static Sanction sanction(String code, boolean incentive) {
        return new Sanction(code, text(code), incentive, Set.of());
    }

    private static LocalizedText text(String s) {
        return new LocalizedText(s, s);
    }

    private static RuleBuilder rule(String code, RuleCategory category, PointRange points) {
        return new RuleBuilder(code, category, points);
    }

    /** Only the parts of a rule the derivation reads vary between fixtures. */
    static final class RuleBuilder {
        private final String code;
        private final RuleCategory category;
        private final PointRange points;
        private List<String> sanctions = List.of();
        private @Nullable PublicationPeriod publication;
        private LocalDate from = SINCE;
        private @Nullable LocalDate to;
        private @Nullable String dropsTo;
        private @Nullable String rating;
        private @Nullable Period lasting;

        RuleBuilder(String code, RuleCategory category, PointRange points) {
            this.code = code;
            this.category = category;
            this.points = points;
        }

        RuleBuilder sanctions(String... codes) {
            sanctions = List.of(codes);
            return this;
        }

        RuleBuilder published(PublicationPeriod period) {
            publication = period;
            return this;
        }

        RuleBuilder from(LocalDate date) {
            from = date;
            return this;
        }

        RuleBuilder to(LocalDate date) {
            to = date;
            return this;
        }

        RuleBuilder dropsTo(String grade) {
            dropsTo = grade;
            return this;
        }

        RuleBuilder rating(String code) {
            rating = code;
            return this;
        }

        RuleBuilder lasting(Period period) {
            lasting = period;
            return this;
        }

        Rule build() {
            LegalBasis basis = new LegalBasis(text("《测试办法》"), text("第一条"));
            return new Rule(code, text(code), basis, category, points, sanctions, publication, true, from, to,
                    dropsTo, rating, lasting);
        }
    }
}
