package org.redress.domain.calendar;

/** What a date is on the working-day calendar. */
public enum DayKind {
    /** Monday to Friday, not a holiday. */
    WORKING_DAY,
    /** A Saturday or Sunday worked in exchange for a holiday (调休). */
    MAKE_UP_WORKING_DAY,
    /** A Saturday or Sunday that is not worked. */
    WEEKEND,
    /** A day inside a published holiday period, whatever the weekday. */
    PUBLIC_HOLIDAY;

    public boolean isWorkingDay() {
        return this == WORKING_DAY || this == MAKE_UP_WORKING_DAY;
    }
}
