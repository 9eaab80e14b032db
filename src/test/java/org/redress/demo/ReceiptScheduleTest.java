package org.redress.demo;

import org.junit.jupiter.api.Test;
import org.redress.catalog.CalendarCatalog;
import org.redress.domain.appeal.CaseNumber;
import org.redress.domain.appeal.CaseStatus;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

class ReceiptScheduleTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

    private static List<ReceiptSchedule.Slot> all(long cases, LocalDate today) {
        var schedule = new ReceiptSchedule(cases, today, CalendarCatalog.fromClasspath());
        var random = new SplittableRandom(7);
        List<ReceiptSchedule.Slot> slots = new ArrayList<>();
        while (schedule.remaining() > 0) {
            slots.add(schedule.next(random));
        }
        return slots;
    }

    @Test
    void the_states_follow_the_mix_exactly() {
        List<ReceiptSchedule.Slot> slots = all(2_000, TODAY);
        Map<CaseStatus, Long> counts = new EnumMap<>(CaseStatus.class);
        slots.forEach(s -> counts.merge(s.status(), 1L, Long::sum));

        assertThat(slots).hasSize(2_000);
        ReceiptSchedule.MIX.forEach((status, percent) -> assertThat(counts.getOrDefault(status, 0L))
                .as(status.name()).isEqualTo(percent * 20L));
    }

    @Test
    void receipts_fall_in_the_last_ninety_days_and_fresh_states_are_recent() {
        for (ReceiptSchedule.Slot slot : all(3_000, TODAY)) {
            assertThat(slot.receivedOn()).isBetween(TODAY.minusDays(ReceiptSchedule.DAYS), TODAY);
            if (slot.status() == CaseStatus.RECEIVED) {
                assertThat(slot.receivedOn()).isAfterOrEqualTo(TODAY.minusDays(6));
            }
            if (slot.status() == CaseStatus.CLOSED) {
                assertThat(slot.receivedOn()).isBeforeOrEqualTo(TODAY.minusDays(30));
            }
        }
    }

    @Test
    void numbers_are_unique_and_given_out_in_order_of_receipt_per_year() {
        // Early January: the ninety days span two years, and each year's numbers start at 1.
        LocalDate january = LocalDate.of(2026, 1, 20);
        List<ReceiptSchedule.Slot> slots = new ArrayList<>(all(1_500, january));
        slots.sort(Comparator.comparing(ReceiptSchedule.Slot::number));

        assertThat(slots.stream().map(ReceiptSchedule.Slot::number).distinct()).hasSize(1_500);
        for (int i = 1; i < slots.size(); i++) {
            CaseNumber previous = slots.get(i - 1).number();
            CaseNumber current = slots.get(i).number();
            assertThat(current.year()).isEqualTo(slots.get(i).receivedOn().getYear());
            if (previous.year() == current.year()) {
                assertThat(current.sequence()).isEqualTo(previous.sequence() + 1);
                assertThat(slots.get(i).receivedOn()).isAfterOrEqualTo(slots.get(i - 1).receivedOn());
            } else {
                assertThat(current.sequence()).isEqualTo(1);
            }
        }
        assertThat(slots.getFirst().number().toString()).isEqualTo("RD-2025-000001");
    }

    @Test
    void a_year_past_999999_cases_continues_in_the_overflow_series() {
        assertThat(ReceiptSchedule.number(2026, 999_999)).hasToString("RD-2026-999999");
        assertThat(ReceiptSchedule.number(2026, 1_000_000)).hasToString("RDA-2026-000001");
    }

    @Test
    void apportioning_keeps_the_total_and_the_proportions() {
        long[] shares = ReceiptSchedule.apportion(10, 3, i -> new double[] {1, 1, 1}[i]);

        assertThat(shares).containsExactly(4, 3, 3);
        assertThat(ReceiptSchedule.apportion(0, 3, i -> 1)).containsExactly(0, 0, 0);
    }
}
