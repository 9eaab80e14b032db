package org.redress.domain.calendar;

/**
 * How many working days after receipt a case must be acknowledged and decided; configurable per
 * scheme, {@link #DEFAULT} otherwise.
 */
public record DeadlinePolicy(int acknowledgeWithin, int decideWithin) {

    /** Acknowledge within 3 working days, decide within 15 (DOMAIN.md, "Deadlines"). */
    public static final DeadlinePolicy DEFAULT = new DeadlinePolicy(3, 15);

    public DeadlinePolicy {
        WorkingDayCalendar.checkCount(acknowledgeWithin);
        WorkingDayCalendar.checkCount(decideWithin);
    }
}
