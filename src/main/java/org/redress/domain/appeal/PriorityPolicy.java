package org.redress.domain.appeal;

import org.jspecify.annotations.Nullable;

import org.redress.domain.identity.PersonFacts;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Set;

/**
 * Which cases come first (DOMAIN.md, "Priority"): urgent when a disputed deduction denies an
 * essential service (medical care, education, travel for medical reasons) or the applicant is a
 * minor; then by deadline.
 *
 * <p>Whether a sanction denies an essential service is the scheme catalogue's knowledge; callers
 * pass the answer in, so this policy does not depend on the scheme model.
 */
public final class PriorityPolicy {

    /** Age of majority under PRC civil law. */
    public static final int AGE_OF_MAJORITY = 18;

    /**
     * Queue order: urgent first, then the earliest decision deadline (a paused or not yet computed
     * deadline after every running one, since the clock is not running against us), then the
     * earliest received, then case number.
     */
    public static final Comparator<AppealCase> QUEUE_ORDER = Comparator
            .comparing(AppealCase::priority) // URGENT is declared before NORMAL
            .thenComparing(AppealCase::deadlineOn, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(AppealCase::receivedOn)
            .thenComparing(AppealCase::number);

    private PriorityPolicy() {
    }

    public static Priority priorityOf(boolean deniesEssentialService, boolean applicantMinorAtReceipt) {
        return deniesEssentialService || applicantMinorAtReceipt ? Priority.URGENT : Priority.NORMAL;
    }

    /**
     * @param essentialServicesDenied the essential services denied by any active sanction of the
     *                                disputed entries (codes from the catalogue); empty when none
     * @param applicantBirthDate      the applicant's birth date; null for an organisation or unknown
     * @param receivedOn              the day the appeal was received
     */
    public static Priority priorityOf(Set<String> essentialServicesDenied, @Nullable LocalDate applicantBirthDate,
                                      LocalDate receivedOn) {
        boolean minor = applicantBirthDate != null && isMinorOn(applicantBirthDate, receivedOn);
        return priorityOf(!essentialServicesDenied.isEmpty(), minor);
    }

    /**
     * Whether the applicant is under 18 on {@code day}, counted as {@link PersonFacts#ageOn} counts
     * (a year of age is complete the day after the birthday, as Chinese courts count it), so the
     * queue and the identity check never disagree about who is a minor.
     */
    public static boolean isMinorOn(LocalDate birthDate, LocalDate day) {
        return PersonFacts.isMinorOn(birthDate, day);
    }
}
