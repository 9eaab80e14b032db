package org.redress.reports;

import org.jspecify.annotations.Nullable;
import org.redress.domain.appeal.CaseStatus;
import org.redress.domain.scheme.LocalizedText;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** The caseload report: intake, the open caseload now, deadlines kept, time to decide, waiting, overdue. */
final class CaseloadFigures {

    /** Within this many working days of the deadline a case is due soon (amber), as in the queue. */
    static final int DUE_SOON_DAYS = 3;
    static final int[][] AGE_BUCKETS = {{0, 5}, {6, 10}, {11, 15}, {16, 30}, {31, 60}, {61, Integer.MAX_VALUE}};
    static final int[][] DECIDE_BUCKETS = {{0, 5}, {6, 10}, {11, 15}, {16, 20}, {21, 30}, {31, Integer.MAX_VALUE}};
    static final int[][] WAIT_BUCKETS = {{0, 5}, {6, 10}, {11, 20}, {21, Integer.MAX_VALUE}};
    static final List<String> OPEN = java.util.Arrays.stream(CaseStatus.values()).filter(CaseStatus::isOpen)
            .map(Enum::name).toList();
    static final List<String> DECISIONS = List.of(CaseStatus.DECIDED.name(), CaseStatus.NOT_ADMISSIBLE.name());

    private final ReportSource source;
    private final Slice slice;
    private final WorkingDayLine days;

    CaseloadFigures(ReportSource source, Slice slice, WorkingDayLine days) {
        this.source = source;
        this.slice = slice;
        this.days = days;
    }

    List<Figure> all() {
        List<Counted> open = source.openCases(slice);
        List<Counted> closed = source.closedCases(slice);
        return List.of(intake(), openByStatus(open), openByAge(open), openByDeadline(open), decidedInTime(closed),
                acknowledged(), daysToDecide(closed), waiting(open), overdueByOfficer());
    }

    private Figure intake() {
        Map<LocalDate, Long> byWeek = new TreeMap<>();
        for (LocalDate monday = monday(slice.from()); !monday.isAfter(slice.to()); monday = monday.plusWeeks(1)) {
            byWeek.put(monday, 0L);
        }
        for (Counted c : source.intakeByDay(slice)) {
            byWeek.merge(monday(c.date(0)), c.value(0), Long::sum);
        }
        List<Row> rows = new ArrayList<>();
        long total = 0;
        for (var e : byWeek.entrySet()) {
            LocalDate first = e.getKey().isBefore(slice.from()) ? slice.from() : e.getKey();
            LocalDate last = e.getKey().plusDays(6).isAfter(slice.to()) ? slice.to() : e.getKey().plusDays(6);
            rows.add(Row.of(e.getKey().toString(), ReportWords.text("report.row.week", ReportWords.day(e.getKey())),
                    Measure.CASES, e.getValue(), Drill.of(Drill.Source.CASES).between("received_on", first, last)));
            total += e.getValue();
        }
        return Figure.of(FigureId.INTAKE_WEEKLY, rows).withSummary(Map.of(Measure.CASES, (double) total), null);
    }

