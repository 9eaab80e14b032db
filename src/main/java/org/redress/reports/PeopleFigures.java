package org.redress.reports;

import org.redress.domain.appeal.FourEyesPolicy;
import org.redress.domain.scheme.LocalizedText;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** The people report: officers' caseloads, drafts returned and why, recusals, the four-eyes sample. */
final class PeopleFigures {

    private final ReportSource source;
    private final Slice slice;
    private final FourEyesPolicy policy;

    PeopleFigures(ReportSource source, Slice slice, FourEyesPolicy policy) {
        this.source = source;
        this.slice = slice;
        this.policy = policy;
    }

    List<Figure> all() {
        Map<String, String> names = source.officerNames();
        return List.of(caseload(names), returned(names), reasons(), recusals(names), fourEyes());
    }

    private Figure caseload(Map<String, String> names) {
        Map<String, long[]> byOfficer = new TreeMap<>();
        String none = "";
        for (Counted c : source.openByAssignee(slice)) {
            long[] n = byOfficer.computeIfAbsent(c.key(0) == null ? none : c.key(0), k -> new long[3]);
            n[0] += c.value(0);
            n[2] += c.value(1);
        }
        for (Counted c : source.decidedByDrafter(slice)) {
            if (c.key(0) != null) {
                byOfficer.computeIfAbsent(c.key(0), k -> new long[3])[1] += c.value(0);
            }
        }
        Drill open = Drill.of(Drill.Source.CASES).in("status", CaseloadFigures.OPEN);
        List<Row> rows = new ArrayList<>();
        byOfficer.forEach((officer, n) -> {
            Drill mine = officer.isEmpty() ? open.isNull("assignee_id") : open.eq("assignee_id", officer);
            Map<Measure, Double> values = new EnumMap<>(Measure.class);
            values.put(Measure.ASSIGNED, (double) n[0]);
            values.put(Measure.DECIDED, (double) n[1]);
            values.put(Measure.OVERDUE, (double) n[2]);
            Map<Measure, Drill> drills = new EnumMap<>(Measure.class);
            drills.put(Measure.ASSIGNED, mine);
            drills.put(Measure.OVERDUE, mine.and("deadline_on", Drill.Op.LT, slice.today()));
            if (!officer.isEmpty()) {
                drills.put(Measure.DECIDED, Drill.of(Drill.Source.CASES).eq("closed_as", "DECIDED")
                        .between("closed_on", slice.from(), slice.to()).eq("drafter_id", officer));
            }
            LocalizedText label = CaseloadFigures.officerLabel(names, officer.isEmpty() ? null : officer);
            rows.add(new Row(officer.isEmpty() ? "unassigned" : officer, label, values, null,
                    n[2] > 0 ? Rag.RED : null, false, drills, Set.of()));
        });
        rows.sort(Comparator.comparing((Row r) -> r.key().equals("unassigned"))
                .thenComparing(r -> r.label().en()));
        Map<Measure, Double> summary = new EnumMap<>(Measure.class);
        for (Measure m : List.of(Measure.ASSIGNED, Measure.DECIDED, Measure.OVERDUE)) {
            summary.put(m, (double) rows.stream().mapToLong(r -> r.count(m)).sum());
        }
        return Figure.of(FigureId.OFFICER_CASELOAD, rows).withSummary(summary, null);
    }

    private Figure returned(Map<String, String> names) {
        List<Row> rows = new ArrayList<>();
        for (Counted c : source.returnedDrafts(slice)) {
            rows.add(Row.of(String.valueOf(c.key(0)), CaseloadFigures.officerLabel(names, c.key(0)), Measure.RETURNED,
                    c.value(0), Drill.of(Drill.Source.RETURNS).between("returned_on", slice.from(), slice.to())
                            .eq("drafter_id", String.valueOf(c.key(0)))));
        }
        rows.sort(Comparator.comparingLong((Row r) -> -r.count(Measure.RETURNED)).thenComparing(Row::key));
        return Figure.of(FigureId.DRAFTS_RETURNED, rows).withSummary(sum(rows, Measure.RETURNED), null);
    }

