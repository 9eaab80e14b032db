package org.redress.demo;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.redress.catalog.CalendarCatalog;
import org.redress.catalog.SchemeCatalog;
import org.redress.domain.appeal.CaseAction;
import org.redress.domain.appeal.CaseStateMachine;
import org.redress.domain.appeal.CaseStatus;
import org.redress.domain.appeal.CaseTransition;
import org.redress.domain.appeal.Decision;
import org.redress.domain.appeal.DeductionOutcome;
import org.redress.domain.appeal.DisputedEntry;
import org.redress.domain.appeal.FourEyesPolicy;
import org.redress.domain.appeal.OutcomeKind;
import org.redress.domain.appeal.PriorityPolicy;
import org.redress.domain.appeal.RecusalDeclaration;
import org.redress.domain.appeal.RecusalPolicy;
import org.redress.domain.calendar.Deadline;
import org.redress.domain.calendar.DeadlineClock;
import org.redress.domain.calendar.Pause;
import org.redress.domain.calendar.WorkingDayCalendar;
import org.redress.domain.identity.IdentifierCheck;
import org.redress.domain.identity.Identifiers;
import org.redress.domain.identity.SubjectKind;
import org.redress.domain.identity.Verdict;
import org.redress.domain.ledger.LedgerDerivation;
import org.redress.domain.ledger.LedgerEvent;
import org.redress.domain.ledger.LedgerEventKind;
import org.redress.domain.scheme.Catalog;
import org.redress.domain.scheme.Rule;
import org.redress.domain.scheme.Scheme;
import org.redress.security.PasswordHasher;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reads a 2,000-case demo back from its database and holds it to the domain's own rules: every
 * identifier, status path, deadline, four-eyes approval, recusal and ledger correction.
 */
class DemoContentTest {

    private static final int CASES = 2_000;
    private static Path workspace;
    private static DemoWorkspaceView view;
    private static Catalog catalog;
    private static WorkingDayCalendar calendar;

    @BeforeAll
    static void readBack() throws SQLException {
        workspace = DemoFixture.workspace(CASES).summary().workspace();
        catalog = SchemeCatalog.loadDefault();
        calendar = CalendarCatalog.fromClasspath();
        try (Connection c = DemoFixture.open(workspace)) {
            view = DemoWorkspaceView.read(c);
        }
    }

    @Test
    void the_status_mix_is_the_one_specified() {
        Map<CaseStatus, Long> counts = new EnumMap<>(CaseStatus.class);
        view.cases().values().forEach(c -> counts.merge(c.status(), 1L, Long::sum));

        assertThat(view.cases()).hasSize(CASES);
        ReceiptSchedule.MIX.forEach((status, percent) ->
                assertThat(counts.getOrDefault(status, 0L)).as(status.name()).isBetween(percent * 20L - 20, percent * 20L + 20));
    }

    @Test
    void every_identifier_checks_valid_except_the_deliberate_mismatches_which_carry_a_reason() {
        int mismatches = 0;
        for (DemoWorkspaceView.Subject s : view.subjects().values()) {
            IdentifierCheck check = Identifiers.check(s.identifier(), s.kind(), DemoFixture.TODAY);
            assertThat(check.kind().name()).isEqualTo(s.idKind());
            assertThat(check.verdict().name()).isEqualTo(s.idVerdict());
            if (s.overrideReason() == null) {
                assertThat(check.verdict()).as(s.idKind()).isEqualTo(Verdict.VALID);
            } else {
                assertThat(check.verdict()).isEqualTo(Verdict.CHECKSUM_MISMATCH);
                assertThat(s.overrideReason()).isNotBlank();
                mismatches++;
            }
        }
        assertThat(mismatches).isPositive();
        assertThat(view.subjects().values()).extracting(DemoWorkspaceView.Subject::idKind)
                .contains("RESIDENT_ID", "RESIDENCE_PERMIT", "FOREIGNER_PERMANENT_RESIDENCE", "SOCIAL_CREDIT_CODE");
    }

    @Test
    void names_include_rare_characters_and_one_outside_the_basic_plane_and_a_fifth_are_organisations() {
        var subjects = view.subjects().values();
        long organisations = subjects.stream().filter(s -> s.kind() == SubjectKind.ORGANISATION).count();

        assertThat(subjects).anyMatch(s -> s.name().codePoints().anyMatch(Character::isSupplementaryCodePoint));
        assertThat(subjects).anyMatch(s -> s.name().contains("䶮") || s.name().contains("㛃") || s.name().contains("喆"));
        assertThat(organisations * 100 / subjects.size()).isBetween(15L, 25L);
        assertThat(subjects).filteredOn(s -> s.kind() == SubjectKind.ORGANISATION)
                .allMatch(s -> s.name().endsWith("公司") || s.name().endsWith("合作社") || s.name().length() > 4);
    }