    private static LocalDate monday(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    private Figure openByStatus(List<Counted> open) {
        Map<String, Long> counts = new LinkedHashMap<>();
        OPEN.forEach(s -> counts.put(s, 0L));
        for (Counted c : open) {
            counts.merge(c.key(0), c.value(0), Long::sum);
        }
        List<Row> rows = new ArrayList<>();
        counts.forEach((status, n) -> rows.add(Row.of(status, ReportWords.text("report.status." + status),
                Measure.CASES, n, Drill.of(Drill.Source.CASES).eq("status", status))));
        return Figure.of(FigureId.OPEN_BY_STATUS, rows).withSummary(total(rows), null);
    }

    private Figure openByAge(List<Counted> open) {
        long[] n = new long[AGE_BUCKETS.length];
        LocalDate[][] range = new LocalDate[AGE_BUCKETS.length][2];
        for (Counted c : open) {
            LocalDate received = c.date(1);
            int age = Math.max(0, days.between(received, slice.today()));
            int b = bucket(AGE_BUCKETS, age);
            n[b] += c.value(0);
            widen(range[b], received);
        }
        List<Row> rows = new ArrayList<>();
        for (int b = 0; b < AGE_BUCKETS.length; b++) {
            Drill drill = range[b][0] == null ? null : Drill.of(Drill.Source.CASES).in("status", OPEN)
                    .between("received_on", range[b][0], range[b][1]);
            rows.add(Row.of(bucketKey(AGE_BUCKETS[b]), bucketLabel(AGE_BUCKETS[b]), Measure.CASES, n[b], drill)
                    .withRag(AGE_BUCKETS[b][1] <= 10 ? Rag.GREEN : AGE_BUCKETS[b][1] <= 15 ? Rag.AMBER : Rag.RED));
        }
        return Figure.of(FigureId.OPEN_BY_AGE, rows).withSummary(total(rows), null);
    }

    private Figure openByDeadline(List<Counted> open) {
        long overdue = 0;
        long soon = 0;
        long inTime = 0;
        long paused = 0;
        LocalDate[] soonRange = new LocalDate[2];
        LocalDate[] laterRange = new LocalDate[2];
        for (Counted c : open) {
            LocalDate deadline = c.date(2);
            if (deadline == null) {
                paused += c.value(0);
                continue;
            }
            if (deadline.isBefore(slice.today())) {
                overdue += c.value(0);
            } else if (days.between(slice.today(), deadline) <= DUE_SOON_DAYS) {
                soon += c.value(0);
                widen(soonRange, deadline);
            } else {
                inTime += c.value(0);
                widen(laterRange, deadline);
            }
        }
        Drill base = Drill.of(Drill.Source.CASES).in("status", OPEN);
        List<Row> rows = List.of(
                Row.of("overdue", ReportWords.text("report.row.deadline.overdue"), Measure.CASES, overdue,
                        base.and("deadline_on", Drill.Op.LT, slice.today())).withRag(Rag.RED),
                Row.of("due_soon", ReportWords.text("report.row.deadline.due_soon", DUE_SOON_DAYS), Measure.CASES, soon,
                        soonRange[0] == null ? null : base.between("deadline_on", soonRange[0], soonRange[1]))
                        .withRag(Rag.AMBER),
                Row.of("in_time", ReportWords.text("report.row.deadline.in_time"), Measure.CASES, inTime,
                        laterRange[0] == null ? null : base.between("deadline_on", laterRange[0], laterRange[1]))
                        .withRag(Rag.GREEN),
                Row.of("paused", ReportWords.text("report.row.deadline.paused"), Measure.CASES, paused,
                        base.isNull("deadline_on")).withRag(Rag.GREY));
        return Figure.of(FigureId.OPEN_BY_DEADLINE, rows).withSummary(total(rows), null);
    }

    private Figure decidedInTime(List<Counted> closed) {
        long inTime = 0;
        long late = 0;
        long none = 0;
        for (Counted c : closed) {
            LocalDate closedOn = c.date(2);
            LocalDate deadline = c.date(3);
            if (deadline == null) {
                none += c.value(0);
            } else if (!closedOn.isAfter(deadline)) {
                inTime += c.value(0);
            } else {
                late += c.value(0);
            }
        }
        Drill base = Drill.of(Drill.Source.CASES).in("closed_as", DECISIONS)
                .between("closed_on", slice.from(), slice.to());
        List<Row> rows = new ArrayList<>(List.of(
                Row.of("in_time", ReportWords.text("report.row.decided.in_time"), Measure.CASES, inTime,
                        base.notNull("deadline_on").and("closed_on", Drill.Op.LE_COLUMN, "deadline_on")).withRag(Rag.GREEN),
                Row.of("late", ReportWords.text("report.row.decided.late"), Measure.CASES, late,
                        base.notNull("deadline_on").and("closed_on", Drill.Op.GT_COLUMN, "deadline_on")).withRag(Rag.RED)));
        if (none > 0) {
            rows.add(Row.of("no_deadline", ReportWords.text("report.row.decided.no_deadline"), Measure.CASES, none,
                    base.isNull("deadline_on")).withRag(Rag.GREY));
        }
        return share(Figure.of(FigureId.DECIDED_IN_TIME, rows), inTime, inTime + late);
    }

    private Figure acknowledged() {
        long inTime = 0;
        long late = 0;
        long missing = 0;
        long pending = 0;
        for (Counted c : source.acknowledgements(slice)) {
            LocalDate due = c.date(0);
            LocalDate on = c.date(1);
            if (on == null) {
                if (due.isBefore(slice.today())) {
                    missing += c.value(0);
                } else {
                    pending += c.value(0);
                }
            } else if (!on.isAfter(due)) {
                inTime += c.value(0);
            } else {
                late += c.value(0);
            }
        }
        Drill base = Drill.of(Drill.Source.CASES).between("received_on", slice.from(), slice.to());
        List<Row> rows = List.of(
                Row.of("in_time", ReportWords.text("report.row.ack.in_time"), Measure.CASES, inTime,
                        base.notNull("acknowledged_on").and("acknowledged_on", Drill.Op.LE_COLUMN, "ack_deadline_on"))
                        .withRag(Rag.GREEN),
                Row.of("late", ReportWords.text("report.row.ack.late"), Measure.CASES, late,
                        base.notNull("acknowledged_on").and("acknowledged_on", Drill.Op.GT_COLUMN, "ack_deadline_on"))
                        .withRag(Rag.AMBER),
                Row.of("missing", ReportWords.text("report.row.ack.missing"), Measure.CASES, missing,
                        base.isNull("acknowledged_on").and("ack_deadline_on", Drill.Op.LT, slice.today()))
                        .withRag(Rag.RED),
                Row.of("pending", ReportWords.text("report.row.ack.pending"), Measure.CASES, pending,
                        base.isNull("acknowledged_on").and("ack_deadline_on", Drill.Op.GE, slice.today()))
                        .withRag(Rag.GREY));
        return share(Figure.of(FigureId.ACKNOWLEDGED_IN_TIME, rows), inTime, inTime + late + missing);
    }

    private Figure daysToDecide(List<Counted> closed) {
        TreeMap<Integer, Long> histogram = new TreeMap<>();
        long[] n = new long[DECIDE_BUCKETS.length];
        // Per bucket, per day of receipt, the earliest and latest day of decision in it (a drill can name them).
        List<Map<LocalDate, LocalDate[]>> ranges = new ArrayList<>();
        for (int b = 0; b < DECIDE_BUCKETS.length; b++) {
            ranges.add(new TreeMap<>());
        }
        for (Counted c : closed) {
            LocalDate received = c.date(1);
            LocalDate closedOn = c.date(2);
            int wd = Math.max(0, days.between(received, closedOn));
            histogram.merge(wd, c.value(0), Long::sum);
            int b = bucket(DECIDE_BUCKETS, wd);
            n[b] += c.value(0);
            widen(ranges.get(b).computeIfAbsent(received, r -> new LocalDate[2]), closedOn);
        }
        List<Row> rows = new ArrayList<>();
        for (int b = 0; b < DECIDE_BUCKETS.length; b++) {
            Drill drill = null;
            if (!ranges.get(b).isEmpty()) {
                List<Object> triples = new ArrayList<>();
                triples.add("received_on");
                ranges.get(b).forEach((received, r) -> triples.addAll(List.of(received, r[0], r[1])));
                drill = Drill.of(Drill.Source.CASES).in("closed_as", DECISIONS)
                        .between("closed_on", slice.from(), slice.to())
                        .and("closed_on", Drill.Op.BETWEEN_BY, triples.toArray());
            }
            rows.add(Row.of(bucketKey(DECIDE_BUCKETS[b]), bucketLabel(DECIDE_BUCKETS[b]), Measure.CASES, n[b], drill)
                    .withRag(DECIDE_BUCKETS[b][1] <= 15 ? Rag.GREEN : DECIDE_BUCKETS[b][1] <= 20 ? Rag.AMBER : Rag.RED));
        }
        Map<Measure, Double> summary = new EnumMap<>(Measure.class);
        long total = histogram.values().stream().mapToLong(Long::longValue).sum();
        summary.put(Measure.CASES, (double) total);
        if (total > 0) {
            summary.put(Measure.MEDIAN_DAYS, (double) Percentiles.nearestRank(histogram, 0.5));
            summary.put(Measure.P90_DAYS, (double) Percentiles.nearestRank(histogram, 0.9));
        }
        return Figure.of(FigureId.DAYS_TO_DECIDE, rows).withSummary(summary, null);
    }

    private Figure waiting(List<Counted> open) {
        TreeMap<Integer, Long> histogram = new TreeMap<>();
        long[] n = new long[WAIT_BUCKETS.length];
        LocalDate[][] range = new LocalDate[WAIT_BUCKETS.length][2];
        for (Counted c : open) {
            LocalDate since = c.date(3);
            if (!CaseStatus.AWAITING_INFORMATION.name().equals(c.key(0)) || since == null) {
                continue;
            }
            int wd = Math.max(0, days.between(since, slice.today()));
            histogram.merge(wd, c.value(0), Long::sum);
            int b = bucket(WAIT_BUCKETS, wd);
            n[b] += c.value(0);
            widen(range[b], since);
        }
        List<Row> rows = new ArrayList<>();
        for (int b = 0; b < WAIT_BUCKETS.length; b++) {
            Drill drill = range[b][0] == null ? null : Drill.of(Drill.Source.CASES)
                    .eq("status", CaseStatus.AWAITING_INFORMATION.name())
                    .between("paused_since", range[b][0], range[b][1]);
            rows.add(Row.of(bucketKey(WAIT_BUCKETS[b]), bucketLabel(WAIT_BUCKETS[b]), Measure.CASES, n[b], drill)
                    .withRag(WAIT_BUCKETS[b][1] <= 10 ? Rag.GREEN : WAIT_BUCKETS[b][1] <= 20 ? Rag.AMBER : Rag.RED));
        }
        Map<Measure, Double> summary = new EnumMap<>(Measure.class);
        long total = histogram.values().stream().mapToLong(Long::longValue).sum();
        summary.put(Measure.CASES, (double) total);
        if (total > 0) {
            summary.put(Measure.MEDIAN_DAYS, (double) Percentiles.nearestRank(histogram, 0.5));
        }
        return Figure.of(FigureId.WAITING_ON_APPLICANT, rows).withSummary(summary, null);
    }

    private Figure overdueByOfficer() {
        Map<String, String> names = source.officerNames();
        List<Row> rows = new ArrayList<>();
        for (Counted c : source.overdueByAssignee(slice)) {
            String officer = c.key(0);
            Drill drill = Drill.of(Drill.Source.CASES).in("status", OPEN)
                    .and("deadline_on", Drill.Op.LT, slice.today());
            drill = officer == null ? drill.isNull("assignee_id") : drill.eq("assignee_id", officer);
            rows.add(Row.of(officer == null ? "unassigned" : officer, officerLabel(names, officer), Measure.CASES,
                    c.value(0), drill).withRag(Rag.RED));
        }
        rows.sort(Comparator.comparingLong((Row r) -> -r.count(Measure.CASES)).thenComparing(Row::key));
        return Figure.of(FigureId.OVERDUE_BY_OFFICER, rows).withSummary(total(rows), null);
    }

    static LocalizedText officerLabel(Map<String, String> names, @Nullable String officer) {
        if (officer == null) {
            return ReportWords.text("report.row.unassigned");
        }
        String name = names.get(officer);
        return ReportWords.same(name == null ? "#" + officer : name);
    }

    /** Adds the share of {@code k} in {@code n} with its interval to the figure's summary. */
    static Figure share(Figure figure, long k, long n) {
        Map<Measure, Double> summary = total(figure.rows());
        if (n > 0) {
            summary.put(Measure.RATE, (double) k / n);
            return figure.withSummary(summary, Wilson.interval(k, n));
        }
        return figure.withSummary(summary, null);
    }

    static Map<Measure, Double> total(List<Row> rows) {
        Map<Measure, Double> summary = new EnumMap<>(Measure.class);
        summary.put(Measure.CASES, (double) rows.stream().mapToLong(r -> r.count(Measure.CASES)).sum());
        return summary;
    }

    static int bucket(int[][] buckets, int value) {
        for (int b = 0; b < buckets.length; b++) {
            if (value >= buckets[b][0] && value <= buckets[b][1]) {
                return b;
            }
        }
        return buckets.length - 1;
    }

    static String bucketKey(int[] bucket) {
        return bucket[1] == Integer.MAX_VALUE ? bucket[0] + "+" : bucket[0] + "-" + bucket[1];
    }

    static LocalizedText bucketLabel(int[] bucket) {
        return bucket[1] == Integer.MAX_VALUE ? ReportWords.text("report.row.days.more", bucket[0])
                : ReportWords.text("report.row.days.range", bucket[0], bucket[1]);
    }

    static void widen(LocalDate[] range, LocalDate day) {
        if (range[0] == null || day.isBefore(range[0])) {
            range[0] = day;
        }
        if (range[1] == null || day.isAfter(range[1])) {
            range[1] = day;
        }
    }

    static Set<String> open() {
        return Set.copyOf(OPEN);
    }
}
