package org.redress.demo;

import org.jspecify.annotations.Nullable;
import org.redress.domain.identity.SubjectKind;
import org.redress.domain.ledger.LedgerDerivation;
import org.redress.domain.ledger.LedgerEvent;
import org.redress.domain.ledger.LedgerEventKind;
import org.redress.domain.scheme.Catalog;
import org.redress.domain.scheme.PublicationPeriod;
import org.redress.domain.scheme.Rule;
import org.redress.domain.scheme.SchemeKind;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Makes a subject's ledger under their scheme: 2–30 entries since 2019 (a few subjects over a
 * thousand, for benchmarks), each under the rule version in force on its day with points in the
 * rule's range and list entries published within their bounds; the entries each case will
 * dispute, imposed before the case was received and still standing then; the agencies' own
 * reversals, amendments and removals of some other entries; and, on some, the score the agency
 * reported, a few of which differ from the recomputed one.
 */
final class LedgerMaker {

    record Ledger(List<DemoEntry> entries, List<List<Long>> disputedByCase) {
    }

    static final LocalDate FIRST_DAY = LocalDate.of(2019, 1, 1);
    private static final ZoneOffset CHINA = ZoneOffset.ofHours(8);

    private static final class Draft {
        final LocalDate day;
        final Rule rule;
        final LedgerEventKind kind;
        final int points;
        final String agency;
        final @Nullable LocalDate until;
        final int disputedBy;
        final @Nullable Long imposedBy;
        long id;

        Draft(LocalDate day, Rule rule, LedgerEventKind kind, int points, String agency, @Nullable LocalDate until,
              int disputedBy, @Nullable Long imposedBy) {
            this.day = day;
            this.rule = rule;
            this.kind = kind;
            this.points = points;
            this.agency = agency;
            this.until = until;
            this.disputedBy = disputedBy;
            this.imposedBy = imposedBy;
        }
    }

    private final Catalog catalog;
    private final LocalDate today;
    private final java.util.Map<String, RuleMenu> menus = new java.util.HashMap<>();

    LedgerMaker(Catalog catalog, LocalDate today) {
        this.catalog = catalog;
        this.today = today;
    }

    private RuleMenu menu(DemoSubject subject) {
        return menus.computeIfAbsent(subject.schemeCode() + "/" + subject.kind(),
                key -> new RuleMenu(catalog.requireScheme(subject.schemeCode()), subject.kind()));
    }

    Ledger make(DemoSubject subject, List<LocalDate> receipts, boolean longLedger, RandomGenerator random, DemoIds ids) {
        RuleMenu menu = menu(subject);
        LocalDate floor = floor(subject);
        LocalDate latest = today.minusDays(1);
        List<Draft> drafts = new ArrayList<>();
        int disputedTotal = 0;
        for (int c = 0; c < receipts.size(); c++) {
            LocalDate received = receipts.get(c);
            int count = disputedCount(menu, random);
            for (int i = 0; i < count; i++) {
                boolean list = menu.scheme().kind() == SchemeKind.LIST;
                int lag = 5 + (int) ((list ? 200 : 420) * Math.pow(random.nextDouble(), 2));
                LocalDate day = clamp(received.minusDays(lag), floor, received.minusDays(1));
                Rule rule = menu.pick(day, true, 0, random);
                if (rule != null) {
                    drafts.add(draft(menu, rule, day, c, received, random));
                    disputedTotal++;
                }
            }
        }
        // Subjects with no appeal are background: their ledgers are shorter than those who appeal.
        int wanted = longLedger ? 1_000 + random.nextInt(500)
                : receipts.isEmpty() ? 2 + (int) (5 * Math.pow(random.nextDouble(), 2))
                : 2 + (int) (29 * Math.pow(random.nextDouble(), 6));
        int background = Math.max(wanted - disputedTotal, 2 - disputedTotal);
        long span = Math.max(0, latest.toEpochDay() - floor.toEpochDay());
        double additions = longLedger ? 1.6 : 0.5;
        for (int i = 0; i < background; i++) {
            LocalDate day = latest.minusDays((long) (span * Math.pow(random.nextDouble(), longLedger ? 1.0 : 1.6)));
            Rule rule = menu.pick(day, false, additions, random);
            if (rule != null) {
                drafts.add(draft(menu, rule, day, -1, null, random));
            }
        }
        drafts.sort(Comparator.comparing((Draft d) -> d.day));
        List<DemoEntry> entries = new ArrayList<>(drafts.size() + 8);
        List<List<Long>> disputed = new ArrayList<>();
        receipts.forEach(r -> disputed.add(new ArrayList<>()));
        for (Draft d : drafts) {
            d.id = ids.ledger();
            LedgerEvent event = new LedgerEvent(d.id, menu.scheme().code(), d.rule.code(), d.kind, d.points, d.agency,
                    d.day, reference(d.agency, d.day, d.id), null, d.until);
            entries.add(new DemoEntry(subject.id(), event, d.imposedBy, null, null, arrival(d.day, random)));
            if (d.disputedBy >= 0) {
                disputed.get(d.disputedBy).add(d.id);
            }
        }
        for (Draft d : drafts) {
            if (d.disputedBy < 0 && !longLedger) {
                DemoEntry correction = agencyCorrection(menu, subject.id(), d, random, ids);
                if (correction != null) {
                    entries.add(correction);
                }
            }
        }
        return new Ledger(withReportedScore(menu, entries, longLedger, random), disputed);
    }

