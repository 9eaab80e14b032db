package org.redress.domain.appeal;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * An appeal against one or more entries of a subject's ledger under one scheme.
 *
 * <p>Immutable: every change is a new value ({@code with…}). The state changes only through
 * {@link CaseActionGate} (or {@link CaseStateMachine} for the bare rules). {@code version} is the
 * hub's version of the case this copy is based on (SYNC.md); the domain never changes it.
 *
 * @param id               stable id (a UUID from the hub or the workstation that took it in)
 * @param number           the case number the applicant quotes
 * @param subjectId        the subject whose ledger is disputed
 * @param schemeCode       the scheme of the disputed entries
 * @param disputedEventIds the ledger entries disputed, at least one, no repeats
 * @param grounds          the grounds ticked, at least one
 * @param groundsText      the applicant's own words on the grounds; travels with the case always
 * @param applicantStatement the applicant's statement
 * @param receivedOn       the day the appeal was received; deadlines count from it
 * @param channel          how it reached us
 * @param status           where the case stands
 * @param statusSince      the day it entered {@code status}; quoted in refusals
 * @param priority         urgent or normal ({@link PriorityPolicy})
 * @param assigneeId       the officer working on it; null until assigned
 * @param version          the hub's version this copy is based on
 * @param clock            deadlines, as computed by the working-day calendar
 */
public record AppealCase(
        String id,
        CaseNumber number,
        String subjectId,
        String schemeCode,
        List<Long> disputedEventIds,
        Set<Ground> grounds,
        String groundsText,
        String applicantStatement,
        LocalDate receivedOn,
        Channel channel,
        CaseStatus status,
        LocalDate statusSince,
        Priority priority,
        @Nullable String assigneeId,
        long version,
        CaseClock clock) {

    public AppealCase {
        requireText(id, "id");
        Objects.requireNonNull(number, "number");
        requireText(subjectId, "subjectId");
        requireText(schemeCode, "schemeCode");
        disputedEventIds = List.copyOf(disputedEventIds);
        if (disputedEventIds.isEmpty()) {
            throw new IllegalArgumentException("a case disputes at least one ledger entry");
        }
        if (new HashSet<>(disputedEventIds).size() != disputedEventIds.size()) {
            throw new IllegalArgumentException("a ledger entry is disputed at most once per case");
        }
        if (grounds.isEmpty()) {
            throw new IllegalArgumentException("a case has at least one ground");
        }
        // An EnumSet keeps grounds in their declared order wherever they are shown.
        grounds = Collections.unmodifiableSet(EnumSet.copyOf(grounds));
        Objects.requireNonNull(groundsText, "groundsText");
        Objects.requireNonNull(applicantStatement, "applicantStatement");
        Objects.requireNonNull(receivedOn, "receivedOn");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(statusSince, "statusSince");
        Objects.requireNonNull(priority, "priority");
        if (assigneeId != null && assigneeId.isBlank()) {
            throw new IllegalArgumentException("assigneeId must not be blank");
        }
        if (assigneeId == null && needsAssignee(status)) {
            throw new IllegalArgumentException("a case that is " + status + " has an assignee");
        }
        Objects.requireNonNull(clock, "clock");
    }

    /** A case as it arrives: received, unassigned, deadlines not yet computed. */
    public static AppealCase received(String id, CaseNumber number, String subjectId, String schemeCode,
                                      List<Long> disputedEventIds, Set<Ground> grounds, String groundsText,
                                      String applicantStatement, LocalDate receivedOn, Channel channel,
                                      Priority priority) {
        return new AppealCase(id, number, subjectId, schemeCode, disputedEventIds, grounds, groundsText,
                applicantStatement, receivedOn, channel, CaseStatus.RECEIVED, receivedOn, priority, null, 0,
                CaseClock.notComputed());
    }

    /** Shortcut for the clock's decision deadline; null while paused or not yet computed. */
    public @Nullable LocalDate deadlineOn() {
        return clock.deadlineOn();
    }

    public AppealCase withStatus(CaseStatus newStatus, LocalDate since) {
        return new AppealCase(id, number, subjectId, schemeCode, disputedEventIds, grounds, groundsText,
                applicantStatement, receivedOn, channel, newStatus, since, priority, assigneeId, version, clock);
    }

    public AppealCase withAssignee(@Nullable String newAssigneeId) {
        return new AppealCase(id, number, subjectId, schemeCode, disputedEventIds, grounds, groundsText,
                applicantStatement, receivedOn, channel, status, statusSince, priority, newAssigneeId, version, clock);
    }

    public AppealCase withPriority(Priority newPriority) {
        return new AppealCase(id, number, subjectId, schemeCode, disputedEventIds, grounds, groundsText,
                applicantStatement, receivedOn, channel, status, statusSince, newPriority, assigneeId, version, clock);
    }

    public AppealCase withClock(CaseClock newClock) {
        return new AppealCase(id, number, subjectId, schemeCode, disputedEventIds, grounds, groundsText,
                applicantStatement, receivedOn, channel, status, statusSince, priority, assigneeId, version, newClock);
    }

    public AppealCase withVersion(long newVersion) {
        return new AppealCase(id, number, subjectId, schemeCode, disputedEventIds, grounds, groundsText,
                applicantStatement, receivedOn, channel, status, statusSince, priority, assigneeId, newVersion, clock);
    }

    /** Names the case without personal data (subject, statement), so a stray log line leaks none. */
    @Override
    public String toString() {
        return "AppealCase[" + number + ", " + status + ", " + priority + ", v" + version + "]";
    }

    /**
     * States reached only through assignment. Withdrawn and not-admissible cases may never have
     * been assigned, so they are exempt.
     */
    private static boolean needsAssignee(CaseStatus status) {
        return switch (status) {
            case RECEIVED, WITHDRAWN, NOT_ADMISSIBLE -> false;
            default -> true;
        };
    }

    private static void requireText(String value, String field) {
        Objects.requireNonNull(value, field);
        if (value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank");
        }
    }
}
