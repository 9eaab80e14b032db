package org.redress.demo;

import org.redress.domain.appeal.FourEyesPolicy;
import org.redress.domain.calendar.WorkingDayCalendar;
import org.redress.domain.scheme.Catalog;
import org.redress.domain.scheme.Scheme;
import org.redress.domain.scheme.SchemeKind;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.random.RandomGenerator;
import java.util.stream.Collectors;

/**
 * Generates the demo office subject by subject and hands each subject's bundle on at once, so a
 * million cases never sit in memory together. Each subject draws from its own random stream
 * (derived from the seed and its id), and the schedule of receipts from another: the same request
 * gives the same bundles in the same order.
 */
final class DemoGenerator {

    private static final String[] RELATIONS = {"邻居", "远房亲戚", "原同事", "孩子的班主任", "同一小区业主委员会成员"};

    private final DemoRequest request;
    private final Catalog catalog;
    private final DemoStaff staff;
    private final SubjectMaker subjects;
    private final LedgerMaker ledgers;
    private final CaseMaker cases;
    private final ReceiptSchedule schedule;
    private final RandomGenerator scheduleRandom;
    private final DemoIds ids = new DemoIds();

    DemoGenerator(DemoRequest request, Catalog catalog, WorkingDayCalendar calendar, DemoStaff staff) {
        this.request = request;
        this.catalog = catalog;
        this.staff = staff;
        LocalDate today = request.today();
        this.subjects = new SubjectMaker(today);
        this.ledgers = new LedgerMaker(catalog, today);
        this.cases = new CaseMaker(catalog, calendar, staff, fourEyes(catalog), today);
        this.schedule = new ReceiptSchedule(request.cases(), today, calendar);
        this.scheduleRandom = new SplittableRandom(request.seed() ^ 0x5C4E_D01E_0000_0001L);
    }

    /** The office's four-eyes rule: each scheme's threshold, one decision in ten sampled. */
    static FourEyesPolicy fourEyes(Catalog catalog) {
        Map<String, Integer> thresholds = catalog.schemes().stream()
                .collect(Collectors.toMap(Scheme::code, s -> s.terms().fourEyesReversalThresholdPoints()));
        return new FourEyesPolicy(50, thresholds, ReviewOffice.FOUR_EYES_SAMPLE_RATE);
    }

    /** Generates every subject until the schedule's cases are all handed out. */
    void generate(Consumer<SubjectBundle> sink) {
        while (schedule.remaining() > 0) {
            sink.accept(next());
        }
    }

    SubjectBundle next() {
        long id = ids.subject();
        RandomGenerator random = new SplittableRandom(mix(request.seed(), id));
        boolean longLedger = id == 4 || id == 7 || id % 50_000 == 0;
        DemoSubject subject = subjects.make(id, random, id <= 3, longLedger);
        int wanted = casesFor(subject, longLedger, random);
        List<ReceiptSchedule.Slot> slots = new ArrayList<>();
        for (int i = 0; i < wanted && schedule.remaining() > 0; i++) {
            slots.add(schedule.next(scheduleRandom));
        }
        slots.sort(java.util.Comparator.comparing(ReceiptSchedule.Slot::receivedOn));
        LedgerMaker.Ledger ledger = ledgers.make(subject, slots.stream().map(ReceiptSchedule.Slot::receivedOn).toList(),
                longLedger, random, ids);
        List<DemoDeclaration> declarations = declarations(subject, slots, random);
        Map<Long, DemoEntry> byId = new LinkedHashMap<>();
        ledger.entries().forEach(e -> byId.put(e.id(), e));
        List<DemoCase> made = cases(subject, slots, ledger, byId, declarations, random);
        return new SubjectBundle(subject, List.copyOf(byId.values()), made, declarations);
    }

    /** The subject's cases in order of receipt; each sees the corrections the earlier ones ordered. */
    private List<DemoCase> cases(DemoSubject subject, List<ReceiptSchedule.Slot> slots, LedgerMaker.Ledger ledger,
                                 Map<Long, DemoEntry> byId, List<DemoDeclaration> declarations, RandomGenerator random) {
        List<DemoCase> made = new ArrayList<>(slots.size());
        for (int c = 0; c < slots.size(); c++) {
            List<Long> disputed = ledger.disputedByCase().get(c);
            if (disputed.isEmpty()) {
                throw new IllegalStateException("no disputable entry for a case of subject " + subject.id());
            }
            CaseMaker.Made result = cases.make(subject, slots.get(c), disputed, byId, declarations, random, ids);
            made.add(result.appealCase());
            result.corrections().forEach(e -> byId.put(e.id(), e));
        }
        return made;
    }

    /** Most subjects have one case, some two or three, a third none; red-list holders rarely appeal. */
    private int casesFor(DemoSubject subject, boolean longLedger, RandomGenerator random) {
        int roll = random.nextInt(100);
        boolean honours = catalog.requireScheme(subject.schemeCode()).kind() == SchemeKind.LIST
                && subject.schemeCode().equals(Schemes.RED_LIST);
        int count = honours ? (roll < 80 ? 0 : 1) : roll < 33 ? 0 : roll < 83 ? 1 : roll < 95 ? 2 : 3;
        return longLedger ? Math.max(1, count) : count;
    }

    /** Now and then an officer has declared a relation to a subject before their appeal arrived. */
    private List<DemoDeclaration> declarations(DemoSubject subject, List<ReceiptSchedule.Slot> slots,
                                               RandomGenerator random) {
        if (slots.isEmpty() || random.nextInt(1_000) >= 4) {
            return List.of();
        }
        List<DemoOfficer> workers = staff.caseWorkers();
        DemoOfficer officer = workers.get(random.nextInt(workers.size()));
        LocalDate day = slots.getFirst().receivedOn().minusDays(1 + random.nextInt(60));
        return List.of(new DemoDeclaration(ids.declaration(), officer.id(), subject.id(),
                RELATIONS[random.nextInt(RELATIONS.length)], "本人主动申报，申请回避该对象的复核案件。",
                OfficeClock.at(day, 9 * 60 + random.nextInt(8 * 60))));
    }

    /** SplitMix64's finaliser over seed and id: well-spread, independent streams per subject. */
    static long mix(long seed, long id) {
        long z = seed + id * 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
