package org.redress.reports;

import org.jspecify.annotations.Nullable;
import org.redress.domain.calendar.WorkingDayCalendar;
import org.redress.domain.ledger.LedgerDerivation;
import org.redress.domain.ledger.LedgerEvent;
import org.redress.domain.ledger.LedgerEventKind;
import org.redress.domain.scheme.Catalog;
import org.redress.domain.scheme.Rule;
import org.redress.domain.scheme.Scheme;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * A second, independent computation of every figure from the raw rows ({@link RawRows}), in plain
 * Java straight from the definitions in docs/reports.md: no SQL, no report tables, no code of the
 * reports package but its enums. The calendar and the ledger derivation are the domain's.
 */
final class ReportOracle {

    /** A figure's expected rows (values by measure), the cases behind each value, and its summary. */
    static final class Expected {
        final Map<String, Map<Measure, Double>> rows = new TreeMap<>();
        final Map<String, Map<Measure, Set<Long>>> cases = new TreeMap<>();
        final Map<Measure, Double> summary = new HashMap<>();

        void add(String row, Measure m, double value, @Nullable Long caseId) {
            rows.computeIfAbsent(row, k -> new HashMap<>()).merge(m, value, Double::sum);
            if (caseId != null) {
                cases.computeIfAbsent(row, k -> new HashMap<>()).computeIfAbsent(m, k -> new HashSet<>()).add(caseId);
            }
        }

        void max(String row, Measure m, double value) {
            rows.computeIfAbsent(row, k -> new HashMap<>()).merge(m, value, Math::max);
        }
    }

    private static final Set<String> OPEN = Set.of("RECEIVED", "ASSIGNED", "IN_REVIEW", "AWAITING_INFORMATION",
            "DECISION_DRAFTED", "AWAITING_APPROVAL");

    private final RawRows raw;
    private final Catalog catalog;
    private final WorkingDayCalendar calendar;
    private final ReportRequest request;
    private final LocalDate today;
    private final @Nullable Long officer;
    private final Map<Long, RawRows.Entry> entries = new HashMap<>();
    private final Map<Long, LocalDate> acknowledged = new HashMap<>();
    private final Map<Long, RawRows.Event> closing = new HashMap<>();
    private final Map<Long, RawRows.Decision> finalDecision = new HashMap<>();

    ReportOracle(RawRows raw, Catalog catalog, WorkingDayCalendar calendar, ReportRequest request, LocalDate today,
                 @Nullable Long officer) {
        this.raw = raw;
        this.catalog = catalog;
        this.calendar = calendar;
        this.request = request;
        this.today = today;
        this.officer = officer;
        raw.ledger().forEach(e -> entries.put(e.id(), e));
        // Acknowledged: the earlier of the recorded acknowledgement (V70) and the first move out of RECEIVED.
        raw.cases().stream().filter(c -> c.acknowledgedOn() != null)
                .forEach(c -> acknowledged.put(c.id(), c.acknowledgedOn()));
        for (RawRows.Event e : raw.events()) {
            if ("RECEIVED".equals(e.from()) && e.to() != null && !e.to().equals("RECEIVED")) {
                acknowledged.merge(e.caseId(), e.day(), (a, b) -> a.isBefore(b) ? a : b);
            }
            if (e.to() != null && Set.of("DECIDED", "NOT_ADMISSIBLE", "WITHDRAWN").contains(e.to())
                    && !e.to().equals(e.from())) {
                closing.merge(e.caseId(), e, (a, b) -> a.day().isBefore(b.day()) || a.day().equals(b.day()) && a.id() < b.id()
                        ? a : b);
            }
        }
        for (RawRows.Decision d : raw.decisions()) {
            RawRows.Event closed = closing.get(d.caseId());
            if (closed != null && closed.to().equals("DECIDED")) {
                finalDecision.merge(d.caseId(), d, (a, b) -> a.id() > b.id() ? a : b);
            }
        }
    }

