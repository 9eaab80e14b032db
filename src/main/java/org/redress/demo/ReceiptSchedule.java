package org.redress.demo;

import org.redress.domain.appeal.CaseNumber;
import org.redress.domain.appeal.CaseStatus;
import org.redress.domain.calendar.WorkingDayCalendar;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * Hands out the demo's cases: how many end in each state (the mix below, exactly), on which day
 * each was received (over the last {@value #DAYS} days, weekdays far busier than weekends, fresh
 * states recent and finished ones older), and the case number, given out in order of receipt per
 * year as a real office would. The plan is a few small tables, so a million cases cost nothing to
 * plan; cases are then drawn one at a time without replacement.
 */
final class ReceiptSchedule {

    static final int DAYS = 90;
    /** Share of all cases (percent) ending in each state. */
    static final Map<CaseStatus, Integer> MIX = mix();

    record Slot(CaseStatus status, LocalDate receivedOn, CaseNumber number) {
    }

    private record Window(int youngest, int oldest, boolean recentFirst) {
    }

    private final LocalDate today;
    private final CaseStatus[] statuses = CaseStatus.values();
    /** Cases still to hand out, by status and by age in days (0 = today). */
    private final long[][] remaining;
    private final long[] remainingByStatus;
    private final int[] nextSequence = new int[DAYS + 1];
    private long remainingTotal;

    ReceiptSchedule(long totalCases, LocalDate today, WorkingDayCalendar calendar) {
        if (totalCases < 0) {
            throw new IllegalArgumentException("the number of cases cannot be negative");
        }
        this.today = today;
        remaining = new long[statuses.length][DAYS + 1];
        remainingByStatus = new long[statuses.length];
        long[] perStatus = apportion(totalCases, statuses.length, s -> MIX.get(statuses[s]));
        for (int s = 0; s < statuses.length; s++) {
            Window window = window(statuses[s]);
            double[] weights = new double[DAYS + 1];
            for (int age = window.youngest(); age <= window.oldest(); age++) {
                double working = calendar.isWorkingDay(today.minusDays(age)) ? 1.0 : 0.12;
                double position = (age - window.youngest()) / (double) Math.max(1, window.oldest() - window.youngest());
                weights[age] = working * (window.recentFirst() ? 1.6 - position * 1.3 : 1.0);
            }
            long[] byAge = apportion(perStatus[s], DAYS + 1, age -> weights[age]);
            remaining[s] = byAge;
            remainingByStatus[s] = perStatus[s];
        }
        remainingTotal = totalCases;
        // Numbers run in order of receipt, per year: the oldest day's cases first.
        int sequence = 0;
        int year = today.minusDays(DAYS).getYear();
        for (int age = DAYS; age >= 0; age--) {
            LocalDate day = today.minusDays(age);
            if (day.getYear() != year) {
                year = day.getYear();
                sequence = 0;
            }
            nextSequence[age] = sequence + 1;
            long onDay = 0;
            for (long[] byAge : remaining) {
                onDay += byAge[age];
            }
            sequence = Math.toIntExact(sequence + onDay);
        }
    }

    long remaining() {
        return remainingTotal;
    }

    /** The next case: a state drawn from those still owed, a day of receipt for it, and its number. */
    Slot next(RandomGenerator random) {
        if (remainingTotal == 0) {
            throw new IllegalStateException("every case of the schedule has been handed out");
        }
        int s = draw(remainingByStatus, remainingTotal, random);
        int age = draw(remaining[s], remainingByStatus[s], random);
        remaining[s][age]--;
        remainingByStatus[s]--;
        remainingTotal--;
        LocalDate receivedOn = today.minusDays(age);
        return new Slot(statuses[s], receivedOn, number(receivedOn.getYear(), nextSequence[age]++));
    }

    /** The first 999,999 numbers of a year use the office's series, any further ones the overflow series. */
    static CaseNumber number(int year, int sequence) {
        return sequence <= CaseNumber.MAX_SEQUENCE
                ? new CaseNumber(ReviewOffice.CASE_NUMBER_PREFIX, year, sequence)
                : new CaseNumber(ReviewOffice.OVERFLOW_CASE_NUMBER_PREFIX, year, sequence - CaseNumber.MAX_SEQUENCE);
    }

    private static int draw(long[] counts, long total, RandomGenerator random) {
        long pick = random.nextLong(total);
        for (int i = 0; i < counts.length; i++) {
            pick -= counts[i];
            if (pick < 0) {
                return i;
            }
        }
        throw new IllegalStateException("counts do not add up to " + total);
    }

    /**
     * How old (in days) a case in each state can be: new ones are days old, decided ones weeks,
     * closed ones up to the whole period. Open states favour recent days, so a realistic minority
     * is overdue.
     */
    private static Window window(CaseStatus status) {
        return switch (status) {
            case RECEIVED -> new Window(0, 6, true);
            case ASSIGNED -> new Window(1, 12, true);
            case IN_REVIEW -> new Window(3, 30, true);
            case AWAITING_INFORMATION -> new Window(6, 50, true);
            case DECISION_DRAFTED -> new Window(8, 28, true);
            case AWAITING_APPROVAL -> new Window(10, 30, true);
            case DECIDED -> new Window(12, 45, false);
            case LETTER_ISSUED -> new Window(18, 70, false);
            case CLOSED -> new Window(30, DAYS, false);
            case WITHDRAWN -> new Window(2, DAYS, false);
            case NOT_ADMISSIBLE -> new Window(2, 60, false);
        };
    }

    private static Map<CaseStatus, Integer> mix() {
        Map<CaseStatus, Integer> mix = new EnumMap<>(CaseStatus.class);
        mix.put(CaseStatus.RECEIVED, 15);
        mix.put(CaseStatus.ASSIGNED, 15);
        mix.put(CaseStatus.IN_REVIEW, 25);
        mix.put(CaseStatus.AWAITING_INFORMATION, 6);
        mix.put(CaseStatus.DECISION_DRAFTED, 5);
        mix.put(CaseStatus.AWAITING_APPROVAL, 4);
        mix.put(CaseStatus.DECIDED, 14);
        mix.put(CaseStatus.LETTER_ISSUED, 8);
        mix.put(CaseStatus.CLOSED, 5);
        mix.put(CaseStatus.WITHDRAWN, 2);
        mix.put(CaseStatus.NOT_ADMISSIBLE, 1);
        return Map.copyOf(mix);
    }

    /** Splits {@code total} in proportion to the weights, whole numbers adding up exactly (largest remainder). */
    static long[] apportion(long total, int size, java.util.function.IntToDoubleFunction weight) {
        double sum = 0;
        for (int i = 0; i < size; i++) {
            sum += weight.applyAsDouble(i);
        }
        long[] shares = new long[size];
        if (total == 0 || sum <= 0) {
            return shares;
        }
        double[] remainders = new double[size];
        long given = 0;
        for (int i = 0; i < size; i++) {
            double exact = total * weight.applyAsDouble(i) / sum;
            shares[i] = (long) Math.floor(exact);
            remainders[i] = exact - shares[i];
            given += shares[i];
        }
        for (long left = total - given; left > 0; left--) {
            int best = 0;
            for (int i = 1; i < size; i++) {
                if (remainders[i] > remainders[best]) {
                    best = i;
                }
            }
            shares[best]++;
            remainders[best] = -1;
        }
        return shares;
    }
}
