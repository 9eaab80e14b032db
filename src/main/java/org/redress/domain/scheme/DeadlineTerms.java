package org.redress.domain.scheme;

import java.util.EnumSet;
import java.util.Set;

/**
 * A scheme's rules for the moments of a case's clock: how long an applicant has to answer a
 * request for information (the officer picks up to the maximum), what may follow when the answer
 * never comes, how far a decision deadline may be extended (by a supervisor, never the requester),
 * and how many working days ahead the officer is reminded of a deadline.
 *
 * @param informationReplyWorkingDays    the reply-by an officer is offered, in working days
 * @param informationReplyMaxWorkingDays the longest reply-by allowed
 * @param onLapse                        the choices open once a request lapsed
 * @param extensionMaxCount              extensions approved per case at most (0: none)
 * @param extensionMaxWorkingDays        working days all approved extensions of a case add up to at most
 * @param reminderWorkingDays            a reminder this many working days before a deadline
 */
public record DeadlineTerms(int informationReplyWorkingDays, int informationReplyMaxWorkingDays, Set<LapseChoice> onLapse,
                            int extensionMaxCount, int extensionMaxWorkingDays, int reminderWorkingDays) {

    /** Ten working days to reply (at most twenty), either choice on lapse, one extension of up to 10 working days, reminders 3 working days ahead. */
    public static final DeadlineTerms DEFAULT = new DeadlineTerms(10, 20,
            EnumSet.allOf(LapseChoice.class), 1, 10, 3);

    public DeadlineTerms {
        if (informationReplyWorkingDays < 1 || informationReplyMaxWorkingDays < informationReplyWorkingDays) {
            throw new IllegalArgumentException("the reply-by is at least one working day and within its maximum");
        }
        if (onLapse.isEmpty()) {
            throw new IllegalArgumentException("a lapsed request needs at least one choice");
        }
        onLapse = Set.copyOf(onLapse);
        if (extensionMaxCount < 0 || extensionMaxWorkingDays < 0 || reminderWorkingDays < 0) {
            throw new IllegalArgumentException("extension caps and reminders cannot be negative");
        }
    }
}
