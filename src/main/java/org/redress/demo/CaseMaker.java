package org.redress.demo;

import org.jspecify.annotations.Nullable;
import org.redress.domain.appeal.AppealCase;
import org.redress.domain.appeal.ApprovalReason;
import org.redress.domain.appeal.CaseAction;
import org.redress.domain.appeal.CaseStatus;
import org.redress.domain.appeal.Channel;
import org.redress.domain.appeal.Decision;
import org.redress.domain.appeal.DecisionEffects;
import org.redress.domain.appeal.DecisionValidator;
import org.redress.domain.appeal.DeductionOutcome;
import org.redress.domain.appeal.DisputedEntry;
import org.redress.domain.appeal.FourEyesPolicy;
import org.redress.domain.appeal.Ground;
import org.redress.domain.appeal.Priority;
import org.redress.domain.appeal.PriorityPolicy;
import org.redress.domain.appeal.Problem;
import org.redress.domain.appeal.RecusalDeclaration;
import org.redress.domain.appeal.RecusalPolicy;
import org.redress.domain.appeal.RuleBounds;
import org.redress.domain.calendar.Deadline;
import org.redress.domain.calendar.DeadlineClock;
import org.redress.domain.calendar.WorkingDayCalendar;
import org.redress.domain.ledger.ActiveSanction;
import org.redress.domain.ledger.LedgerDerivation;
import org.redress.domain.ledger.LedgerEvent;
import org.redress.domain.ledger.SanctionCause;
import org.redress.domain.scheme.Catalog;
import org.redress.domain.scheme.EssentialService;
import org.redress.domain.scheme.PublicationPeriod;
import org.redress.domain.scheme.Scheme;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.random.RandomGenerator;

/**
 * Makes one appeal case against entries of a subject's ledger: grounds and the applicant's
 * statement, priority from what the disputed entries deny on the day of receipt, deadlines from
 * the official calendar, the officers free of recusal who work it, its history up to the state the
 * schedule gave it, and — once decided — the ledger corrections the decision orders.
 */
final class CaseMaker {

    record Made(DemoCase appealCase, List<DemoEntry> corrections) {
    }

    private static final Set<CaseStatus> WITH_DECISION = Set.of(CaseStatus.DECISION_DRAFTED, CaseStatus.AWAITING_APPROVAL,
            CaseStatus.DECIDED, CaseStatus.LETTER_ISSUED, CaseStatus.CLOSED);
    private static final Set<CaseStatus> DECIDED = Set.of(CaseStatus.DECIDED, CaseStatus.LETTER_ISSUED, CaseStatus.CLOSED);

    private final Catalog catalog;
    private final WorkingDayCalendar calendar;
    private final DeadlineClock clock;
    private final DemoStaff staff;
    private final FourEyesPolicy fourEyes;
    private final LocalDate today;
    private final List<Long> supervisorIds;
    /** Schemes some of whose sanctions deny an essential service; only their cases can be urgent for it. */
    private final Set<String> denyingSchemes;

