package org.redress.casework;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.redress.domain.access.Officer;
import org.redress.domain.appeal.CaseAction;
import org.redress.domain.appeal.CaseStatus;
import org.redress.domain.appeal.ReasonCode;
import org.redress.domain.calendar.Deadline;
import org.redress.domain.calendar.DeadlineClock;
import org.redress.domain.calendar.Pause;
import org.redress.domain.calendar.WorkingDayCalendar;
import org.redress.store.CaseEventRow;
import org.redress.store.CaseRepository;
import org.redress.store.CaseRow;
import org.redress.store.StaleCaseException;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CaseActionServiceTest {

    /** One workspace for the class: each test acts on cases of its own (see {@link #reviewedNeverPaused(int)}). */
    private static CaseworkFixture fixture;
    private static List<Long> reviewedNeverPaused;

    @BeforeAll
    static void workspace() {
        fixture = CaseworkFixture.create();
        reviewedNeverPaused = fixture.cases(CaseStatus.IN_REVIEW).stream().map(l -> row(l.caseId()))
                .filter(r -> r.deadlineOn() != null && r.deadlineOn().isAfter(CaseworkFixture.TODAY.plusDays(7)))
                .filter(r -> history(r.id()).stream().noneMatch(e -> e.toStatus() == CaseStatus.AWAITING_INFORMATION))
                .map(CaseRow::id).toList();
    }

    @AfterAll
    static void close() {
        fixture.close();
    }

    private static CaseRow row(long caseId) {
        return fixture.database.read(c -> new CaseRepository(c).byId(caseId).orElseThrow());
    }

    private static List<CaseEventRow> history(long caseId) {
        return fixture.database.read(c -> new CaseRepository(c).history(caseId));
    }

    private static CaseRow done(ActionResult result) {
        assertThat(result).isInstanceOf(ActionResult.Done.class);
        return ((ActionResult.Done) result).appeal();
    }

    private static ReasonCode refused(ActionResult result) {
        assertThat(result).isInstanceOf(ActionResult.Refused.class);
        return ((ActionResult.Refused) result).rejection().code();
    }

    /**
     * The {@code n}-th IN_REVIEW case with a running deadline that never waited on the applicant;
     * each test takes its own {@code n}, so tests sharing the workspace never touch the same case.
     */
    private CaseRow reviewedNeverPaused(int n) {
        return row(reviewedNeverPaused.get(n));
    }

    private Officer assigneeOf(CaseRow row) {
        return fixture.demo.accounts().stream().filter(o -> o.id() == row.assigneeId()).findFirst().orElseThrow()
                .asOfficer();
    }

    @Test
    void assign_to_me_takes_a_received_case_and_records_who_did_it() {
        CaseRow received = row(fixture.cases(CaseStatus.RECEIVED).getFirst().caseId());
        Officer me = fixture.officer("wang.fang");

        CaseRow after = done(fixture.actions(CaseworkFixture.TODAY).take(received.id(), received.version(),
                CaseAction.ASSIGN, me, null));

        assertThat(after.status()).isEqualTo(CaseStatus.ASSIGNED);
        assertThat(after.assigneeId()).isEqualTo(Long.parseLong(me.id()));
        assertThat(history(received.id())).last().satisfies(e -> {
            assertThat(e.toStatus()).isEqualTo(CaseStatus.ASSIGNED);
            assertThat(e.actorId()).isEqualTo(Long.parseLong(me.id()));
        });
    }

    @Test
    void requesting_information_pauses_the_clock_and_receiving_it_restarts_it_later_by_the_pause() {
        CaseRow before = reviewedNeverPaused(0);
        Officer assignee = assigneeOf(before);
        LocalDate asked = CaseworkFixture.TODAY;
        LocalDate arrived = asked.plusDays(9);

        CaseRow paused = done(fixture.actions(asked).take(before.id(), before.version(), CaseAction.REQUEST_INFORMATION,
                assignee, "Please send the bank's settlement letter"));

        assertThat(paused.status()).isEqualTo(CaseStatus.AWAITING_INFORMATION);
        assertThat(paused.deadlineOn()).isNull();
        assertThat(paused.pausedSince()).isEqualTo(asked);

        CaseRow resumed = done(fixture.actions(arrived).take(before.id(), paused.version(),
                CaseAction.INFORMATION_RECEIVED, assignee, null));

        WorkingDayCalendar calendar = CaseworkFixture.CALENDAR;
        int decideWithin = CaseworkFixture.CATALOG.requireScheme(before.schemeCode()).terms().decideWithinWorkingDays();
        Deadline expected = new DeadlineClock(calendar).deadline(before.receivedOn(), decideWithin,
                List.of(new Pause(asked, arrived)));
        assertThat(resumed.status()).isEqualTo(CaseStatus.IN_REVIEW);
        assertThat(resumed.pausedSince()).isNull();
        assertThat(resumed.deadlineOn()).isEqualTo(((Deadline.Due) expected).date()).isAfter(before.deadlineOn());
        int pausedWorkingDays = calendar.workingDaysBetween(asked.minusDays(1), arrived.minusDays(1)).value();
        assertThat(calendar.workingDaysBetween(before.deadlineOn(), resumed.deadlineOn()).value())
                .isEqualTo(pausedWorkingDays);
    }

    @Test
    void an_officer_who_is_not_the_assignee_is_refused_with_the_reason() {
        CaseRow before = reviewedNeverPaused(1);
        String other = assigneeOf(before).username().equals("li.qiang") ? "zhang.min" : "li.qiang";

        ActionResult result = fixture.actions(CaseworkFixture.TODAY).take(before.id(), before.version(),
                CaseAction.REQUEST_INFORMATION, fixture.officer(other), "send papers");

        assertThat(refused(result)).isEqualTo(ReasonCode.NOT_THE_ASSIGNEE);
        assertThat(row(before.id())).isEqualTo(before);
    }

    @Test
    void refusing_admission_or_recording_a_withdrawal_needs_a_written_reason() {
        CaseRow before = reviewedNeverPaused(2);
        Officer assignee = assigneeOf(before);
        CaseActionService actions = fixture.actions(CaseworkFixture.TODAY);

        assertThat(refused(actions.take(before.id(), before.version(), CaseAction.MARK_NOT_ADMISSIBLE, assignee, "  ")))
                .isEqualTo(ReasonCode.REASONS_REQUIRED);
        CaseRow after = done(actions.take(before.id(), before.version(), CaseAction.WITHDRAW, assignee,
                "Applicant withdrew in writing"));

        assertThat(after.status()).isEqualTo(CaseStatus.WITHDRAWN);
        assertThat(history(before.id()).getLast().detail()).isEqualTo("Applicant withdrew in writing");
    }

    @Test
    void an_auditor_changes_nothing() {
        CaseRow received = row(fixture.cases(CaseStatus.RECEIVED).getLast().caseId());

        ActionResult result = fixture.actions(CaseworkFixture.TODAY).take(received.id(), received.version(),
                CaseAction.ASSIGN, fixture.officer("sun.li"), null);

        assertThat(refused(result)).isEqualTo(ReasonCode.AUDITOR_READ_ONLY);
    }

    @Test
    void an_officer_who_must_stand_aside_cannot_take_the_case() {
        QueueLine line = fixture.queue().rows(fixture.reader(), org.redress.store.QueueFilter.ALL
                        .withStatuses(java.util.Set.of(CaseStatus.RECEIVED)).withAgency("RC-TRAFFIC"),
                org.redress.store.QueueOrder.BY_DEADLINE, 0, 1).getFirst();
        CaseRow received = row(line.caseId());

        ActionResult result = fixture.actions(CaseworkFixture.TODAY).take(received.id(), received.version(),
                CaseAction.ASSIGN, fixture.officer("zhao.lei"), null);

        assertThat(refused(result)).isEqualTo(ReasonCode.RECUSED);
        assertThat(row(received.id()).assigneeId()).isNull();
    }

    @Test
    void acting_on_a_case_someone_changed_meanwhile_fails_as_stale_and_changes_nothing() {
        CaseRow before = reviewedNeverPaused(3);
        Officer assignee = assigneeOf(before);

        assertThatThrownBy(() -> fixture.actions(CaseworkFixture.TODAY).take(before.id(), before.version() - 1,
                CaseAction.REQUEST_INFORMATION, assignee, "papers")).isInstanceOf(StaleCaseException.class);
        assertThat(row(before.id()).version()).isEqualTo(before.version());
    }

    @Test
    void the_reveal_of_an_identifier_is_recorded_in_the_history_with_who_and_returns_it_in_full() {
        CaseRow row = reviewedNeverPaused(4);
        Officer viewer = fixture.officer("wang.fang");
        String full = fixture.database.read(c -> new org.redress.store.SubjectRepository(c).byId(row.subjectId())
                .orElseThrow().identifier());

        String shown = new IdentifierReveal(fixture.database, CaseworkFixture.clockOn(CaseworkFixture.TODAY))
                .reveal(row.id(), viewer, "confirming the applicant's identity by telephone");

        assertThat(shown).isEqualTo(full);
        assertThat(history(row.id()).getLast()).satisfies(e -> {
            assertThat(e.action()).isEqualTo(IdentifierReveal.ACTION);
            assertThat(e.actorId()).isEqualTo(Long.parseLong(viewer.id()));
            assertThat(e.detail()).doesNotContain(full);
        });
        assertThat(row(row.id()).version()).as("a view changes nothing of the case").isEqualTo(row.version());
    }
}
