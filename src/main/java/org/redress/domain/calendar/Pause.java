package org.redress.domain.calendar;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A stretch during which a case waits on the applicant for more information and its deadline
 * clock stands still.
 *
 * <p>The pause covers the day it starts and every day up to, but not including, the day the
 * material arrives: working days in {@code [from, resumedOn)} do not count. The day of
 * resumption counts as usual. A pause resumed on the day it starts covers nothing. An open
 * pause ({@code resumedOn == null}) covers every day from {@code from} on.
 *
 * @param from      the first day the clock stands still (the day information was requested)
 * @param resumedOn the day the requested material arrived; null while still awaited
 */
public record Pause(LocalDate from, @Nullable LocalDate resumedOn) {

    public Pause {
        Objects.requireNonNull(from, "from");
        if (resumedOn != null && resumedOn.isBefore(from)) {
            throw new IllegalArgumentException("pause resumed on " + resumedOn + ", before it started on " + from);
        }
    }

    public boolean isOpen() {
        return resumedOn == null;
    }

    public boolean covers(LocalDate date) {
        return !date.isBefore(from) && (resumedOn == null || date.isBefore(resumedOn));
    }

    @Override
    public String toString() {
        return "pause " + from + ".." + (resumedOn == null ? "" : resumedOn);
    }
}
