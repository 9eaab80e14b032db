package org.redress.domain.appeal;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class PriorityPolicyTest {

    private static final LocalDate RECEIVED = LocalDate.of(2026, 3, 2);

    @Test
    void a_denied_essential_service_makes_a_case_urgent() {
        assertThat(PriorityPolicy.priorityOf(Set.of("MEDICAL_TRAVEL"), null, RECEIVED)).isEqualTo(Priority.URGENT);
        assertThat(PriorityPolicy.priorityOf(true, false)).isEqualTo(Priority.URGENT);
    }

    @Test
    void the_queue_counts_a_minor_as_the_identity_check_does_through_the_eighteenth_birthday() {
        LocalDate born = LocalDate.of(2008, 5, 20);
        assertThat(PriorityPolicy.isMinorOn(born, born.plusYears(18))).isTrue();
        assertThat(PriorityPolicy.isMinorOn(born, born.plusYears(18).plusDays(1))).isFalse();
    }

    @Test
    void a_minor_applicant_makes_a_case_urgent() {
        LocalDate seventeen = RECEIVED.minusYears(18).plusDays(1);

        assertThat(PriorityPolicy.priorityOf(Set.of(), seventeen, RECEIVED)).isEqualTo(Priority.URGENT);
        assertThat(PriorityPolicy.priorityOf(false, true)).isEqualTo(Priority.URGENT);
    }

    @Test
    void an_applicant_whose_eighteenth_birthday_is_the_day_of_receipt_is_still_a_minor_and_adult_the_day_after() {
        assertThat(PriorityPolicy.priorityOf(Set.of(), RECEIVED.minusYears(18), RECEIVED)).isEqualTo(Priority.URGENT);
        assertThat(PriorityPolicy.priorityOf(Set.of(), RECEIVED.minusYears(18).minusDays(1), RECEIVED))
                .isEqualTo(Priority.NORMAL);
    }

    @Test
    void an_adult_or_an_organisation_with_no_essential_service_denied_is_normal() {
        assertThat(PriorityPolicy.priorityOf(Set.of(), LocalDate.of(1980, 1, 1), RECEIVED)).isEqualTo(Priority.NORMAL);
        assertThat(PriorityPolicy.priorityOf(Set.of(), null, RECEIVED)).isEqualTo(Priority.NORMAL);
    }

    @Test
    void the_queue_puts_urgent_first_then_deadline_then_receipt_then_number() {
        AppealCase urgentLate = aCase(9, Priority.URGENT, LocalDate.of(2026, 4, 30), RECEIVED);
        AppealCase urgentPaused = aCase(8, Priority.URGENT, null, RECEIVED);
        AppealCase soonest = aCase(7, Priority.NORMAL, LocalDate.of(2026, 3, 20), RECEIVED.plusDays(5));
        AppealCase sameDeadlineEarlierReceipt = aCase(6, Priority.NORMAL, LocalDate.of(2026, 3, 25), RECEIVED);
        AppealCase sameDeadlineLaterReceiptLowNumber = aCase(1, Priority.NORMAL, LocalDate.of(2026, 3, 25), RECEIVED.plusDays(1));
        AppealCase sameDeadlineLaterReceiptHighNumber = aCase(2, Priority.NORMAL, LocalDate.of(2026, 3, 25), RECEIVED.plusDays(1));
        AppealCase paused = aCase(3, Priority.NORMAL, null, RECEIVED.minusDays(10));
        List<AppealCase> expected = List.of(urgentLate, urgentPaused, soonest, sameDeadlineEarlierReceipt,
                sameDeadlineLaterReceiptLowNumber, sameDeadlineLaterReceiptHighNumber, paused);

        List<AppealCase> queue = new ArrayList<>(expected);
        Collections.shuffle(queue, new Random(42));
        queue.sort(PriorityPolicy.QUEUE_ORDER);

        assertThat(queue).containsExactlyElementsOf(expected);
    }

    private static AppealCase aCase(int sequence, Priority priority, LocalDate deadline, LocalDate received) {
        AppealCase c = AppealCase.received("case-" + sequence, new CaseNumber("RD", 2026, sequence), "s", "S",
                List.of(1L), EnumSet.of(Ground.OTHER), "", "", received, Channel.HUB, priority);
        return deadline == null ? c : c.withClock(CaseClock.running(received.plusDays(3), deadline));
    }
}