    CaseMaker(Catalog catalog, WorkingDayCalendar calendar, DemoStaff staff, FourEyesPolicy fourEyes, LocalDate today) {
        this.catalog = catalog;
        this.calendar = calendar;
        this.clock = new DeadlineClock(calendar);
        this.staff = staff;
        this.fourEyes = fourEyes;
        this.today = today;
        this.supervisorIds = staff.supervisors().stream().map(DemoOfficer::id).toList();
        this.denyingSchemes = catalog.schemes().stream().filter(this::mayDenyEssentialService).map(Scheme::code)
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    /**
     * A shortcut past deriving the standing, for points schemes whose only denials come with low
     * bands (Rongcheng's D): if no entry can force a grade or deny a service itself, and even the
     * worst case — every deduction standing, no correction counted — stays above every denying band,
     * nothing is denied. The demo's corrections only ever give points back, so the bound holds.
     */
    private boolean clearlyAboveDenyingBands(Scheme scheme, java.util.Collection<LedgerEvent> events, LocalDate day) {
        if (!(scheme.scale() instanceof org.redress.domain.scheme.PointsScale points)) {
            return false;
        }
        int ceiling = Integer.MIN_VALUE;
        for (var band : points.bands()) {
            if (band.sanctions().stream().anyMatch(this::deniesEssential)) {
                ceiling = Math.max(ceiling, band.max());
            }
        }
        long worst = points.base();
        for (LedgerEvent event : events) {
            if (event.imposedOn().isAfter(day) || event.targetId() != null) {
                continue;
            }
            var rule = scheme.rule(event.ruleCode(), event.imposedOn()).orElse(null);
            if (rule == null || rule.dropsToGrade() != null || rule.sanctions().stream().anyMatch(this::deniesEssential)) {
                return false;
            }
            worst += event.points();
        }
        return worst > ceiling;
    }

    private boolean deniesEssential(String sanctionCode) {
        return catalog.sanction(sanctionCode).map(s -> s.deniesEssentialService()).orElse(false);
    }

    private boolean mayDenyEssentialService(Scheme scheme) {
        List<String> codes = new ArrayList<>();
        switch (scheme.scale()) {
            case org.redress.domain.scheme.NumericScale numeric -> numeric.bands().forEach(b -> codes.addAll(b.sanctions()));
            case org.redress.domain.scheme.RatingScale ratings -> ratings.ratings().forEach(r -> codes.addAll(r.sanctions()));
            case org.redress.domain.scheme.ListScale list -> codes.addAll(list.sanctions());
        }
        scheme.rules().forEach(r -> codes.addAll(r.sanctions()));
        return codes.stream().anyMatch(code -> catalog.sanction(code).map(s -> s.deniesEssentialService()).orElse(false));
    }

    /**
     * @param ledger       the subject's entries so far, by id (corrections of earlier cases included)
     * @param declarations officers' declared relations to this subject
     */
    Made make(DemoSubject subject, ReceiptSchedule.Slot slot, List<Long> disputedIds, Map<Long, DemoEntry> ledger,
              List<DemoDeclaration> declarations, RandomGenerator random, DemoIds ids) {
        Scheme scheme = catalog.requireScheme(subject.schemeCode());
        LocalDate receivedOn = slot.receivedOn();
        Map<Long, LedgerEvent> events = new java.util.LinkedHashMap<>();
        ledger.forEach((id, entry) -> events.put(id, entry.event()));
        List<DisputedItem> items = items(scheme, events, disputedIds);
        Set<Ground> grounds = GroundPicker.draw(items, random);
        List<EssentialService> denied = essentialServicesDenied(scheme, events, disputedIds, receivedOn);
        LocalDate birth = subject.birthDate();
        boolean minor = birth != null && PriorityPolicy.isMinorOn(birth, receivedOn);
        Set<String> deniedNames = new java.util.HashSet<>();
        denied.forEach(service -> deniedNames.add(service.name()));
        Priority priority = PriorityPolicy.priorityOf(deniedNames, birth, receivedOn);
        @Nullable EssentialService urgentBecause = denied.isEmpty() ? null : denied.get(random.nextInt(denied.size()));
        var statement = StatementWriter.write(subject, items, grounds, receivedOn, urgentBecause, minor, scheme.name().zh(), random);
        Channel channel = channel(random);
        Instant receivedAt = receivedAt(receivedOn, channel, random);
        var appeal = AppealCase.received(slot.number().toString(), slot.number(), Long.toString(subject.id()), scheme.code(),
                disputedIds, grounds, statement.groundText(), statement.statement(), receivedOn, channel, priority);
        @Nullable Drafted drafted = WITH_DECISION.contains(slot.status())
                ? draft(scheme, appeal, items, events, receivedAt, random) : null;
        @Nullable Decision draft = drafted == null ? null : drafted.decision();
        CaseHistory history = history(subject, slot, items, ledger, declarations, drafted, events, receivedAt, channel,
                random, ids);
        List<DemoEntry> corrections = DECIDED.contains(slot.status()) && draft != null
                ? corrections(subject, slot.number().toString(), history, draft, events, ids) : List.of();
        var facts = new CaseExtras.Facts(slot.status(), channel, items, grounds, receivedAt,
                history.firstAssignedAt == null ? receivedAt : history.firstAssignedAt,
                slot.status().isOpen() ? OfficeClock.during(today, history.lastEventAt, random) : history.lastEventAt,
                history.assignee == null ? 0 : history.assignee, supervisorIds, urgentBecause, subject.writesEnglish());
        return new Made(assemble(subject, slot, scheme, appeal, items, history, facts, random, ids), corrections);
    }

    private static List<DisputedItem> items(Scheme scheme, Map<Long, LedgerEvent> events, List<Long> disputedIds) {
        List<DisputedItem> items = new ArrayList<>(disputedIds.size());
        for (long id : disputedIds) {
            LedgerEvent entry = events.get(id);
            items.add(new DisputedItem(entry, scheme.rule(entry.ruleCode(), entry.imposedOn()).orElseThrow()));
        }
        return items;
    }

    /** A planned decision (its Chinese text) and its English text. */
    private record Drafted(Decision decision, DecisionWriter.Text english) {
    }

    /** What the reviewer will decide, checked as the office would check a real draft before it goes anywhere. */
    private static Drafted draft(Scheme scheme, AppealCase appeal, List<DisputedItem> items,
                                 Map<Long, LedgerEvent> events, Instant receivedAt, RandomGenerator random) {
        List<DeductionOutcome> outcomes = OutcomePlanner.plan(items, appeal.grounds(), random);
        List<String> remedies = outcomes.stream().map(DeductionOutcome::remedy).filter(r -> !r.isEmpty()).toList();
        List<String> remediesEn = new ArrayList<>();
        for (int i = 0; i < outcomes.size(); i++) {
            String remedy = DecisionWriter.remedyEn(items.get(i), outcomes.get(i));
            if (!remedy.isEmpty()) {
                remediesEn.add(remedy);
            }
        }
        String caseNo = appeal.number().toString();
        String[] reasons = DecisionWriter.reasons(items, outcomes, appeal.grounds(), random);
        String[] basis = DecisionWriter.legalBasis(items, outcomes);
        var draft = new Decision(caseNo, caseNo, "drafter", receivedAt, outcomes, reasons[0], basis[0], remedies, null,
                null);
        List<Problem> problems = DecisionValidator.validate(draft, appeal, events, entry -> bounds(scheme, entry));
        if (!problems.isEmpty()) {
            throw new IllegalStateException("generated decision for " + caseNo + " is invalid: " + problems);
        }
        return new Drafted(draft, new DecisionWriter.Text(reasons[1], basis[1], remediesEn));
    }

    /** Who may work the case, and what they did with it, up to the state the schedule gave it. */
    private CaseHistory history(DemoSubject subject, ReceiptSchedule.Slot slot, List<DisputedItem> items,
                                Map<Long, DemoEntry> ledger, List<DemoDeclaration> declarations, @Nullable Drafted drafted,
                                Map<Long, LedgerEvent> events, Instant receivedAt, Channel channel,
                                RandomGenerator random, DemoIds ids) {
        CaseHistory.@Nullable PlannedDecision planned = null;
        if (drafted != null) {
            Decision draft = drafted.decision();
            Set<ApprovalReason> reasons = fourEyes.reasonsForApproval(draft, events);
            planned = new CaseHistory.PlannedDecision(draft.outcomes(), draft.reasons(), draft.legalBasis(),
                    draft.remediesOrdered(), drafted.english(), reasons);
        }
        List<DemoOfficer> workers = new ArrayList<>(10);
        List<DemoOfficer> approvers = new ArrayList<>(2);
        for (DemoOfficer officer : freeOfRecusal(subject, items, ledger, declarations)) {
            if (officer.role().worksCases()) {
                workers.add(officer);
            }
            if (officer.role().approves()) {
                approvers.add(officer);
            }
        }
        List<CaseAction> moves = CasePath.plan(slot.status(), planned != null && !planned.approvalReasons().isEmpty(), random);
        return CaseHistory.tell(moves, slot.receivedOn(), receivedAt, channel, slot.status(), planned, workers, approvers,
                staff.supervisors(), today, calendar, random, ids);
    }

    /** The case as stored, with its deadlines on the official calendar, notes, attachments and search row. */
    private DemoCase assemble(DemoSubject subject, ReceiptSchedule.Slot slot, Scheme scheme, AppealCase appeal,
                              List<DisputedItem> items, CaseHistory history, CaseExtras.Facts facts,
                              RandomGenerator random, DemoIds ids) {
        LocalDate receivedOn = slot.receivedOn();
        Deadline deadline = clock.deadline(receivedOn, scheme.terms().decideWithinWorkingDays(), history.pauses);
        @Nullable LocalDate deadlineOn = deadline instanceof Deadline.Due due ? due.date() : null;
        @Nullable LocalDate pausedSince = deadline instanceof Deadline.Suspended suspended ? suspended.since() : null;
        LocalDate ackBy = ((Deadline.Due) clock.deadline(receivedOn, scheme.terms().acknowledgeWithinWorkingDays(),
                List.of())).date();
        List<DemoNote> notes = CaseExtras.notes(facts, random, ids);
        List<DemoAttachment> attachments = CaseExtras.attachments(facts, random, ids);
        Instant updatedAt = history.lastEventAt;
        for (DemoNote note : notes) {
            updatedAt = note.at().isAfter(updatedAt) ? note.at() : updatedAt;
        }
        DisputedItem first = items.getFirst();
        int points = 0;
        for (DisputedItem item : items) {
            points += item.entry().points();
        }
        String caseNo = slot.number().toString();
        return new DemoCase(ids.appealCase(), slot.number(), subject.id(), scheme.code(), slot.status(), appeal.priority(),
                receivedOn, deadlineOn, ackBy, pausedSince, appeal.channel(), appeal.grounds(), appeal.groundsText(),
                appeal.applicantStatement(), subject.region(), first.entry().agencyCode(), first.rule().category(),
                first.rule().code(), points, history.assignee, appeal.disputedEventIds(), facts.receivedAt(), updatedAt,
                history.events, notes, history.decisions, attachments,
                DemoCase.SearchRow.of(caseNo, subject.name(), appeal.applicantStatement(), appeal.groundsText(), notes));
    }

    /** The entries the decision in force orders, issued by the office on the day of the decision. */
    private List<DemoEntry> corrections(DemoSubject subject, String caseNo, CaseHistory history, Decision planned,
                                        Map<Long, LedgerEvent> events, DemoIds ids) {
        DemoDecision decided = history.decisions.getLast();
        Instant decidedAt = java.util.Objects.requireNonNull(history.decidedAt, "a decided case has a decision time");
        var decision = new Decision(caseNo + "-D" + decided.id(), caseNo, Long.toString(decided.drafterId()),
                decided.draftedAt(), planned.outcomes(), planned.reasons(), planned.legalBasis(), planned.remediesOrdered(),
                null, null);
        List<LedgerEvent> corrections = DecisionEffects.ledgerCorrections(decision, events, ids::ledger,
                ReviewOffice.OFFICE.code(), OfficeClock.dayOf(decidedAt));
        List<DemoEntry> entries = new ArrayList<>(corrections.size());
        for (LedgerEvent correction : corrections) {
            entries.add(new DemoEntry(subject.id(), correction, null, decided.id(), null, decidedAt));
        }
        return entries;
    }

    /** Services denied on the day of receipt by sanctions the disputed entries (or the grade they caused) trigger. */
    private List<EssentialService> essentialServicesDenied(Scheme scheme, Map<Long, LedgerEvent> events,
                                                          List<Long> disputed, LocalDate receivedOn) {
        if (!denyingSchemes.contains(scheme.code()) || clearlyAboveDenyingBands(scheme, events.values(), receivedOn)) {
            return List.of();
        }
        var standing = LedgerDerivation.standingAt(scheme, catalog, List.copyOf(events.values()), receivedOn);
        Set<EssentialService> denied = new TreeSet<>();
        for (ActiveSanction sanction : standing.sanctions()) {
            if (!sanction.sanction().deniesEssentialService()) {
                continue;
            }
            boolean caused = sanction.causes().stream().anyMatch(cause -> switch (cause) {
                case SanctionCause.OfGrade g -> true;
                case SanctionCause.OfEntry e -> disputed.contains(e.eventId());
                case SanctionCause.OfListing l -> disputed.contains(l.eventId());
            });
            if (caused) {
                denied.addAll(sanction.sanction().deniesEssential());
            }
        }
        return List.copyOf(denied);
    }

    /**
     * Officers who need not stand aside, as {@link RecusalPolicy} judges. Only those with a possible
     * reason — from an issuing agency, imposer of an entry, or a declared relation — are put to it;
     * the rest are clear by construction, and asking the policy ten times per case is the single
     * dearest step of generating a million cases.
     */
    private List<DemoOfficer> freeOfRecusal(DemoSubject subject, List<DisputedItem> items, Map<Long, DemoEntry> ledger,
                                            List<DemoDeclaration> declarations) {
        String subjectId = Long.toString(subject.id());
        List<DisputedEntry> disputed = new ArrayList<>(items.size());
        Set<String> agencies = new java.util.HashSet<>();
        Set<Long> imposers = new java.util.HashSet<>();
        for (DisputedItem item : items) {
            Long imposedBy = ledger.get(item.entry().id()).imposedByOfficer();
            disputed.add(new DisputedEntry(item.entry(), imposedBy == null ? null : Long.toString(imposedBy)));
            agencies.add(item.entry().agencyCode());
            if (imposedBy != null) {
                imposers.add(imposedBy);
            }
        }
        List<RecusalDeclaration> declared = declarations.stream()
                .map(d -> new RecusalDeclaration(Long.toString(d.officerId()), subjectId, d.relation(), d.at(), d.statement()))
                .toList();
        Set<Long> declaring = new java.util.HashSet<>();
        declarations.forEach(d -> declaring.add(d.officerId()));
        List<DemoOfficer> free = new ArrayList<>(staff.all().size());
        for (DemoOfficer officer : staff.all()) {
            boolean suspect = agencies.contains(officer.agencyCode()) || imposers.contains(officer.id())
                    || declaring.contains(officer.id());
            if (!suspect || !RecusalPolicy.assess(officer.asOfficer(), subjectId, disputed, declared).mustStandAside()) {
                free.add(officer);
            }
        }
        return free;
    }

    private static Optional<RuleBounds> bounds(Scheme scheme, LedgerEvent entry) {
        return scheme.rule(entry.ruleCode(), entry.imposedOn()).map(rule -> {
            PublicationPeriod publication = rule.publication();
            return new RuleBounds(rule.code(), rule.points().min(), rule.points().max(),
                    publication == null ? null : publication.minimum());
        });
    }

    private static Channel channel(RandomGenerator random) {
        int roll = random.nextInt(100);
        return roll < 65 ? Channel.HUB : roll < 90 ? Channel.MANUAL : Channel.IMPORT;
    }

    /** Hub filings arrive at any hour, counter filings in office hours, imports in the night batch. */
    private static Instant receivedAt(LocalDate day, Channel channel, RandomGenerator random) {
        return switch (channel) {
            case MANUAL -> OfficeClock.at(day, 8 * 60 + 40 + random.nextInt(8 * 60), random.nextInt(60));
            case IMPORT -> OfficeClock.at(day, 3 * 60 + random.nextInt(50), random.nextInt(60));
            default -> OfficeClock.at(day, 7 * 60 + random.nextInt(16 * 60), random.nextInt(60));
        };
    }
}