    @Test
    void minors_appeal_too_and_their_cases_are_urgent() {
        List<DemoWorkspaceView.Case> minors = view.cases().values().stream().filter(c -> {
            LocalDate birth = view.subjects().get(c.subjectId()).birthDate();
            return birth != null && PriorityPolicy.isMinorOn(birth, c.receivedOn());
        }).toList();

        assertThat(minors).isNotEmpty().allMatch(c -> c.priority().equals("URGENT"));
    }

    @Test
    void every_case_moved_only_along_legal_transitions_to_its_status() {
        for (DemoWorkspaceView.Case c : view.cases().values()) {
            List<DemoWorkspaceView.Event> events = c.events();
            assertThat(events.getFirst().action()).isEqualTo("RECEIVED");
            assertThat(events.getFirst().to()).isEqualTo("RECEIVED");
            boolean approvalRequired = approvalRequired(c);
            CaseStatus status = CaseStatus.RECEIVED;
            for (DemoWorkspaceView.Event e : events.subList(1, events.size())) {
                assertThat(e.from()).as(c.caseNo()).isEqualTo(status.name());
                CaseTransition move = CaseStateMachine.check(status, CaseAction.valueOf(e.action()), approvalRequired, null)
                        .grantedValue().orElseThrow(() -> new AssertionError(c.caseNo() + ": " + e.action()
                                + " from " + e.from() + " is not legal"));
                assertThat(move.to().name()).as(c.caseNo()).isEqualTo(e.to());
                status = move.to();
            }
            assertThat(status).as(c.caseNo()).isEqualTo(c.status());
            assertThat(c.assigneeId() == null).as(c.caseNo())
                    .isEqualTo(events.stream().noneMatch(e -> e.action().equals("ASSIGN")));
        }
    }

    @Test
    void decisions_that_need_approval_were_approved_by_a_supervisor_who_did_not_draft_them() {
        int approved = 0;
        for (DemoWorkspaceView.Case c : view.cases().values()) {
            for (DemoWorkspaceView.DecisionRow d : c.decisions()) {
                for (DemoWorkspaceView.Approval a : d.approvals()) {
                    assertThat(a.approverId()).isNotEqualTo(d.drafterId());
                    assertThat(view.officerRoles().get(a.approverId())).isEqualTo("SUPERVISOR");
                }
            }
            if (!List.of(CaseStatus.DECIDED, CaseStatus.LETTER_ISSUED, CaseStatus.CLOSED).contains(c.status())) {
                assertThat(c.decisions()).noneMatch(d -> d.state().equals("FINAL"));
                continue;
            }
            DemoWorkspaceView.DecisionRow last = c.decisions().getLast();
            assertThat(last.state()).isEqualTo("FINAL");
            if (approvalRequired(c)) {
                assertThat(last.approvals()).as(c.caseNo()).anyMatch(a -> a.verdict().equals("APPROVED"));
                approved++;
            }
        }
        assertThat(approved).isPositive();
    }

    @Test
    void no_officer_worked_a_case_they_must_stand_aside_from() {
        int casesWithSecondedAgencies = 0;
        for (DemoWorkspaceView.Case c : view.cases().values()) {
            List<DisputedEntry> disputed = c.disputed().stream().map(id -> {
                DemoWorkspaceView.Entry entry = view.ledger().get(id);
                return new DisputedEntry(entry.event(), entry.imposedBy() == null ? null : entry.imposedBy().toString());
            }).toList();
            if (disputed.stream().anyMatch(d -> d.entry().agencyCode().equals(IssuingAgencies.TRAFFIC_POLICE)
                    || d.entry().agencyCode().equals(IssuingAgencies.TAX_BUREAU))) {
                casesWithSecondedAgencies++;
            }
            List<RecusalDeclaration> declarations = view.declarations().getOrDefault(c.subjectId(), List.of());
            for (long officer : c.workers()) {
                var verdict = RecusalPolicy.assess(view.officers().get(officer),
                        Long.toString(c.subjectId()), disputed, declarations);
                assertThat(verdict.mustStandAside()).as(c.caseNo() + " officer " + officer).isFalse();
            }
        }
        assertThat(casesWithSecondedAgencies).isPositive();
    }

