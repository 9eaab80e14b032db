package org.redress.casework;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.redress.domain.access.Officer;
import org.redress.domain.appeal.CaseAction;
import org.redress.domain.appeal.CaseStatus;
import org.redress.domain.appeal.ExtensionReason;
import org.redress.domain.appeal.ReasonCode;
import org.redress.domain.scheme.LapseChoice;
import org.redress.domain.scheme.Scheme;
import org.redress.store.CaseRepository;
import org.redress.store.CaseRow;
import org.redress.store.NewCase;
import org.redress.store.SettingsRepository;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The case's clock on the real 2026 calendar (State Council notice 国办发明电〔2025〕7号): Spring
 * Festival 15–23 February with make-up working days on Saturday 14 and 28 February; Mid-Autumn
 * 25–27 September, National Day 1–7 October with make-up Saturday 10 October. Each test makes its
 * own case on a demo subject, received on the day the scenario needs.
 */
class DeadlineServiceTest {

    private static CaseworkFixture fixture;
    private static CaseRow template;
    private static Officer officer;
    private static Officer supervisor;
    private static Officer otherSupervisor;
    private static int serial;

    @BeforeAll
    static void workspace() {
        fixture = CaseworkFixture.create();
        officer = fixture.officer("wang.fang");
        supervisor = fixture.officer("chen.jing");
        otherSupervisor = fixture.officer("liu.yang");
        long me = Officers.storeId(officer);
        // A case of wang.fang's under a scheme deciding in 15 working days: she is not recused from its subject.
        template = fixture.database.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT id FROM appeal_case WHERE assignee_id = ? ORDER BY id")) {
                ps.setLong(1, me);
                try (ResultSet rs = ps.executeQuery()) {
                    List<CaseRow> rows = new ArrayList<>();
                    while (rs.next()) {
                        rows.add(new CaseRepository(c).byId(rs.getLong(1)).orElseThrow());
                    }
                    return rows;
                }
            }
        }).stream().filter(r -> CaseworkFixture.CATALOG.scheme(r.schemeCode()).map(Scheme::terms)
                .map(t -> t.decideWithinWorkingDays() == 15).orElse(false)).findFirst().orElseThrow();
    }

    @AfterAll
    static void close() {
        fixture.close();
    }

    private static DeadlineService on(LocalDate day) {
        return new DeadlineService(fixture.database, CaseworkFixture.CATALOG, CaseworkFixture.CALENDAR,
                CaseworkFixture.clockOn(day));
    }

    private static ReminderService remindersOn(LocalDate day) {
        return new ReminderService(fixture.database, CaseworkFixture.CATALOG, CaseworkFixture.CALENDAR,
                CaseworkFixture.clockOn(day));
    }

    /** A new IN_REVIEW case of wang.fang's, received on {@code received}, deciding in 15 working days from it. */
    private static CaseRow received(LocalDate received, LocalDate deadline, LocalDate ackBy) {
        return received(received, deadline, ackBy, CaseStatus.IN_REVIEW);
    }

    private static CaseRow received(LocalDate received, LocalDate deadline, LocalDate ackBy, CaseStatus status) {
        int n = ++serial;
        List<Long> disputed = fixture.database.read(c -> new CaseRepository(c).disputedLedgerEventIds(template.id()));
        return fixture.database.writeAndWait(c -> new CaseRepository(c, CaseworkFixture.clockOn(received)).insert(
                new NewCase("RD-2026-9" + String.format("%05d", n), template.subjectId(), template.schemeCode(),
                        status, template.priority(), received, deadline, ackBy, template.channel(),
                        template.grounds(), "", "", template.region(), template.agencyCode(), template.ruleCategory(),
                        template.ruleCode(), template.points(), template.assigneeId(), disputed), null));
    }

    private static CaseRow row(long id) {
        return fixture.database.read(c -> new CaseRepository(c).byId(id).orElseThrow());
    }

    private static CaseRow done(ActionResult result) {
        assertThat(result).isInstanceOf(ActionResult.Done.class);
        return ((ActionResult.Done) result).appeal();
    }

    private static ReasonCode refused(ActionResult result) {
        assertThat(result).isInstanceOf(ActionResult.Refused.class);
        return ((ActionResult.Refused) result).rejection().code();
    }

    private static List<ClockRecords.Request> requests(long caseId) {
        return fixture.database.read(c -> new ClockRecords(c).requests(caseId));
    }

    private static List<ClockRecords.Extension> extensions(long caseId) {
        return fixture.database.read(c -> new ClockRecords(c).extensions(caseId));
    }

    private static List<String> clockSteps(String caseNo, String table) {
        return fixture.database.read(c -> {
            String sql = table.equals("outbox")
                    ? "SELECT json_extract(payload, '$.step') FROM outbox WHERE kind = 'case.clock' AND json_extract(payload, '$.caseNo') = ? ORDER BY seq"
                    : "SELECT json_extract(payload, '$.step') FROM audit_event WHERE kind = 'case.clock' AND entity_id = ? ORDER BY seq";
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setString(1, caseNo);
                try (ResultSet rs = ps.executeQuery()) {
                    List<String> steps = new ArrayList<>();
                    while (rs.next()) {
                        steps.add(rs.getString(1));
                    }
                    return steps;
                }
            }
        });
    }

    private static ReminderService.Kind[] kinds(List<ReminderService.Reminder> reminders, long caseId) {
        return reminders.stream().filter(r -> r.caseId() == caseId).map(ReminderService.Reminder::kind)
                .toArray(ReminderService.Kind[]::new);
    }

    @Test
    void a_request_lapses_across_spring_festival_and_the_same_case_is_then_extended() {
        // Received Thursday 5 February: day 7 is the make-up Saturday 14 February, day 12 the make-up Saturday 28th.
        CaseRow kase = received(LocalDate.of(2026, 2, 5), LocalDate.of(2026, 3, 4), LocalDate.of(2026, 2, 10));

        // Tuesday 10 February, two working days used: five working days to reply are 11, 12, 13, Saturday 14, and 24 February.
        CaseRow paused = done(on(LocalDate.of(2026, 2, 10)).requestInformation(kase.id(), kase.version(), officer,
                List.of("bank statement for 2025", "court's enforcement ruling"), 5));
        assertThat(paused.status()).isEqualTo(CaseStatus.AWAITING_INFORMATION);
        assertThat(paused.deadlineOn()).isNull();
        assertThat(paused.pausedSince()).isEqualTo(LocalDate.of(2026, 2, 10));
        ClockRecords.Request request = requests(kase.id()).getFirst();
        assertThat(request.replyBy()).isEqualTo(LocalDate.of(2026, 2, 24));
        assertThat(request.items()).containsExactly("bank statement for 2025", "court's enforcement ruling");

        // Friday 20 February, inside the holiday: one working day to the reply-by, a reminder before the lapse.
        assertThat(kinds(remindersOn(LocalDate.of(2026, 2, 20)).reminders(officer), kase.id()))
                .contains(ReminderService.Kind.REPLY_DUE);
        // Choosing before the lapse is refused.
        assertThat(refused(on(LocalDate.of(2026, 2, 24)).resolveLapse(kase.id(), paused.version(), officer,
                LapseChoice.DECIDE_ON_FILE))).isEqualTo(ReasonCode.REQUEST_NOT_LAPSED);

        // Thursday 26 February the sweep lapses it: the clock ran again from 25 February, 13 working days left.
        var swept = on(LocalDate.of(2026, 2, 26)).sweep(officer);
        assertThat(swept.lapsed()).isGreaterThanOrEqualTo(1);
        CaseRow lapsed = row(kase.id());
        assertThat(lapsed.status()).isEqualTo(CaseStatus.AWAITING_INFORMATION);
        assertThat(lapsed.pausedSince()).isNull();
        assertThat(lapsed.deadlineOn()).isEqualTo(LocalDate.of(2026, 3, 12));
        assertThat(requests(kase.id()).getFirst().state()).isEqualTo("LAPSED");
        assertThat(requests(kase.id()).getFirst().closedOn()).isEqualTo(LocalDate.of(2026, 2, 25));
        assertThat(kinds(remindersOn(LocalDate.of(2026, 2, 26)).reminders(officer), kase.id()))
                .contains(ReminderService.Kind.LAPSED);

        CaseRow onFile = done(on(LocalDate.of(2026, 2, 26)).resolveLapse(kase.id(), lapsed.version(), officer,
                LapseChoice.DECIDE_ON_FILE));
        assertThat(onFile.status()).isEqualTo(CaseStatus.IN_REVIEW);
        assertThat(onFile.deadlineOn()).isEqualTo(LocalDate.of(2026, 3, 12));
        assertThat(requests(kase.id()).getFirst().lapseChoice()).isEqualTo(LapseChoice.DECIDE_ON_FILE);

        // The extension: three working days, approved by a supervisor, moves the deadline to Tuesday 17 March.
        DeadlineService march = on(LocalDate.of(2026, 3, 2));
        assertThat(refused(march.requestExtension(kase.id(), officer, null, 3, "")))
                .isEqualTo(ReasonCode.EXTENSION_REASON_REQUIRED);
        done(march.requestExtension(kase.id(), officer, ExtensionReason.COMPLEX_FACTS, 3, "three agencies"));
        assertThat(refused(march.requestExtension(kase.id(), officer, ExtensionReason.LATE_EVIDENCE, 1, "")))
                .isEqualTo(ReasonCode.EXTENSION_PENDING);
        long extensionId = extensions(kase.id()).getFirst().id();
        assertThat(kinds(remindersOn(LocalDate.of(2026, 3, 2)).reminders(supervisor), kase.id()))
                .contains(ReminderService.Kind.EXTENSION_PENDING);
        assertThat(refused(march.decideExtension(extensionId, officer, true, "")))
                .isEqualTo(ReasonCode.ONLY_SUPERVISOR_EXTENDS);
        CaseRow extended = done(march.decideExtension(extensionId, supervisor, true, "agreed"));
        assertThat(extended.deadlineOn()).isEqualTo(LocalDate.of(2026, 3, 17));
        ClockRecords.Extension decided = extensions(kase.id()).getFirst();
        assertThat(decided.state()).isEqualTo("APPROVED");
        assertThat(decided.deadlineBefore()).isEqualTo(LocalDate.of(2026, 3, 12));
        assertThat(decided.deadlineAfter()).isEqualTo(LocalDate.of(2026, 3, 17));
        // The scheme's cap is one extension per case.
        assertThat(refused(march.requestExtension(kase.id(), officer, ExtensionReason.LATE_EVIDENCE, 1, "")))
                .isEqualTo(ReasonCode.EXTENSION_CAP_COUNT);

        // Every step is in the audit chain and in the outbox for the hub.
        List<String> steps = List.of("INFORMATION_REQUESTED", "INFORMATION_LAPSED", "LAPSE_RESOLVED",
                "EXTENSION_REQUESTED", "EXTENSION_APPROVED");
        assertThat(clockSteps(kase.caseNo(), "outbox")).containsExactlyElementsOf(steps);
        assertThat(clockSteps(kase.caseNo(), "audit_event")).containsExactlyElementsOf(steps);
        assertThat(fixture.database.read(c -> new CaseRepository(c).history(kase.id())).stream()
                .map(e -> e.action())).contains("EXTENSION_REQUESTED");
    }

    @Test
    void a_reply_by_may_end_on_the_make_up_saturday_after_national_day_and_an_answer_resumes_the_clock() {
        // Received Thursday 24 September 2026: Mid-Autumn 25–27 September, National Day 1–7 October.
        CaseRow kase = received(LocalDate.of(2026, 9, 24), LocalDate.of(2026, 10, 22), LocalDate.of(2026, 9, 30));
        CaseRow paused = done(on(LocalDate.of(2026, 9, 28)).requestInformation(kase.id(), kase.version(), officer,
                List.of("payment receipt"), 5));
        // 29, 30 September, 8, 9 October and the make-up Saturday 10 October.
        assertThat(requests(kase.id()).getFirst().replyBy()).isEqualTo(LocalDate.of(2026, 10, 10));

        CaseRow answered = done(new CaseActionService(fixture.database, CaseworkFixture.CATALOG, CaseworkFixture.CALENDAR,
                CaseworkFixture.clockOn(LocalDate.of(2026, 10, 9))).take(kase.id(), paused.version(),
                CaseAction.INFORMATION_RECEIVED, officer, null));
        // No working day was used before the pause; from Friday 9 October (Saturday 10th counts) 15 days end 28 October.
        assertThat(answered.deadlineOn()).isEqualTo(LocalDate.of(2026, 10, 28));
        assertThat(requests(kase.id()).getFirst().state()).isEqualTo("ANSWERED");

        DeadlineService october = on(LocalDate.of(2026, 10, 12));
        done(october.requestExtension(kase.id(), officer, ExtensionReason.AGENCY_RECORDS_AWAITED, 2, ""));
        long extensionId = extensions(kase.id()).getFirst().id();
        assertThat(done(october.decideExtension(extensionId, supervisor, true, "")).deadlineOn())
                .isEqualTo(LocalDate.of(2026, 10, 30));
    }

    @Test
    void requests_are_bounded_and_a_scheme_may_forbid_closing_a_lapsed_case_as_withdrawn() {
        CaseRow kase = received(LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 23), LocalDate.of(2026, 11, 5));
        DeadlineService nov = on(LocalDate.of(2026, 11, 3));
        int max = nov.terms(kase.schemeCode()).informationReplyMaxWorkingDays();
        assertThat(refused(nov.requestInformation(kase.id(), kase.version(), officer, List.of("receipt"), max + 1)))
                .isEqualTo(ReasonCode.REPLY_BY_OUT_OF_RANGE);
        assertThat(refused(nov.requestInformation(kase.id(), kase.version(), officer, List.of(" "), 3)))
                .isEqualTo(ReasonCode.MISSING_ITEMS_REQUIRED);
        CaseRow paused = done(nov.requestInformation(kase.id(), kase.version(), officer, List.of("receipt"), 3));
        assertThat(requests(kase.id()).getFirst().replyBy()).isEqualTo(LocalDate.of(2026, 11, 6));
        DeadlineService later = on(LocalDate.of(2026, 11, 10));
        var allowed = later.terms(kase.schemeCode()).onLapse();
        if (!allowed.contains(LapseChoice.CLOSE_AS_WITHDRAWN)) {
            assertThat(refused(later.resolveLapse(kase.id(), paused.version(), officer, LapseChoice.CLOSE_AS_WITHDRAWN)))
                    .isEqualTo(ReasonCode.LAPSE_CHOICE_NOT_ALLOWED);
        } else {
            CaseRow closed = done(later.resolveLapse(kase.id(), paused.version(), officer, LapseChoice.CLOSE_AS_WITHDRAWN));
            assertThat(closed.status()).isEqualTo(CaseStatus.WITHDRAWN);
            assertThat(requests(kase.id()).getFirst().state()).isEqualTo("LAPSED");
        }
    }

    @Test
    void acknowledging_is_tracked_once_with_whether_it_was_on_time() {
        CaseRow kase = received(LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 23), LocalDate.of(2026, 11, 5),
                CaseStatus.ASSIGNED);
        assertThat(kinds(remindersOn(LocalDate.of(2026, 11, 3)).reminders(officer), kase.id()))
                .contains(ReminderService.Kind.ACKNOWLEDGE);
        done(on(LocalDate.of(2026, 11, 6)).acknowledge(kase.id(), officer));
        assertThat(refused(on(LocalDate.of(2026, 11, 6)).acknowledge(kase.id(), officer)))
                .isEqualTo(ReasonCode.ALREADY_ACKNOWLEDGED);
        assertThat(refused(on(LocalDate.of(2026, 11, 6)).acknowledge(kase.id(), fixture.officer("sun.li"))))
                .isEqualTo(ReasonCode.AUDITOR_READ_ONLY);
        assertThat(kinds(remindersOn(LocalDate.of(2026, 11, 6)).reminders(officer), kase.id()))
                .doesNotContain(ReminderService.Kind.ACKNOWLEDGE);
        Boolean onTime = fixture.database.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT json_extract(payload, '$.onTime') FROM outbox WHERE kind = 'case.clock'
                    AND json_extract(payload, '$.caseNo') = ?""")) {
                ps.setString(1, kase.caseNo());
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? rs.getInt(1) == 1 : null;
                }
            }
        });
        assertThat(onTime).isFalse(); // due Thursday 5 November, acknowledged Friday 6th
    }

    @Test
    void a_breach_is_recorded_once_and_the_office_rule_reassigns_it_to_the_duty_supervisor() {
        CaseRow kase = received(LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 23), LocalDate.of(2026, 11, 5));
        fixture.database.writeAndWait(c -> {
            new SettingsRepository(c).put(DeadlineService.BREACH_RULE, "REASSIGN");
            new SettingsRepository(c).put(DeadlineService.DUTY_SUPERVISOR, "liu.yang");
            return null;
        });
        try {
            DeadlineService after = on(LocalDate.of(2026, 11, 24));
            int rounds = 0;
            while (row(kase.id()).assigneeId().equals(template.assigneeId()) && rounds++ < 100) {
                after.sweep(officer);
            }
            assertThat(row(kase.id()).assigneeId()).isEqualTo(Officers.storeId(otherSupervisor));
            assertThat(kinds(remindersOn(LocalDate.of(2026, 11, 24)).reminders(supervisor), kase.id()))
                    .contains(ReminderService.Kind.BREACHED);
            after.sweep(officer);
            assertThat(clockSteps(kase.caseNo(), "outbox")).containsExactly("DEADLINE_BREACHED");
        } finally {
            fixture.database.writeAndWait(c -> {
                new SettingsRepository(c).remove(DeadlineService.BREACH_RULE);
                new SettingsRepository(c).remove(DeadlineService.DUTY_SUPERVISOR);
                return null;
            });
        }
    }
}