    private Draft draft(RuleMenu menu, Rule rule, LocalDate day, int disputedBy, @Nullable LocalDate received,
                        RandomGenerator random) {
        LedgerEventKind kind = menu.kindOf(rule);
        int points = rule.points().isFixed() ? rule.points().min() : random.nextInt(rule.points().min(), rule.points().max() + 1);
        LocalDate until = null;
        PublicationPeriod publication = rule.publication();
        if (kind == LedgerEventKind.LIST_ENTRY && publication != null) {
            LocalDate earliest = publication.earliestLastDay(day);
            LocalDate latest = publication.latestLastDay(day);
            // A disputed listing is still published when the appeal comes in.
            LocalDate from = received == null ? earliest : clamp(received.plusDays(20), earliest, latest);
            until = from.plusDays(random.nextLong(0, latest.toEpochDay() - from.toEpochDay() + 1));
        }
        List<String> agencies = IssuingAgencies.imposing(rule.code());
        String agency = agencies.size() == 1 || random.nextInt(10) < 7
                ? agencies.getFirst() : agencies.get(1 + random.nextInt(agencies.size() - 1));
        Long imposedBy = null;
        if (random.nextInt(100) < 15) {
            // Two desk officers were seconded from these agencies and imposed entries in their old posts.
            imposedBy = switch (agency) {
                case IssuingAgencies.TRAFFIC_POLICE -> 8L;
                case IssuingAgencies.TAX_BUREAU -> 9L;
                default -> null;
            };
        }
        return new Draft(day, rule, kind, points, agency, until, disputedBy, imposedBy);
    }

    /** Agencies correct a few of their own entries: a reversal, a lighter amendment, or a removal from a list. */
    private @Nullable DemoEntry agencyCorrection(RuleMenu menu, long subjectId, Draft target, RandomGenerator random, DemoIds ids) {
        boolean listed = target.kind == LedgerEventKind.LIST_ENTRY;
        if (target.kind == LedgerEventKind.ADDITION || random.nextInt(100) >= (listed ? 6 : 3)) {
            return null;
        }
        LocalDate last = listed && target.until != null && target.until.isBefore(today) ? target.until : today.minusDays(1);
        if (!last.isAfter(target.day)) {
            return null;
        }
        LocalDate day = target.day.plusDays(1 + random.nextLong(Math.min(150, last.toEpochDay() - target.day.toEpochDay())));
        long id = ids.ledger();
        LedgerEventKind kind;
        int points;
        if (listed) {
            kind = LedgerEventKind.LIST_REMOVAL;
            points = 0;
        } else if (target.points < target.rule.points().max() && random.nextBoolean()) {
            kind = LedgerEventKind.AMENDMENT;
            points = random.nextInt(target.points + 1, target.rule.points().max() + 1);
        } else {
            kind = LedgerEventKind.REVERSAL;
            points = -target.points;
        }
        LedgerEvent event = new LedgerEvent(id, menu.scheme().code(), target.rule.code(), kind, points, target.agency, day,
                reference(target.agency, day, id), target.id, kind == LedgerEventKind.AMENDMENT ? target.until : null);
        return new DemoEntry(subjectId, event, null, null, null, arrival(day, random));
    }

    /** On a quarter of numeric ledgers the agency reported the score after the latest entry; some reports are off. */
    private List<DemoEntry> withReportedScore(RuleMenu menu, List<DemoEntry> entries,
                                              boolean longLedger, RandomGenerator random) {
        List<DemoEntry> fixed = new ArrayList<>(entries);
        SchemeKind kind = menu.scheme().kind();
        boolean numeric = kind == SchemeKind.POINTS || kind == SchemeKind.RANGE;
        if (!numeric || fixed.isEmpty() || !(longLedger || random.nextInt(100) < 25)) {
            return fixed;
        }
        int last = 0;
        for (int i = 1; i < fixed.size(); i++) {
            DemoEntry e = fixed.get(i);
            if (e.event().targetId() == null && !e.event().imposedOn().isBefore(fixed.get(last).event().imposedOn())) {
                last = i;
            }
        }
        DemoEntry latest = fixed.get(last);
        List<LedgerEvent> events = fixed.stream().map(DemoEntry::event).toList();
        Integer score = LedgerDerivation.standingAt(menu.scheme(), catalog, events, latest.event().imposedOn()).score();
        if (score == null) {
            return fixed;
        }
        int reported = random.nextInt(100) < 6 ? score + (random.nextBoolean() ? 1 : -1) * (5 + random.nextInt(56)) : score;
        fixed.set(last, new DemoEntry(latest.subjectId(), latest.event(), latest.imposedByOfficer(), null, reported,
                latest.createdAt()));
        return fixed;
    }

