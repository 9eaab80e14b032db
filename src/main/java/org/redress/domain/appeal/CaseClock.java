package org.redress.domain.appeal;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;

/**
 * The case's deadlines as the working-day calendar computed them. The calendar itself lives
 * elsewhere; here are only its answers, so this model does not depend on it.
 *
 * @param acknowledgeBy     last working day to acknowledge receipt; null until computed
 * @param deadlineOn        last working day to decide; null while the clock is paused (and until
 *                          computed)
 * @param pausedOn          the day the case began waiting for the applicant; null when running
 * @param workingDaysLeft   while paused: the working days that were left when the clock stopped,
 *                          from which the calendar computes the new deadline on resumption; else 0
 */
public record CaseClock(@Nullable LocalDate acknowledgeBy, @Nullable LocalDate deadlineOn,
                        @Nullable LocalDate pausedOn, int workingDaysLeft) {

    public CaseClock {
        if (pausedOn != null && deadlineOn != null) {
            throw new IllegalArgumentException("a paused clock has no running deadline");
        }
        if (workingDaysLeft < 0) {
            throw new IllegalArgumentException("workingDaysLeft must not be negative");
        }
        if (pausedOn == null && workingDaysLeft != 0) {
            throw new IllegalArgumentException("workingDaysLeft is kept only while paused");
        }
    }

    public static CaseClock notComputed() {
        return new CaseClock(null, null, null, 0);
    }

    public static CaseClock running(LocalDate acknowledgeBy, LocalDate deadlineOn) {
        return new CaseClock(acknowledgeBy, deadlineOn, null, 0);
    }

    public boolean isPaused() {
        return pausedOn != null;
    }

    /** Stops the clock on {@code on}, keeping the working days that were left. */
    public CaseClock pause(LocalDate on, int daysLeft) {
        if (isPaused()) {
            throw new IllegalStateException("the clock is already paused");
        }
        return new CaseClock(acknowledgeBy, null, on, daysLeft);
    }

    /** Restarts the clock with the deadline the calendar computed from {@link #workingDaysLeft()}. */
    public CaseClock resume(LocalDate newDeadline) {
        if (!isPaused()) {
            throw new IllegalStateException("the clock is not paused");
        }
        return new CaseClock(acknowledgeBy, newDeadline, null, 0);
    }
}
