package org.redress.domain.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A case's deadline as the {@link DeadlineClock} reckons it: either a date, or suspended because
 * the case is waiting on the applicant and nobody can know the date yet. Both carry the coverage
 * warnings of the days counted so far.
 */
public sealed interface Deadline {

    List<CoverageWarning> warnings();

    /** The last day to act; {@code date} is a working day unless a warning says the year was assumed. */
    record Due(LocalDate date, List<CoverageWarning> warnings) implements Deadline {
        public Due {
            Objects.requireNonNull(date, "date");
            warnings = List.copyOf(warnings);
        }
    }

    /**
     * The clock stands still since {@code since}; when the material arrives the remaining
     * working days run from the day of resumption (which counts).
     */
    record Suspended(LocalDate since, int workingDaysUsed, int workingDaysRemaining,
                     List<CoverageWarning> warnings) implements Deadline {
        public Suspended {
            Objects.requireNonNull(since, "since");
            warnings = List.copyOf(warnings);
        }
    }
}
