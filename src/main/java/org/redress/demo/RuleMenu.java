package org.redress.demo;

import org.jspecify.annotations.Nullable;
import org.redress.domain.identity.SubjectKind;
import org.redress.domain.ledger.LedgerEventKind;
import org.redress.domain.scheme.RatingScale;
import org.redress.domain.scheme.Rule;
import org.redress.domain.scheme.Scheme;
import org.redress.domain.scheme.SchemeKind;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * Which rules of a scheme the demo imposes on a kind of subject, how often (jaywalking and late
 * repayments are common, convictions rare), and what kind of entry each makes. Only the version in
 * force on a day is ever chosen for that day. Built once per scheme and kind of subject: the
 * generator asks it for every one of millions of entries.
 */
final class RuleMenu {

    private static final Map<String, Double> WEIGHTS = Map.ofEntries(
            Map.entry("RC-FIN-01", 6.0), Map.entry("RC-FIN-02", 4.0), Map.entry("RC-FIN-03", 3.0),
            Map.entry("RC-ADM-01", 2.0), Map.entry("RC-ADM-03", 2.0), Map.entry("RC-ADM-04", 2.0),
            Map.entry("RC-JUD-01", 2.0), Map.entry("RC-JUD-03", 0.5), Map.entry("RC-JUD-04", 0.3),
            Map.entry("RC-SOC-01", 5.0), Map.entry("RC-SOC-03", 4.0), Map.entry("RC-SOC-04", 3.0),
            Map.entry("RC-ADD-01", 0.5), Map.entry("RC-ADD-02", 2.0), Map.entry("RC-ADD-03", 4.0),
            Map.entry("PS-FIN-01", 6.0), Map.entry("PS-FIN-02", 2.0), Map.entry("PS-FIN-03", 5.0),
            Map.entry("PS-FIN-04", 3.0), Map.entry("PS-FIN-05", 8.0), Map.entry("PS-JUD-01", 0.5),
            Map.entry("PS-SOC-01", 2.0), Map.entry("PS-SOC-02", 3.0),
            Map.entry("HS-ADD-01", 3.0), Map.entry("HS-ADD-02", 2.0), Map.entry("HS-ADD-03", 0.5),
            Map.entry("HS-ADM-01", 4.0), Map.entry("HS-ADM-02", 2.0), Map.entry("HS-ADM-03", 0.5),
            Map.entry("HS-JUD-01", 0.5), Map.entry("HS-FIN-01", 3.0), Map.entry("HS-SOC-02", 3.0),
            Map.entry("HS-SOC-03", 0.5),
            Map.entry("DD-01", 6.0), Map.entry("DD-04", 3.0), Map.entry("DD-05", 2.0), Map.entry("DD-06", 2.0));

    private final Scheme scheme;
    private final Rule[] rules;
    private final double[] weights;
    private final LedgerEventKind[] kinds;

    RuleMenu(Scheme scheme, SubjectKind subjectKind) {
        this.scheme = scheme;
        List<Rule> suitable = new ArrayList<>();
        for (Rule rule : scheme.rules()) {
            if (suits(scheme, rule, subjectKind)) {
                suitable.add(rule);
            }
        }
        rules = suitable.toArray(Rule[]::new);
        weights = new double[rules.length];
        kinds = new LedgerEventKind[rules.length];
        for (int i = 0; i < rules.length; i++) {
            weights[i] = WEIGHTS.getOrDefault(rules[i].code(), 1.0);
            kinds[i] = kindOf(scheme, rules[i]);
        }
    }

    Scheme scheme() {
        return scheme;
    }

    /** The kind of entry the rule makes: a listing, an addition (positive points or a rating lift) or a deduction. */
    static LedgerEventKind kindOf(Scheme scheme, Rule rule) {
        if (scheme.kind() == SchemeKind.LIST) {
            return LedgerEventKind.LIST_ENTRY;
        }
        if (scheme.kind() == SchemeKind.RATING) {
            return scheme.scale() instanceof RatingScale ratings && rule.rating() != null && ratings.lifts(rule.rating())
                    ? LedgerEventKind.ADDITION : LedgerEventKind.DEDUCTION;
        }
        return rule.points().isAddition() ? LedgerEventKind.ADDITION : LedgerEventKind.DEDUCTION;
    }

    LedgerEventKind kindOf(Rule rule) {
        for (int i = 0; i < rules.length; i++) {
            if (rules[i] == rule) {
                return kinds[i];
            }
        }
        return kindOf(scheme, rule);
    }

    /**
     * A rule in force on {@code day}, weighted; null if none fits.
     *
     * @param disputableOnly only deductions and list entries, which an appeal can dispute
     * @param additionWeight factor on the weight of rules that add points or lift a rating
     */
    @Nullable Rule pick(LocalDate day, boolean disputableOnly, double additionWeight, RandomGenerator random) {
        double total = 0;
        for (int i = 0; i < rules.length; i++) {
            total += weight(i, day, disputableOnly, additionWeight);
        }
        if (total <= 0) {
            return null;
        }
        double draw = random.nextDouble(total);
        Rule last = null;
        for (int i = 0; i < rules.length; i++) {
            double weight = weight(i, day, disputableOnly, additionWeight);
            if (weight > 0) {
                last = rules[i];
                draw -= weight;
                if (draw < 0) {
                    return rules[i];
                }
            }
        }
        return last;
    }

    private double weight(int i, LocalDate day, boolean disputableOnly, double additionWeight) {
        if (!rules[i].inForceOn(day)) {
            return 0;
        }
        boolean addition = kinds[i] == LedgerEventKind.ADDITION;
        if (disputableOnly && addition) {
            return 0;
        }
        return addition ? weights[i] * additionWeight : weights[i];
    }

    /** Red-list honours for people (bravery, volunteering) and for organisations (tax, customs, contracts). */
    private static boolean suits(Scheme scheme, Rule rule, SubjectKind subjectKind) {
        if (!scheme.code().equals(Schemes.RED_LIST)) {
            return true;
        }
        boolean forPeople = rule.code().startsWith("RL-SOC");
        return forPeople == (subjectKind == SubjectKind.PERSON);
    }
}