    private boolean inPeriod(@Nullable LocalDate day) {
        return day != null && !day.isBefore(request.from()) && !day.isAfter(request.to());
    }

    /** The request's scheme and agency, and an officer's own cases. */
    private boolean scoped(RawRows.Case c) {
        return (request.scheme() == null || request.scheme().equals(c.scheme()))
                && (request.agency() == null || request.agency().equals(c.agency()))
                && (officer == null || officer.equals(c.assignee()));
    }

    private int wd(LocalDate from, LocalDate to) {
        return calendar.workingDaysBetween(from, to).value();
    }

    Map<FigureId, Expected> caseload() {
        Map<FigureId, Expected> out = new HashMap<>();
        Expected intake = new Expected();
        for (LocalDate m = request.from().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
             !m.isAfter(request.to()); m = m.plusWeeks(1)) {
            intake.add(m.toString(), Measure.CASES, 0, null);
        }
        Expected status = new Expected();
        OPEN.forEach(s -> status.add(s, Measure.CASES, 0, null));
        Expected age = new Expected();
        Expected deadline = new Expected();
        Expected waiting = new Expected();
        Expected overdue = new Expected();
        Expected inTime = new Expected();
        Expected ack = new Expected();
        Expected days = new Expected();
        TreeMap<Integer, Long> dayCounts = new TreeMap<>();
        TreeMap<Integer, Long> waitCounts = new TreeMap<>();
        for (RawRows.Case c : raw.cases()) {
            if (!scoped(c)) {
                continue;
            }
            if (inPeriod(c.received())) {
                intake.add(c.received().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).toString(),
                        Measure.CASES, 1, c.id());
                LocalDate a = acknowledged.get(c.id());
                String row = a == null ? (c.ackDeadline().isBefore(today) ? "missing" : "pending")
                        : !a.isAfter(c.ackDeadline()) ? "in_time" : "late";
                ack.add(row, Measure.CASES, 1, c.id());
            }
            if (OPEN.contains(c.status())) {
                status.add(c.status(), Measure.CASES, 1, c.id());
                age.add(bucket(CaseloadFigures.AGE_BUCKETS, Math.max(0, wd(c.received(), today))), Measure.CASES, 1, c.id());
                String d = c.deadline() == null ? "paused" : c.deadline().isBefore(today) ? "overdue"
                        : wd(today, c.deadline()) <= 3 ? "due_soon" : "in_time";
                deadline.add(d, Measure.CASES, 1, c.id());
                if (c.deadline() != null && c.deadline().isBefore(today)) {
                    overdue.add(c.assignee() == null ? "unassigned" : c.assignee().toString(), Measure.CASES, 1, c.id());
                }
                if (c.status().equals("AWAITING_INFORMATION") && c.pausedSince() != null) {
                    int w = Math.max(0, wd(c.pausedSince(), today));
                    waiting.add(bucket(CaseloadFigures.WAIT_BUCKETS, w), Measure.CASES, 1, c.id());
                    waitCounts.merge(w, 1L, Long::sum);
                }
            }
            RawRows.Event closed = closing.get(c.id());
            if (closed != null && Set.of("DECIDED", "NOT_ADMISSIBLE").contains(closed.to()) && inPeriod(closed.day())) {
                String row = c.deadline() == null ? "no_deadline" : !closed.day().isAfter(c.deadline()) ? "in_time" : "late";
                inTime.add(row, Measure.CASES, 1, c.id());
                int w = Math.max(0, wd(c.received(), closed.day()));
                days.add(bucket(CaseloadFigures.DECIDE_BUCKETS, w), Measure.CASES, 1, c.id());
                dayCounts.merge(w, 1L, Long::sum);
            }
        }
        for (int[] b : CaseloadFigures.AGE_BUCKETS) {
            age.add(CaseloadFigures.bucketKey(b), Measure.CASES, 0, null);
        }
        for (int[] b : CaseloadFigures.DECIDE_BUCKETS) {
            days.add(CaseloadFigures.bucketKey(b), Measure.CASES, 0, null);
        }
        for (int[] b : CaseloadFigures.WAIT_BUCKETS) {
            waiting.add(CaseloadFigures.bucketKey(b), Measure.CASES, 0, null);
        }
        for (String r : List.of("overdue", "due_soon", "in_time", "paused")) {
            deadline.add(r, Measure.CASES, 0, null);
        }
        for (String r : List.of("in_time", "late", "missing", "pending")) {
            ack.add(r, Measure.CASES, 0, null);
        }
        for (String r : List.of("in_time", "late")) {
            inTime.add(r, Measure.CASES, 0, null);
        }
        if (!dayCounts.isEmpty()) {
            days.summary.put(Measure.MEDIAN_DAYS, (double) rank(dayCounts, 0.5));
            days.summary.put(Measure.P90_DAYS, (double) rank(dayCounts, 0.9));
        }
        if (!waitCounts.isEmpty()) {
            waiting.summary.put(Measure.MEDIAN_DAYS, (double) rank(waitCounts, 0.5));
        }
        out.put(FigureId.INTAKE_WEEKLY, intake);
        out.put(FigureId.OPEN_BY_STATUS, status);
        out.put(FigureId.OPEN_BY_AGE, age);
        out.put(FigureId.OPEN_BY_DEADLINE, deadline);
        out.put(FigureId.DECIDED_IN_TIME, inTime);
        out.put(FigureId.ACKNOWLEDGED_IN_TIME, ack);
        out.put(FigureId.DAYS_TO_DECIDE, days);
        out.put(FigureId.WAITING_ON_APPLICANT, waiting);
        out.put(FigureId.OVERDUE_BY_OFFICER, overdue);
        return out;
    }

    /** Nearest rank: the smallest value whose cumulative count reaches ceil(q·n). */
    private static int rank(TreeMap<Integer, Long> counts, double q) {
        long n = counts.values().stream().mapToLong(Long::longValue).sum();
        long k = (long) Math.ceil(q * n);
        long seen = 0;
        for (var e : counts.entrySet()) {
            seen += e.getValue();
            if (seen >= Math.max(1, k)) {
                return e.getKey();
            }
        }
        throw new IllegalStateException();
    }

    private static String bucket(int[][] buckets, int value) {
        for (int[] b : buckets) {
            if (value >= b[0] && value <= b[1]) {
                return CaseloadFigures.bucketKey(b);
            }
        }
        throw new IllegalStateException("no bucket for " + value);
    }

    Map<FigureId, Expected> outcomes() {
        Map<FigureId, Expected> out = new HashMap<>();
        Expected byRule = new Expected();
        Expected byAgency = new Expected();
        Expected byRegion = new Expected();
        Expected byScheme = new Expected();
        Expected byCategory = new Expected();
        Map<Long, RawRows.Case> cases = new HashMap<>();
        raw.cases().forEach(c -> cases.put(c.id(), c));
        for (RawRows.Outcome o : raw.outcomes()) {
            RawRows.Decision d = raw.decisions().stream().filter(x -> x.id() == o.decision()).findFirst().orElseThrow();
            if (!Objects.equals(finalDecision.get(d.caseId()), d) || !Set.of("UPHELD", "REVERSED", "AMENDED")
                    .contains(o.outcome())) {
                continue;
            }
            RawRows.Case c = cases.get(d.caseId());
            RawRows.Entry e = entries.get(o.entry());
            if (!inPeriod(closing.get(c.id()).day()) || request.scheme() != null && !request.scheme().equals(e.scheme())
                    || request.agency() != null && !request.agency().equals(e.agency())
                    || officer != null && !officer.equals(c.assignee())) {
                continue;
            }
            Rule rule = catalog.requireRule(e.scheme(), e.rule(), e.imposed());
            boolean overturned = !o.outcome().equals("UPHELD");
            for (var target : List.of(
                    Map.entry(byRule, e.scheme() + "/" + e.rule() + "/" + rule.effectiveFrom()),
                    Map.entry(byAgency, e.agency()), Map.entry(byRegion, c.region()), Map.entry(byScheme, e.scheme()),
                    Map.entry(byCategory, rule.category().isFinancial() ? "FINANCIAL" : "NON_FINANCIAL"))) {
                target.getKey().add(target.getValue(), Measure.DECIDED, 1, c.id());
                target.getKey().add(target.getValue(), Measure.OVERTURNED, overturned ? 1 : 0, overturned ? c.id() : null);
            }
        }
        byCategory.add("FINANCIAL", Measure.DECIDED, 0, null);
        byCategory.add("NON_FINANCIAL", Measure.DECIDED, 0, null);
        for (Expected e : List.of(byRule, byAgency, byRegion, byScheme, byCategory)) {
            e.rows.values().forEach(v -> v.putIfAbsent(Measure.OVERTURNED, 0.0));
        }
        out.put(FigureId.OVERTURN_BY_RULE, byRule);
        out.put(FigureId.OVERTURN_BY_AGENCY, byAgency);
        out.put(FigureId.OVERTURN_BY_REGION, byRegion);
        out.put(FigureId.OVERTURN_BY_SCHEME, byScheme);
        out.put(FigureId.OVERTURN_BY_CATEGORY, byCategory);

        Expected nonFinancial = new Expected();
        Set<Long> subjects = new HashSet<>();
        Map<String, Set<Long>> subjectsByRule = new HashMap<>();
        Set<Long> officerSubjects = new HashSet<>();
        raw.cases().stream().filter(c -> Objects.equals(officer, c.assignee())).forEach(c -> officerSubjects.add(c.subject()));
        for (RawRows.Entry e : raw.ledger()) {
            if (!Set.of("DEDUCTION", "ADDITION", "LIST_ENTRY").contains(e.kind()) || !inPeriod(e.imposed())
                    || request.scheme() != null && !request.scheme().equals(e.scheme())
                    || request.agency() != null && !request.agency().equals(e.agency())
                    || officer != null && !officerSubjects.contains(e.subject())) {
                continue;
            }
            Scheme scheme = catalog.requireScheme(e.scheme());
            Rule rule = scheme.rule(e.rule(), e.imposed()).orElseThrow();
            if (!scheme.financial() || rule.category().isFinancial()) {
                continue;
            }
            String key = e.scheme() + "/" + e.rule();
            Set<Long> disputing = new HashSet<>();
            raw.disputed().forEach((caseId, list) -> {
                RawRows.Case c = cases.get(caseId);
                if (list.contains(e.id()) && (officer == null || officer.equals(c.assignee()))) {
                    disputing.add(caseId);
                }
            });
            nonFinancial.add(key, Measure.ENTRIES, 1, null);
            disputing.forEach(id -> nonFinancial.add(key, Measure.ENTRIES, 0, id));
            nonFinancial.add(key, Measure.POINTS, e.points(), null);
            subjectsByRule.computeIfAbsent(key, k -> new HashSet<>()).add(e.subject());
            subjects.add(e.subject());
        }
        subjectsByRule.forEach((k, s) -> nonFinancial.rows.get(k).put(Measure.SUBJECTS, (double) s.size()));
        nonFinancial.summary.put(Measure.SUBJECTS, (double) subjects.size());
        out.put(FigureId.NONFINANCIAL_IN_FINANCIAL, nonFinancial);

        Expected refusals = new Expected();
        if (officer == null) {
            for (RawRows.Refusal r : raw.refusals()) {
                if (inPeriod(r.day()) && (request.scheme() == null || request.scheme().equals(r.scheme()))
                        && (request.agency() == null || request.agency().equals(r.agency()))) {
                    refusals.add(r.agency(), Measure.ATTEMPTS, 1, null);
                }
            }
        }
        out.put(FigureId.REDEDUCTIONS_REFUSED, refusals);
        return out;
    }

    Map<FigureId, Expected> discrepancies() {
        Expected byAgency = new Expected();
        Expected byScheme = new Expected();
        Set<Long> officerSubjects = new HashSet<>();
        raw.cases().stream().filter(c -> Objects.equals(officer, c.assignee())).forEach(c -> officerSubjects.add(c.subject()));
        for (RawRows.Entry e : raw.ledger()) {
            if (e.reported() == null || !inPeriod(e.imposed())
                    || request.scheme() != null && !request.scheme().equals(e.scheme())
                    || request.agency() != null && !request.agency().equals(e.agency())
                    || officer != null && !officerSubjects.contains(e.subject())) {
                continue;
            }
            Scheme scheme = catalog.requireScheme(e.scheme());
            if (scheme.base() == null) {
                continue;
            }
            List<LedgerEvent> ledger = raw.ledger().stream()
                    .filter(x -> x.subject() == e.subject() && x.scheme().equals(e.scheme()))
                    .map(x -> new LedgerEvent(x.id(), x.scheme(), x.rule(), LedgerEventKind.valueOf(x.kind()), x.points(),
                            x.agency(), x.imposed(), x.reference(), x.target(), null)).toList();
            int recomputed = LedgerDerivation.standingAt(scheme, catalog, ledger, e.imposed()).score();
            int difference = Math.abs(e.reported() - recomputed);
            Set<Long> subjectCases = new HashSet<>();
            raw.cases().stream().filter(c -> c.subject() == e.subject() && (officer == null || officer.equals(c.assignee())))
                    .forEach(c -> subjectCases.add(c.id()));
            for (var target : List.of(Map.entry(byAgency, e.agency()), Map.entry(byScheme, e.scheme()))) {
                target.getKey().add(target.getValue(), Measure.REPORTS, 1, null);
                subjectCases.forEach(id -> target.getKey().add(target.getValue(), Measure.REPORTS, 0, id));
                target.getKey().add(target.getValue(), Measure.DIFFERING, difference == 0 ? 0 : 1, null);
                if (difference != 0) {
                    subjectCases.forEach(id -> target.getKey().add(target.getValue(), Measure.DIFFERING, 0, id));
                    target.getKey().add(target.getValue(), Measure.MEAN_DIFFERENCE, difference, null);
                    target.getKey().max(target.getValue(), Measure.LARGEST_DIFFERENCE, difference);
                }
            }
        }
        for (Expected x : List.of(byAgency, byScheme)) {
            x.rows.values().forEach(v -> {
                if (v.containsKey(Measure.MEAN_DIFFERENCE)) {
                    v.put(Measure.MEAN_DIFFERENCE, v.get(Measure.MEAN_DIFFERENCE) / v.get(Measure.DIFFERING));
                }
            });
        }
        return Map.of(FigureId.DISCREPANCIES_BY_AGENCY, byAgency, FigureId.DISCREPANCIES_BY_SCHEME, byScheme);
    }

    Map<FigureId, Expected> people(Map<String, Integer> thresholds, int defaultThreshold) {
        Expected caseload = new Expected();
        Expected returned = new Expected();
        Expected comments = new Expected();
        Expected declarations = new Expected();
        Expected fourEyes = new Expected();
        fourEyes.add("second_look", Measure.CASES, 0, null);
        fourEyes.add("alone", Measure.CASES, 0, null);
        Map<Long, RawRows.Case> cases = new HashMap<>();
        raw.cases().forEach(c -> cases.put(c.id(), c));
        Predicate<RawRows.Case> filtered = c -> (request.scheme() == null || request.scheme().equals(c.scheme()))
                && (request.agency() == null || request.agency().equals(c.agency()));
        for (RawRows.Case c : raw.cases()) {
            if (!filtered.test(c)) {
                continue;
            }
            if (OPEN.contains(c.status()) && (officer == null || officer.equals(c.assignee()))) {
                String key = c.assignee() == null ? "unassigned" : c.assignee().toString();
                caseload.add(key, Measure.ASSIGNED, 1, c.id());
                boolean late = c.deadline() != null && c.deadline().isBefore(today);
                caseload.add(key, Measure.OVERDUE, late ? 1 : 0, late ? c.id() : null);
            }
            RawRows.Event closed = closing.get(c.id());
            RawRows.Decision d = finalDecision.get(c.id());
            if (closed != null && closed.to().equals("DECIDED") && inPeriod(closed.day())) {
                if (d != null && (officer == null || officer == d.drafter())) {
                    caseload.add(Long.toString(d.drafter()), Measure.DECIDED, 1, c.id());
                }
                if (officer == null || officer.equals(c.assignee())) {
                    int restored = 0;
                    boolean listRemoval = false;
                    for (RawRows.Outcome o : raw.outcomes()) {
                        if (d == null || o.decision() != d.id()) {
                            continue;
                        }
                        RawRows.Entry e = entries.get(o.entry());
                        if (o.outcome().equals("REVERSED")) {
                            restored += Math.max(0, -e.points());
                            listRemoval |= e.kind().equals("LIST_ENTRY");
                        } else if (o.outcome().equals("AMENDED") && o.newPoints() != null) {
                            restored += Math.max(0, o.newPoints() - e.points());
                        }
                    }
                    boolean eligible = restored <= thresholds.getOrDefault(c.scheme(), defaultThreshold) && !listRemoval;
                    boolean approved = d != null && raw.approvals().stream()
                            .anyMatch(a -> a.decision() == d.id() && a.verdict().equals("APPROVED"));
                    if (eligible) {
                        fourEyes.add(approved ? "second_look" : "alone", Measure.CASES, 1, c.id());
                    }
                }
            }
        }
        caseload.rows.values().forEach(v -> {
            v.putIfAbsent(Measure.ASSIGNED, 0.0);
            v.putIfAbsent(Measure.DECIDED, 0.0);
            v.putIfAbsent(Measure.OVERDUE, 0.0);
        });
        for (RawRows.Approval a : raw.approvals()) {
            RawRows.Decision d = raw.decisions().stream().filter(x -> x.id() == a.decision()).findFirst().orElseThrow();
            RawRows.Case c = cases.get(d.caseId());
            if (!a.verdict().equals("RETURNED") || !inPeriod(a.day()) || !filtered.test(c)
                    || officer != null && officer != d.drafter()) {
                continue;
            }
            returned.add(Long.toString(d.drafter()), Measure.RETURNED, 1, c.id());
            comments.add(a.comment(), Measure.RETURNED, 1, c.id());
        }
        for (RawRows.Declaration x : raw.declarations()) {
            RawRows.Case named = x.caseId() == null ? null : cases.get(x.caseId());
            if (!inPeriod(x.day()) || officer != null && officer != x.officer()
                    || request.scheme() != null && (named == null || !request.scheme().equals(named.scheme()))
                    || request.agency() != null && !request.agency().equals(named != null ? named.agency() : x.agency())) {
                continue;
            }
            declarations.add(Long.toString(x.officer()), Measure.DECLARATIONS, 1, null);
        }
        return Map.of(FigureId.OFFICER_CASELOAD, caseload, FigureId.DRAFTS_RETURNED, returned,
                FigureId.RETURN_REASONS, comments, FigureId.RECUSALS, declarations, FigureId.FOUR_EYES_SAMPLE, fourEyes);
    }

    static Comparator<String> keys() {
        return Comparator.naturalOrder();
    }

    static List<String> sorted(Set<String> keys) {
        List<String> list = new ArrayList<>(keys);
        list.sort(keys());
        return list;
    }
}