    @Test
    void deadlines_are_the_clock_s_on_the_official_calendar_with_pauses_while_waiting_on_the_applicant() {
        var clock = new DeadlineClock(calendar);
        long paused = 0;
        for (DemoWorkspaceView.Case c : view.cases().values()) {
            List<Pause> pauses = pauses(c);
            Deadline deadline = clock.deadline(c.receivedOn(), 15, pauses);
            switch (deadline) {
                case Deadline.Due due -> {
                    assertThat(c.deadlineOn()).as(c.caseNo()).isEqualTo(due.date());
                    assertThat(c.pausedSince()).isNull();
                }
                case Deadline.Suspended suspended -> {
                    assertThat(c.deadlineOn()).as(c.caseNo()).isNull();
                    assertThat(c.pausedSince()).isEqualTo(suspended.since());
                    assertThat(c.status()).isEqualTo(CaseStatus.AWAITING_INFORMATION);
                    paused++;
                }
            }
            assertThat(c.ackDeadlineOn()).isEqualTo(((Deadline.Due) clock.deadline(c.receivedOn(), 3, List.of())).date());
        }
        assertThat(paused).isEqualTo(view.cases().values().stream()
                .filter(c -> c.status() == CaseStatus.AWAITING_INFORMATION).count());
        long overdue = view.cases().values().stream().filter(c -> c.status().isOpen() && c.deadlineOn() != null
                && c.deadlineOn().isBefore(DemoFixture.TODAY)).count();
        long open = view.cases().values().stream().filter(c -> c.status().isOpen()).count();
        assertThat(overdue * 100 / open).as("share of open cases overdue").isBetween(2L, 25L);
    }

    @Test
    void decided_reversals_and_amendments_are_carried_out_in_the_ledger_and_nothing_else_is() {
        int corrections = 0;
        for (DemoWorkspaceView.Case c : view.cases().values()) {
            for (DemoWorkspaceView.DecisionRow d : c.decisions()) {
                List<DemoWorkspaceView.Entry> ordered = view.ledger().values().stream()
                        .filter(e -> d.id() == (e.decisionId() == null ? -1 : e.decisionId())).toList();
                if (!d.state().equals("FINAL")) {
                    assertThat(ordered).isEmpty();
                    continue;
                }
                for (DeductionOutcome o : d.outcomes()) {
                    List<DemoWorkspaceView.Entry> forEntry = ordered.stream()
                            .filter(e -> e.event().targetId() != null && e.event().targetId() == o.ledgerEventId()).toList();
                    boolean changes = o.kind() == OutcomeKind.REVERSED || o.kind() == OutcomeKind.AMENDED;
                    assertThat(forEntry).as(c.caseNo()).hasSize(changes ? 1 : 0);
                    if (changes) {
                        corrections++;
                        LedgerEvent target = view.ledger().get(o.ledgerEventId()).event();
                        LedgerEventKind expected = o.kind() == OutcomeKind.AMENDED ? LedgerEventKind.AMENDMENT
                                : target.kind() == LedgerEventKind.LIST_ENTRY ? LedgerEventKind.LIST_REMOVAL
                                : LedgerEventKind.REVERSAL;
                        assertThat(forEntry.getFirst().event().kind()).isEqualTo(expected);
                        assertThat(forEntry.getFirst().event().agencyCode()).isEqualTo(ReviewOffice.OFFICE.code());
                    }
                }
            }
        }
        assertThat(corrections).isPositive();
    }

    @Test
    void ledger_entries_follow_the_rule_in_force_on_their_day() {
        for (DemoWorkspaceView.Entry entry : view.ledger().values()) {
            LedgerEvent e = entry.event();
            Rule rule = catalog.requireRule(e.schemeCode(), e.ruleCode(),
                    e.targetId() == null ? e.imposedOn() : view.ledger().get(e.targetId()).event().imposedOn());
            if (e.kind() == LedgerEventKind.DEDUCTION || e.kind() == LedgerEventKind.ADDITION) {
                assertThat(rule.allows(e.points())).as(e.reference()).isTrue();
            }
            if (e.kind() == LedgerEventKind.LIST_ENTRY) {
                assertThat(rule.publication()).isNotNull();
                assertThat(rule.publication().allows(e.imposedOn(), e.publicationUntil())).as(e.reference()).isTrue();
            }
        }
    }

    @Test
    void some_ledgers_are_very_long_and_some_reported_scores_differ_from_the_recomputed_ones() {
        Map<Long, List<LedgerEvent>> bySubject = new HashMap<>();
        view.ledger().values().forEach(e -> bySubject.computeIfAbsent(e.subjectId(), k -> new ArrayList<>()).add(e.event()));
        int differing = 0;
        int agreeing = 0;
        for (DemoWorkspaceView.Entry entry : view.ledger().values()) {
            if (entry.reportedScore() == null) {
                continue;
            }
            Scheme scheme = catalog.requireScheme(entry.event().schemeCode());
            var standing = LedgerDerivation.standingAt(scheme, catalog, bySubject.get(entry.subjectId()),
                    entry.event().imposedOn());
            if (LedgerDerivation.checkReported(standing, entry.reportedScore()).isPresent()) {
                differing++;
            } else {
                agreeing++;
            }
        }
        assertThat(bySubject.values()).anyMatch(l -> l.size() >= 1_000);
        assertThat(bySubject.values()).allMatch(l -> l.size() >= 2);
        assertThat(differing).isPositive().isLessThan(agreeing / 5);
    }