    private Figure reasons() {
        List<Row> rows = new ArrayList<>();
        for (Counted c : source.returnComments(slice)) {
            String comment = c.key(0) == null || c.key(0).isBlank() ? "" : c.key(0);
            LocalizedText label = comment.isEmpty() ? ReportWords.text("report.row.no_comment") : ReportWords.same(comment);
            Drill drill = Drill.of(Drill.Source.RETURNS).between("returned_on", slice.from(), slice.to())
                    .eq("comment", comment);
            rows.add(Row.of(comment, label, Measure.RETURNED, c.value(0), drill));
        }
        rows.sort(Comparator.comparingLong((Row r) -> -r.count(Measure.RETURNED)).thenComparing(Row::key));
        return Figure.of(FigureId.RETURN_REASONS, rows).withSummary(sum(rows, Measure.RETURNED), null);
    }

    private Figure recusals(Map<String, String> names) {
        Map<String, long[]> byOfficer = new TreeMap<>();
        for (Counted c : source.recusals(slice)) {
            long[] n = byOfficer.computeIfAbsent(String.valueOf(c.key(0)), k -> new long[3]);
            switch (String.valueOf(c.key(1))) {
                case "SUBJECT" -> n[0] += c.value(0);
                case "AGENCY" -> n[1] += c.value(0);
                default -> n[2] += c.value(0);
            }
        }
        List<Row> rows = new ArrayList<>();
        byOfficer.forEach((officer, n) -> {
            LocalizedText name = CaseloadFigures.officerLabel(names, officer);
            LocalizedText label = new LocalizedText(
                    ReportWords.in(ReportWords.CHINESE, "report.row.recusal", name.zh(), n[0], n[1], n[2]),
                    ReportWords.in(ReportWords.ENGLISH, "report.row.recusal", name.en(), n[0], n[1], n[2]));
            rows.add(Row.of(officer, label, Measure.DECLARATIONS, n[0] + n[1] + n[2],
                    Drill.of(Drill.Source.RECUSALS).between("declared_on", slice.from(), slice.to())
                            .eq("officer_id", officer)));
        });
        rows.sort(Comparator.comparingLong((Row r) -> -r.count(Measure.DECLARATIONS)).thenComparing(Row::key));
        return Figure.of(FigureId.RECUSALS, rows).withSummary(sum(rows, Measure.DECLARATIONS), null);
    }

    private Figure fourEyes() {
        long eligibleApproved = 0;
        long eligibleAlone = 0;
        long otherReasons = 0;
        for (Counted c : source.fourEyes(slice, policy)) {
            boolean eligible = "1".equals(c.key(0));
            boolean approved = "1".equals(c.key(1));
            if (!eligible) {
                otherReasons += c.value(0);
            } else if (approved) {
                eligibleApproved += c.value(0);
            } else {
                eligibleAlone += c.value(0);
            }
        }
        Drill eligible = Drill.of(Drill.Source.CASES).eq("closed_as", "DECIDED")
                .between("closed_on", slice.from(), slice.to()).eq("four_eyes_eligible", 1L);
        List<Row> rows = List.of(
                Row.of("second_look", ReportWords.text("report.row.four_eyes.second_look"), Measure.CASES,
                        eligibleApproved, eligible.eq("approved", 1L)).withRag(Rag.GREEN),
                Row.of("alone", ReportWords.text("report.row.four_eyes.alone"), Measure.CASES, eligibleAlone,
                        eligible.eq("approved", 0L)));
        Map<Measure, Double> summary = new EnumMap<>(Measure.class);
        long n = eligibleApproved + eligibleAlone;
        summary.put(Measure.SAMPLE_RATE_SET, policy.sampleRate());
        summary.put(Measure.ELIGIBLE, (double) n);
        summary.put(Measure.APPROVED, (double) eligibleApproved);
        Interval interval = null;
        if (n > 0) {
            summary.put(Measure.RATE, (double) eligibleApproved / n);
            interval = Wilson.interval(eligibleApproved, n);
        }
        return Figure.of(FigureId.FOUR_EYES_SAMPLE, rows).withSummary(summary, interval)
                .withNote(ReportWords.text("report.note.four_eyes", otherReasons));
    }

    private static Map<Measure, Double> sum(List<Row> rows, Measure measure) {
        Map<Measure, Double> summary = new EnumMap<>(Measure.class);
        summary.put(measure, (double) rows.stream().mapToLong(r -> r.count(measure)).sum());
        return summary;
    }
}