    private static int disputedCount(RuleMenu menu, RandomGenerator random) {
        int roll = random.nextInt(100);
        if (menu.scheme().kind() == SchemeKind.LIST) {
            return roll < 85 ? 1 : 2;
        }
        return roll < 65 ? 1 : roll < 90 ? 2 : 3;
    }

    private LocalDate floor(DemoSubject subject) {
        LocalDate birth = subject.birthDate();
        LocalDate floor = subject.kind() == SubjectKind.PERSON && birth != null && birth.plusYears(12).isAfter(FIRST_DAY)
                ? birth.plusYears(12) : FIRST_DAY;
        return floor.isBefore(today.minusDays(1)) ? floor : today.minusDays(1);
    }

    /** Agencies' feeds arrive overnight a day or two after the entry is imposed. */
    private Instant arrival(LocalDate day, RandomGenerator random) {
        LocalDate arrived = day.plusDays(1 + random.nextInt(2));
        if (arrived.isAfter(today)) {
            arrived = today;
        }
        return arrived.atTime(LocalTime.of(2, random.nextInt(60), random.nextInt(60))).toInstant(CHINA);
    }

    private static LocalDate clamp(LocalDate day, LocalDate min, LocalDate max) {
        if (max.isBefore(min)) {
            return max;
        }
        return day.isBefore(min) ? min : day.isAfter(max) ? max : day;
    }

    /**
     * How an agency writes its references: text before the year (or the day), whether the day is
     * written in full, text between it and the entry id, the id's minimum width, and text after.
     */
    private record ReferenceForm(String head, boolean fullDay, String middle, int idWidth, String tail) {

        String format(LocalDate day, long id) {
            var text = new StringBuilder(32).append(head);
            if (fullDay) {
                text.append(day.getYear() * 10_000 + day.getMonthValue() * 100 + day.getDayOfMonth());
            } else {
                text.append(day.getYear());
            }
            text.append(middle);
            String digits = Long.toString(id);
            for (int i = digits.length(); i < idWidth; i++) {
                text.append('0');
            }
            return text.append(digits).append(tail).toString();
        }
    }

    private static final java.util.Map<String, ReferenceForm> REFERENCE_FORMS = java.util.Map.ofEntries(
            java.util.Map.entry(IssuingAgencies.COURT, new ReferenceForm("（", false, "）鲁1082执", 0, "号")),
            java.util.Map.entry("SH-PD-COURT", new ReferenceForm("（", false, "）沪0115执", 0, "号")),
            java.util.Map.entry("WH-ICBC", new ReferenceForm("ICBC-RC-", false, "-", 0, "")),
            java.util.Map.entry("RC-RCB", new ReferenceForm("RCB", true, "", 0, "")),
            java.util.Map.entry(IssuingAgencies.TAX_BUREAU, new ReferenceForm("荣税处〔", false, "〕", 0, "号")),
            java.util.Map.entry(IssuingAgencies.TRAFFIC_POLICE, new ReferenceForm("3710821", true, "", 0, "")),
            java.util.Map.entry("RC-PSB", new ReferenceForm("荣公（网）行罚决字〔", false, "〕", 0, "号")),
            java.util.Map.entry("RC-ENFORCE", new ReferenceForm("荣综执罚决字〔", false, "〕第", 0, "号")),
            java.util.Map.entry("RC-SAMR", new ReferenceForm("荣市监处罚〔", false, "〕", 0, "号")),
            java.util.Map.entry("CR-JINAN", new ReferenceForm("JN12306-", true, "-", 0, "")),
            java.util.Map.entry("QH-PLATFORM", new ReferenceForm("QH", true, "", 10, "")),
            java.util.Map.entry("SH-CREDIT", new ReferenceForm("SHXY-", false, "-", 0, "")),
            java.util.Map.entry("QD-CUSTOMS", new ReferenceForm("青关认〔", false, "〕", 0, "号")));

    /** The agency's own reference, in the form its documents use; unique because it carries the entry id. */
    static String reference(String agency, LocalDate day, long id) {
        ReferenceForm form = REFERENCE_FORMS.get(agency);
        return form != null ? form.format(day, id) : new ReferenceForm(agency + "-", false, "-", 0, "").format(day, id);
    }
}
