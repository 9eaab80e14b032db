package org.redress.casework;

import org.jspecify.annotations.Nullable;
import org.redress.domain.calendar.Deadline;
import org.redress.domain.calendar.DeadlineClock;
import org.redress.domain.calendar.Pause;
import org.redress.domain.calendar.WorkingDayCalendar;
import org.redress.domain.scheme.Catalog;
import org.redress.domain.scheme.DeadlineTerms;
import org.redress.domain.scheme.ReviewTerms;
import org.redress.domain.scheme.Scheme;
import org.redress.store.CaseEventRow;
import org.redress.store.CaseRow;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * A case's decision deadline reckoned again from what is stored: the scheme's working days plus
 * every approved extension, counted from the day of receipt with the clock standing still during
 * each request for information — from the day it was made to the day the reply came, or the day
 * after its reply-by when it lapsed ({@link org.redress.domain.appeal.DeadlineRules#resumesOn}).
 * Cases paused before requests were recorded (no request row) keep the pauses their history shows.
 */
final class CaseDeadlines {

    private CaseDeadlines() {
    }

    static ReviewTerms terms(Catalog catalog, String schemeCode) {
        return catalog.scheme(schemeCode).map(Scheme::terms)
                .orElseGet(() -> new ReviewTerms(ReviewTerms.DEFAULT_ACKNOWLEDGE, ReviewTerms.DEFAULT_DECIDE, 0));
    }

    static DeadlineTerms deadlineTerms(Catalog catalog, String schemeCode) {
        return terms(catalog, schemeCode).deadlines();
    }

    /** The pauses of the case's clock: each request's, and the history's where no request covers it. */
    static List<Pause> pauses(List<CaseEventRow> history, ZoneId zone, @Nullable LocalDate pausedSince,
                              List<ClockRecords.Request> requests) {
        List<Pause> fromRequests = new ArrayList<>();
        for (ClockRecords.Request r : requests) {
            if (r.state().equals("OPEN")) {
                fromRequests.add(new Pause(r.requestedOn(), null));
            } else {
                LocalDate end = r.closedOn() == null || r.closedOn().isBefore(r.requestedOn()) ? r.requestedOn() : r.closedOn();
                fromRequests.add(new Pause(r.requestedOn(), end));
            }
        }
        boolean openRequest = requests.stream().anyMatch(ClockRecords.Request::isOpen);
        List<Pause> all = new ArrayList<>(fromRequests);
        for (Pause p : CaseFacts.pauses(history, zone, openRequest ? null : pausedSince)) {
            boolean overlaps = fromRequests.stream().anyMatch(q -> overlap(p, q));
            if (!overlaps) {
                all.add(p);
            }
        }
        return all;
    }

    private static boolean overlap(Pause a, Pause b) {
        boolean aBeforeB = a.resumedOn() != null && !a.resumedOn().isAfter(b.from());
        boolean bBeforeA = b.resumedOn() != null && !b.resumedOn().isAfter(a.from());
        return !(aBeforeB || bBeforeA);
    }

    /** The deadline over the scheme's days plus {@code extensionDays}, across {@code pauses}. */
    static Deadline reckon(WorkingDayCalendar calendar, CaseRow row, int decideDays, int extensionDays, List<Pause> pauses) {
        return new DeadlineClock(calendar).deadline(row.receivedOn(), decideDays + extensionDays, pauses);
    }

    /** The date of a running deadline, or null while suspended. */
    static @Nullable LocalDate dateOf(Deadline deadline) {
        return deadline instanceof Deadline.Due d ? d.date() : null;
    }

    /**
     * Whether a deadline counted from {@code from} to {@code to} crossed a year without its
     * published holiday notice (its make-up working days unknown): the caveat screens and letters show.
     */
    static boolean caveat(WorkingDayCalendar calendar, LocalDate from, @Nullable LocalDate to) {
        if (to == null) {
            return false;
        }
        for (int y = Math.min(from.getYear(), to.getYear()); y <= Math.max(from.getYear(), to.getYear()); y++) {
            if (!calendar.covers(y)) {
                return true;
            }
        }
        return false;
    }
}
