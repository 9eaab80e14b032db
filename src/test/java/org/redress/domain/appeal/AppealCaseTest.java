package org.redress.domain.appeal;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.redress.domain.appeal.Examples.received;

class AppealCaseTest {

    @Test
    void a_new_case_is_received_unassigned_with_deadlines_to_compute() {
        AppealCase c = received(11);

        assertThat(c.status()).isEqualTo(CaseStatus.RECEIVED);
        assertThat(c.statusSince()).isEqualTo(c.receivedOn());
        assertThat(c.assigneeId()).isNull();
        assertThat(c.deadlineOn()).isNull();
        assertThat(c.version()).isZero();
    }

    @Test
    void a_case_disputes_at_least_one_entry_and_each_only_once() {
        assertThatIllegalArgumentException().isThrownBy(() -> received());
        assertThatIllegalArgumentException().isThrownBy(() -> received(11, 11));
    }

    @Test
    void a_case_needs_a_ground() {
        assertThatIllegalArgumentException().isThrownBy(() -> AppealCase.received("c", CaseNumber.parse("RD-2026-000001"),
                "s", "S", List.of(1L), Set.of(), "", "", LocalDate.of(2026, 3, 2), Channel.HUB, Priority.NORMAL));
    }

    @Test
    void grounds_keep_their_declared_order_whatever_order_they_came_in() {
        AppealCase c = AppealCase.received("c", CaseNumber.parse("RD-2026-000001"), "s", "S", List.of(1L),
                Set.of(Ground.OTHER, Ground.NOT_ME, Ground.DUPLICATE), "", "", LocalDate.of(2026, 3, 2), Channel.HUB,
                Priority.NORMAL);

        assertThat(c.grounds()).containsExactly(Ground.NOT_ME, Ground.DUPLICATE, Ground.OTHER);
    }

    @Test
    void a_case_past_receipt_must_name_its_assignee_unless_it_ended_early() {
        AppealCase c = received(11);

        assertThatIllegalArgumentException().isThrownBy(() -> c.withStatus(CaseStatus.IN_REVIEW, c.receivedOn()));
        assertThat(c.withStatus(CaseStatus.WITHDRAWN, c.receivedOn()).status()).isEqualTo(CaseStatus.WITHDRAWN);
    }

    @Test
    void its_text_form_leaves_out_the_subject_and_the_statement() {
        AppealCase c = received(11);

        assertThat(c.toString()).contains("RD-2026-000001").doesNotContain(c.subjectId(), c.applicantStatement());
    }

    @Test
    void the_clock_pauses_without_a_deadline_and_resumes_with_a_new_one() {
        LocalDate ack = LocalDate.of(2026, 3, 5);
        CaseClock running = CaseClock.running(ack, LocalDate.of(2026, 3, 23));

        CaseClock paused = running.pause(LocalDate.of(2026, 3, 10), 9);
        CaseClock resumed = paused.resume(LocalDate.of(2026, 4, 2));

        assertThat(paused.deadlineOn()).isNull();
        assertThat(paused.workingDaysLeft()).isEqualTo(9);
        assertThat(resumed).isEqualTo(CaseClock.running(ack, LocalDate.of(2026, 4, 2)));
        assertThatIllegalStateException().isThrownBy(() -> paused.pause(LocalDate.of(2026, 3, 11), 8));
        assertThatIllegalStateException().isThrownBy(() -> running.resume(LocalDate.of(2026, 4, 2)));
        assertThatIllegalArgumentException().isThrownBy(() -> new CaseClock(ack, ack, ack, 1));
    }

    @Test
    void grounds_given_as_an_enum_set_are_copied_not_shared() {
        EnumSet<Ground> grounds = EnumSet.of(Ground.FACTS_WRONG);
        AppealCase c = AppealCase.received("c", CaseNumber.parse("RD-2026-000001"), "s", "S", List.of(1L), grounds,
                "", "", LocalDate.of(2026, 3, 2), Channel.HUB, Priority.NORMAL);

        grounds.add(Ground.OTHER);

        assertThat(c.grounds()).containsExactly(Ground.FACTS_WRONG);
    }
}
