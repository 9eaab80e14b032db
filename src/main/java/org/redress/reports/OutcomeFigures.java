package org.redress.reports;

import org.jspecify.annotations.Nullable;
import org.redress.domain.scheme.Catalog;
import org.redress.domain.scheme.LocalizedText;
import org.redress.domain.scheme.Rule;
import org.redress.domain.scheme.Scheme;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The outcomes report (overturn rates by rule and version, agency, region, scheme and category, the
 * rule-review signal, non-financial rules in financial scores, re-deductions refused) and the
 * discrepancies report (reported scores beside the ledger's, by agency and scheme).
 */
final class OutcomeFigures {

    static final List<String> ON_THE_MERITS = List.of("UPHELD", "REVERSED", "AMENDED");
    static final List<String> OVERTURNED = List.of("REVERSED", "AMENDED");
    private static final LocalDate OPEN_END = LocalDate.of(9999, 12, 31);

    private final ReportSource source;
    private final Slice slice;
    private final Catalog catalog;
    private final Thresholds thresholds;

    OutcomeFigures(ReportSource source, Slice slice, Catalog catalog, Thresholds thresholds) {
        this.source = source;
        this.slice = slice;
        this.catalog = catalog;
        this.thresholds = thresholds;
    }

    /** Every version of every rule with more than one. */
    static List<RuleVersion> multiVersion(Catalog catalog) {
        List<RuleVersion> out = new ArrayList<>();
        for (Scheme scheme : catalog.schemes()) {
            for (String code : scheme.ruleCodes()) {
                List<Rule> versions = scheme.ruleVersions(code);
                if (versions.size() > 1) {
                    versions.forEach(v -> out.add(version(scheme, v)));
                }
            }
        }
        return out;
    }

    /** The versions of non-financial rules in financial schemes (flagged on every case that relies on them). */
    static List<RuleVersion> nonFinancialInFinancial(Catalog catalog) {
        List<RuleVersion> out = new ArrayList<>();
        for (Scheme scheme : catalog.schemes()) {
            for (Rule rule : scheme.rules()) {
                if (scheme.flagsNonFinancial(rule)) {
                    out.add(version(scheme, rule));
                }
            }
        }
        return out;
    }

    private static RuleVersion version(Scheme scheme, Rule rule) {
        return new RuleVersion(scheme.code(), rule.code(), rule.effectiveFrom(), rule.effectiveTo());
    }

    List<Figure> outcomes() {
        List<Counted> groups = source.outcomes(slice, multiVersion(catalog));
        // A source gives whole groups (every key) or each figure's own groups (the other keys null).
        List<Counted> byRule = groups.stream().filter(c -> c.key(1) != null).toList();
        List<Counted> byAgency = groups.stream().filter(c -> c.key(3) != null).toList();
        List<Counted> byRegion = groups.stream().filter(c -> c.key(4) != null).toList();
        Drill base = Drill.of(Drill.Source.OUTCOMES).between("decided_on", slice.from(), slice.to());
        List<Figure> figures = new ArrayList<>();
        figures.add(byRule(byRule, base));
        Map<String, LocalizedText> agencies = source.agencyNames();
        figures.add(rates(FigureId.OVERTURN_BY_AGENCY, byAgency, c -> c.key(3), base, "agency_code",
                code -> agencies.getOrDefault(code, ReportWords.same(code))));
        figures.add(rates(FigureId.OVERTURN_BY_REGION, byRegion, c -> c.key(4), base, "region", ReportWords::same));
        figures.add(rates(FigureId.OVERTURN_BY_SCHEME, byRule, c -> c.key(0), base, "scheme_code",
                code -> catalog.scheme(code).map(Scheme::name).orElse(ReportWords.same(code))));
        figures.add(byCategory(byRule, base));
        figures.add(nonFinancial());
        figures.add(guardRefusals(agencies));
        return figures;
    }

    private Figure byRule(List<Counted> groups, Drill base) {
        Map<String, long[]> counts = new TreeMap<>();
        Map<String, Rule> rules = new LinkedHashMap<>();
        Map<String, String> schemes = new LinkedHashMap<>();
        for (Counted c : groups) {
            Rule rule = rule(c.key(0), c.key(1), c.key(2));
            String key = c.key(0) + "/" + c.key(1) + "/" + (rule == null ? "?" : rule.effectiveFrom());
            add(counts, key, c);
            if (rule != null) {
                rules.put(key, rule);
            }
            schemes.put(key, c.key(0));
        }
        List<Row> rows = new ArrayList<>();
        counts.forEach((key, n) -> {
            Rule rule = rules.get(key);
            String[] parts = key.split("/", 3);
            LocalizedText label = rule == null ? ReportWords.same(parts[1]) : new LocalizedText(
                    ReportWords.in(ReportWords.CHINESE, "report.row.rule", rule.code(), rule.title().zh(),
                            ReportWords.day(rule.effectiveFrom())),
                    ReportWords.in(ReportWords.ENGLISH, "report.row.rule", rule.code(), rule.title().en(),
                            ReportWords.day(rule.effectiveFrom())));
            Drill group = base.eq("scheme_code", schemes.get(key)).eq("rule_code", parts[1]);
            if (rule != null) {
                group = group.between("imposed_on", rule.effectiveFrom(),
                        rule.effectiveTo() == null ? OPEN_END : rule.effectiveTo());
            }
            rows.add(rateRow(key, label, n[1], n[0], group, thresholds.policyReview()));
        });
        return rateFigure(FigureId.OVERTURN_BY_RULE, rows, true);
    }

    private Figure byCategory(List<Counted> groups, Drill base) {
        long[] financial = new long[2];
        long[] other = new long[2];
        for (Counted c : groups) {
            Rule rule = rule(c.key(0), c.key(1), c.key(2));
            long[] into = rule != null && rule.category().isFinancial() ? financial : other;
            into[0] += c.value(0);
            into[1] += c.value(1);
        }
        List<Object> financialRules = new ArrayList<>();
        List<Object> otherRules = new ArrayList<>();
        for (Scheme scheme : catalog.schemes()) {
            for (Rule rule : scheme.rules()) {
                List<Object> into = rule.category().isFinancial() ? financialRules : otherRules;
                into.addAll(java.util.Arrays.asList(scheme.code(), rule.code(), rule.effectiveFrom(),
                        rule.effectiveTo() == null ? OPEN_END : rule.effectiveTo()));
            }
        }
        List<Row> rows = List.of(
                rateRow("FINANCIAL", ReportWords.text("report.row.category.financial"), financial[1], financial[0],
                        base.and("rule", Drill.Op.RULE_VERSION, financialRules.toArray()), thresholds.policyReview()),
                rateRow("NON_FINANCIAL", ReportWords.text("report.row.category.non_financial"), other[1], other[0],
                        base.and("rule", Drill.Op.RULE_VERSION, otherRules.toArray()), thresholds.policyReview()));
        return rateFigure(FigureId.OVERTURN_BY_CATEGORY, rows, false);
    }

    private Figure rates(FigureId id, List<Counted> groups, Function<Counted, @Nullable String> key, Drill base,
                         String column, Function<String, LocalizedText> label) {
        Map<String, long[]> counts = new TreeMap<>();
        for (Counted c : groups) {
            add(counts, String.valueOf(key.apply(c)), c);
        }
        List<Row> rows = new ArrayList<>();
        counts.forEach((code, n) -> rows.add(rateRow(code, label.apply(code), n[1], n[0], base.eq(column, code),
                thresholds.policyReview())));
        return rateFigure(id, rows, id != FigureId.OVERTURN_BY_SCHEME);
    }

    private static void add(Map<String, long[]> counts, String key, Counted c) {
        long[] n = counts.computeIfAbsent(key, k -> new long[2]);
        n[0] += c.value(0);
        n[1] += c.value(1);
    }

    /** A row of k overturned among n decided, its interval, and the review flag. */
    static Row rateRow(String key, LocalizedText label, long k, long n, Drill group, double threshold) {
        Map<Measure, Double> values = new EnumMap<>(Measure.class);
        values.put(Measure.DECIDED, (double) n);
        values.put(Measure.OVERTURNED, (double) k);
        Interval interval = null;
        if (n > 0) {
            values.put(Measure.RATE, (double) k / n);
            interval = Wilson.interval(k, n);
        }
        Map<Measure, Drill> drills = new EnumMap<>(Measure.class);
        drills.put(Measure.DECIDED, group.in("outcome", ON_THE_MERITS));
        drills.put(Measure.OVERTURNED, group.in("outcome", OVERTURNED));
        drills.put(Measure.RATE, group.in("outcome", OVERTURNED));
        boolean review = interval != null && interval.whollyAbove(threshold);
        return new Row(key, label, values, interval, review ? Rag.RED : null, review, drills, Set.of());
    }

    /** Most suspicious first: by the interval's lower end, then by cases. */
    private Figure rateFigure(FigureId id, List<Row> rows, boolean sort) {
        List<Row> sorted = new ArrayList<>(rows);
        if (sort) {
            sorted.sort(Comparator.comparingDouble((Row r) -> r.interval() == null ? -1 : -r.interval().low())
                    .thenComparingLong(r -> -r.count(Measure.DECIDED)).thenComparing(Row::key));
        }
        long n = sorted.stream().mapToLong(r -> r.count(Measure.DECIDED)).sum();
        long k = sorted.stream().mapToLong(r -> r.count(Measure.OVERTURNED)).sum();
        Map<Measure, Double> summary = new EnumMap<>(Measure.class);
        summary.put(Measure.DECIDED, (double) n);
        summary.put(Measure.OVERTURNED, (double) k);
        Interval interval = null;
        if (n > 0) {
            summary.put(Measure.RATE, (double) k / n);
            interval = Wilson.interval(k, n);
        }
        Figure figure = Figure.of(id, sorted).withSummary(summary, interval);
        long flagged = sorted.stream().filter(Row::review).count();
        return figure.withNote(ReportWords.text("report.note.review", percent(thresholds.policyReview()), flagged));
    }

    private @Nullable Rule rule(@Nullable String schemeCode, @Nullable String ruleCode, @Nullable String versionFrom) {
        if (schemeCode == null || ruleCode == null) {
            return null;
        }
        Optional<Scheme> scheme = catalog.scheme(schemeCode);
        if (scheme.isEmpty()) {
            return null;
        }
        List<Rule> versions = scheme.get().ruleVersions(ruleCode);
        if (versions.isEmpty()) {
            return null;
        }
        if (versionFrom == null) {
            return versions.getFirst();
        }
        return versions.stream().filter(v -> v.effectiveFrom().toString().equals(versionFrom)).findFirst()
                .orElse(versions.getFirst());
    }

    private Figure nonFinancial() {
        List<RuleVersion> rules = nonFinancialInFinancial(catalog);
        List<Row> rows = new ArrayList<>();
        long subjects = 0;
        for (Counted c : source.nonFinancialEntries(slice, rules)) {
            if (c.key(0) == null) {
                subjects = c.value(2);
                continue;
            }
            Map<Measure, Double> values = new EnumMap<>(Measure.class);
            values.put(Measure.ENTRIES, (double) c.value(0));
            values.put(Measure.POINTS, (double) c.value(1));
            values.put(Measure.SUBJECTS, (double) c.value(2));
            List<Object> versions = new ArrayList<>();
            for (RuleVersion v : rules) {
                if (v.scheme().equals(c.key(0)) && v.rule().equals(c.key(1))) {
                    versions.addAll(java.util.Arrays.asList(v.scheme(), v.rule(), v.from(), v.to()));
                }
            }
            Drill drill = Drill.of(Drill.Source.ENTRIES).between("imposed_on", slice.from(), slice.to())
                    .in("kind", List.of("DEDUCTION", "ADDITION", "LIST_ENTRY"))
                    .and("rule", Drill.Op.RULE_VERSION, versions.toArray());
            Map<Measure, Drill> drills = new EnumMap<>(Measure.class);
            drills.put(Measure.ENTRIES, drill);
            drills.put(Measure.SUBJECTS, drill);
            Rule rule = rule(c.key(0), c.key(1), null);
            LocalizedText label = rule == null ? ReportWords.same(c.key(1)) : new LocalizedText(
                    c.key(1) + " · " + rule.title().zh(), c.key(1) + " · " + rule.title().en());
            rows.add(new Row(c.key(0) + "/" + c.key(1), label, values, null, Rag.AMBER, false, drills, Set.of()));
        }
        rows.sort(Comparator.comparingLong((Row r) -> -r.count(Measure.ENTRIES)).thenComparing(Row::key));
        Map<Measure, Double> summary = new EnumMap<>(Measure.class);
        summary.put(Measure.ENTRIES, (double) rows.stream().mapToLong(r -> r.count(Measure.ENTRIES)).sum());
        summary.put(Measure.SUBJECTS, (double) subjects);
        summary.put(Measure.POINTS, rows.stream().mapToDouble(r -> r.values().getOrDefault(Measure.POINTS, 0.0)).sum());
        return Figure.of(FigureId.NONFINANCIAL_IN_FINANCIAL, rows).withSummary(summary, null);
    }

    private Figure guardRefusals(Map<String, LocalizedText> agencies) {
        if (source.unavailable().contains(FigureId.REDEDUCTIONS_REFUSED)) {
            return Figure.unavailable(FigureId.REDEDUCTIONS_REFUSED, ReportWords.text("report.unavailable." + FigureId.REDEDUCTIONS_REFUSED.key()));
        }
        List<Row> rows = new ArrayList<>();
        for (Counted c : source.guardRefusals(slice)) {
            rows.add(Row.of(c.key(0), agencies.getOrDefault(c.key(0), ReportWords.same(c.key(0))), Measure.ATTEMPTS,
                    c.value(0), null).withRag(Rag.RED));
        }
        rows.sort(Comparator.comparingLong((Row r) -> -r.count(Measure.ATTEMPTS)).thenComparing(Row::key));
        Map<Measure, Double> summary = new EnumMap<>(Measure.class);
        summary.put(Measure.ATTEMPTS, (double) rows.stream().mapToLong(r -> r.count(Measure.ATTEMPTS)).sum());
        return Figure.of(FigureId.REDEDUCTIONS_REFUSED, rows).withSummary(summary, null);
    }

    List<Figure> discrepancies() {
        if (source.unavailable().contains(FigureId.DISCREPANCIES_BY_AGENCY)) {
            return List.of(FigureId.DISCREPANCIES_BY_AGENCY, FigureId.DISCREPANCIES_BY_SCHEME).stream()
                    .map(id -> Figure.unavailable(id, ReportWords.text("report.unavailable." + id.key()))).toList();
        }
        List<Counted> groups = source.discrepancies(slice);
        long unchecked = source.uncheckedLedgers();
        Map<String, LocalizedText> agencies = source.agencyNames();
        Figure byAgency = checks(FigureId.DISCREPANCIES_BY_AGENCY, groups, 0, "agency_code",
                code -> agencies.getOrDefault(code, ReportWords.same(code)));
        Figure byScheme = checks(FigureId.DISCREPANCIES_BY_SCHEME, groups, 1, "scheme_code",
                code -> catalog.scheme(code).map(Scheme::name).orElse(ReportWords.same(code)));
        if (unchecked > 0) {
            LocalizedText note = ReportWords.text("report.note.unchecked", unchecked);
            byAgency = byAgency.withNote(note);
            byScheme = byScheme.withNote(note);
        }
        return List.of(byAgency, byScheme);
    }

    private Figure checks(FigureId id, List<Counted> groups, int keyIndex, String column,
                          Function<String, LocalizedText> label) {
        Map<String, long[]> counts = new TreeMap<>();
        for (Counted c : groups) {
            long[] n = counts.computeIfAbsent(c.key(keyIndex), k -> new long[4]);
            n[0] += c.value(0);
            n[1] += c.value(1);
            n[2] += c.value(2);
            n[3] = Math.max(n[3], c.value(3));
        }
        Drill base = Drill.of(Drill.Source.CHECKS).between("imposed_on", slice.from(), slice.to())
                .notNull("recomputed");
        List<Row> rows = new ArrayList<>();
        counts.forEach((code, n) -> {
            Map<Measure, Double> values = new EnumMap<>(Measure.class);
            values.put(Measure.REPORTS, (double) n[0]);
            values.put(Measure.DIFFERING, (double) n[1]);
            Interval interval = null;
            if (n[0] > 0) {
                values.put(Measure.RATE, (double) n[1] / n[0]);
                interval = Wilson.interval(n[1], n[0]);
            }
            if (n[1] > 0) {
                values.put(Measure.MEAN_DIFFERENCE, (double) n[2] / n[1]);
                values.put(Measure.LARGEST_DIFFERENCE, (double) n[3]);
            }
            Drill group = base.eq(column, code);
            Drill differing = group.and("reported", Drill.Op.NE_COLUMN, "recomputed");
            Map<Measure, Drill> drills = new EnumMap<>(Measure.class);
            drills.put(Measure.REPORTS, group);
            drills.put(Measure.DIFFERING, differing);
            drills.put(Measure.RATE, differing);
            boolean review = interval != null && interval.whollyAbove(thresholds.discrepancy());
            rows.add(new Row(code, label.apply(code), values, interval, review ? Rag.RED : null, review, drills,
                    Set.of()));
        });
        rows.sort(Comparator.comparingDouble((Row r) -> r.interval() == null ? -1 : -r.interval().low())
                .thenComparing(Row::key));
        long n = rows.stream().mapToLong(r -> r.count(Measure.REPORTS)).sum();
        long k = rows.stream().mapToLong(r -> r.count(Measure.DIFFERING)).sum();
        Map<Measure, Double> summary = new EnumMap<>(Measure.class);
        summary.put(Measure.REPORTS, (double) n);
        summary.put(Measure.DIFFERING, (double) k);
        Interval interval = null;
        if (n > 0) {
            summary.put(Measure.RATE, (double) k / n);
            interval = Wilson.interval(k, n);
        }
        long flagged = rows.stream().filter(Row::review).count();
        return Figure.of(id, rows).withSummary(summary, interval)
                .withNote(ReportWords.text("report.note.discrepancy", percent(thresholds.discrepancy()), flagged));
    }

    static String percent(double share) {
        return java.math.BigDecimal.valueOf(share * 100).stripTrailingZeros().toPlainString() + "%";
    }
}