    @Test
    void evidence_files_exist_and_hash_to_their_names_and_a_third_of_the_cases_carry_some() throws Exception {
        for (Map.Entry<String, Long> blob : view.blobs().entrySet()) {
            String sha = blob.getKey();
            Path file = workspace.resolve("evidence").resolve(sha.substring(0, 2)).resolve(sha.substring(2, 4)).resolve(sha);
            byte[] bytes = Files.readAllBytes(file);
            assertThat(EvidenceLibrary.sha256(bytes)).isEqualTo(sha);
            assertThat((long) bytes.length).isEqualTo(blob.getValue());
        }
        // The 80 files about no entry in particular, and one per kind for each rule and agency imposing it.
        long aboutEntries = EvidenceLibrary.topics(org.redress.catalog.SchemeCatalog.loadDefault()).stream()
                .mapToLong(t -> java.util.Arrays.stream(EvidenceKind.values())
                        .filter(k -> EvidenceTopic.concerns(k) && k.supports(t.category())).count()).sum();
        assertThat(view.blobs()).hasSize(80 + (int) aboutEntries);
        long withAttachments = view.cases().values().stream().filter(c -> c.attachments() > 0).count();
        long withNotes = view.cases().values().stream().filter(c -> c.notes() > 0).count();
        assertThat(withAttachments * 100 / CASES).isBetween(28L, 42L);
        assertThat(withNotes * 100 / CASES).isBetween(23L, 37L);
    }

    @Test
    void the_accounts_passwords_verify_against_their_stored_hashes() {
        var hasher = new PasswordHasher();
        for (DemoOfficer officer : DemoFixture.workspace(CASES).accounts()) {
            String hash = view.passwordHashes().get(officer.id());
            assertThat(hash).startsWith(PasswordHasher.ARGON2_PREFIX + "$");
            assertThat(hasher.verify(officer.password().toCharArray(), hash)).as(officer.username()).isTrue();
        }
    }

    @Test
    void case_numbers_are_unique_and_follow_receipt_within_each_year() {
        List<DemoWorkspaceView.Case> byNumber = view.cases().values().stream()
                .sorted(java.util.Comparator.comparing(c -> org.redress.domain.appeal.CaseNumber.parse(c.caseNo()))).toList();
        for (int i = 1; i < byNumber.size(); i++) {
            assertThat(byNumber.get(i).receivedOn()).isAfterOrEqualTo(byNumber.get(i - 1).receivedOn());
        }
        assertThat(byNumber.getFirst().caseNo()).matches("RD-20\\d\\d-000001");
    }

    /** Whether the case's decision in force needed a second officer, by the office's policy. */
    private static boolean approvalRequired(DemoWorkspaceView.Case c) {
        if (c.decisions().isEmpty()) {
            return false;
        }
        DemoWorkspaceView.DecisionRow d = c.decisions().getLast();
        FourEyesPolicy policy = DemoGenerator.fourEyes(catalog);
        Map<Long, LedgerEvent> ledger = new HashMap<>();
        view.ledger().values().stream().filter(e -> e.subjectId() == c.subjectId()).forEach(e -> ledger.put(e.event().id(), e.event()));
        var decision = new Decision(c.caseNo() + "-D" + d.id(), c.caseNo(), Long.toString(d.drafterId()), d.draftedAt(),
                d.outcomes(), d.reasons(), d.legalBasis(), List.of(), null, null);
        return policy.requiresApproval(decision, ledger);
    }

    /** The clock stood still from each request for information until the material came (or the case ended). */
    private static List<Pause> pauses(DemoWorkspaceView.Case c) {
        List<Pause> pauses = new ArrayList<>();
        LocalDate from = null;
        for (DemoWorkspaceView.Event e : c.events()) {
            if (e.action().equals("REQUEST_INFORMATION")) {
                from = e.day();
            } else if (e.action().equals("INFORMATION_RECEIVED") && from != null) {
                pauses.add(new Pause(from, e.day()));
                from = null;
            }
        }
        if (from != null) {
            pauses.add(new Pause(from, c.status().isTerminal() ? c.events().getLast().day() : null));
        }
        return pauses;
    }
}
