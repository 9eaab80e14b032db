package org.redress.domain.appeal;

import org.jspecify.annotations.Nullable;
import org.redress.domain.access.Officer;
import org.redress.domain.access.Role;
import org.redress.domain.scheme.DeadlineTerms;
import org.redress.domain.scheme.LapseChoice;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Who may take the steps of a case's clock, and within which bounds: acknowledging receipt,
 * requesting information with a reply-by, choosing what follows a lapsed request, asking for an
 * extension and deciding on it. Pure checks on what the caller gathered, so the workstation (before
 * it writes) and the hub (before it applies a pushed step) run the same rules. Each answers with
 * the first reason to refuse, or empty.
 */
public final class DeadlineRules {

    private DeadlineRules() {
    }

    /** Auditors and administrators take no step; the rest is open to officers and supervisors. */
    private static Optional<Rejection> caseworker(Officer actor) {
        if (actor.role() == Role.AUDITOR) {
            return Optional.of(Rejection.of(ReasonCode.AUDITOR_READ_ONLY));
        }
        if (actor.role() == Role.ADMINISTRATOR) {
            return Optional.of(Rejection.of(ReasonCode.ADMINISTRATOR_NOT_CASEWORKER));
        }
        return Optional.empty();
    }

    /**
     * Acknowledging receipt: any officer or supervisor, once, while the case is open (a clerical
     * step like the letter, so not tied to the assignee).
     *
     * @param acknowledgedOn when the case was acknowledged already; null if not
     */
    public static Optional<Rejection> acknowledge(Officer actor, CaseStatus status, @Nullable LocalDate acknowledgedOn) {
        Optional<Rejection> who = caseworker(actor);
        if (who.isPresent()) {
            return who;
        }
        if (acknowledgedOn != null) {
            return Optional.of(Rejection.of(ReasonCode.ALREADY_ACKNOWLEDGED, acknowledgedOn));
        }
        if (!status.isOpen()) {
            return Optional.of(Rejection.of(ReasonCode.ACTION_NOT_ALLOWED, "acknowledged", CaseStateMachine.words(status)));
        }
        return Optional.empty();
    }

    /** Whether acknowledging on {@code on} meets the due day (the due day itself is on time). */
    public static boolean onTime(LocalDate on, LocalDate due) {
        return !on.isAfter(due);
    }

    /**
     * A request for information: at least one missing item named, and a reply-by of 1 to the
     * scheme's maximum working days. (The move to "awaiting information" is the gate's to check.)
     */
    public static Optional<Rejection> requestInformation(List<String> items, int replyWorkingDays, DeadlineTerms terms) {
        if (items.stream().allMatch(String::isBlank)) {
            return Optional.of(Rejection.of(ReasonCode.MISSING_ITEMS_REQUIRED));
        }
        if (replyWorkingDays < 1 || replyWorkingDays > terms.informationReplyMaxWorkingDays()) {
            return Optional.of(Rejection.of(ReasonCode.REPLY_BY_OUT_OF_RANGE, replyWorkingDays,
                    terms.informationReplyMaxWorkingDays()));
        }
        return Optional.empty();
    }

    /** A request lapses the day after its reply-by passes unanswered. */
    public static boolean lapsed(LocalDate replyBy, LocalDate today) {
        return today.isAfter(replyBy);
    }

    /** The day a lapsed request's pause ends and the clock runs again: the day after its reply-by. */
    public static LocalDate resumesOn(LocalDate replyBy) {
        return replyBy.plusDays(1);
    }

    /** The officer's choice once a request lapsed: only after the lapse, only as the scheme allows, by the assignee. */
    public static Optional<Rejection> resolveLapse(Officer actor, @Nullable String assigneeId, LocalDate replyBy,
                                                   LocalDate today, LapseChoice choice, DeadlineTerms terms) {
        Optional<Rejection> who = caseworker(actor);
        if (who.isPresent()) {
            return who;
        }
        if (assigneeId != null && !assigneeId.equals(actor.id())) {
            return Optional.of(Rejection.of(ReasonCode.NOT_THE_ASSIGNEE));
        }
        if (!lapsed(replyBy, today)) {
            return Optional.of(Rejection.of(ReasonCode.REQUEST_NOT_LAPSED, replyBy));
        }
        if (!terms.onLapse().contains(choice)) {
            return Optional.of(Rejection.of(ReasonCode.LAPSE_CHOICE_NOT_ALLOWED, choice));
        }
        return Optional.empty();
    }

    /**
     * Asking for an extension: the case's assignee (or a supervisor), while the case is open and a
     * decision deadline runs, with a reason code, within the scheme's caps, one request pending at a time.
     *
     * @param approvedCount  extensions approved on this case so far
     * @param approvedDays   working days they added up to
     * @param pending        whether a request awaits a supervisor now
     */
    public static Optional<Rejection> requestExtension(Officer actor, @Nullable String assigneeId, CaseStatus status,
                                                       @Nullable ExtensionReason reason, int workingDays,
                                                       int approvedCount, int approvedDays, boolean pending,
                                                       DeadlineTerms terms) {
        Optional<Rejection> who = caseworker(actor);
        if (who.isPresent()) {
            return who;
        }
        if (!status.isOpen()) {
            return Optional.of(Rejection.of(ReasonCode.ACTION_NOT_ALLOWED, "extended", CaseStateMachine.words(status)));
        }
        if (actor.role() != Role.SUPERVISOR && assigneeId != null && !assigneeId.equals(actor.id())) {
            return Optional.of(Rejection.of(ReasonCode.NOT_THE_ASSIGNEE));
        }
        if (reason == null) {
            return Optional.of(Rejection.of(ReasonCode.EXTENSION_REASON_REQUIRED));
        }
        if (pending) {
            return Optional.of(Rejection.of(ReasonCode.EXTENSION_PENDING));
        }
        if (approvedCount >= terms.extensionMaxCount()) {
            return Optional.of(Rejection.of(ReasonCode.EXTENSION_CAP_COUNT, terms.extensionMaxCount()));
        }
        if (workingDays < 1 || approvedDays + workingDays > terms.extensionMaxWorkingDays()) {
            return Optional.of(Rejection.of(ReasonCode.EXTENSION_CAP_DAYS, workingDays,
                    terms.extensionMaxWorkingDays() - approvedDays));
        }
        return Optional.empty();
    }

    /**
     * Approving or refusing an extension: a supervisor, never the officer who asked for it, while
     * it is pending.
     */
    public static Optional<Rejection> decideExtension(Officer actor, String requesterId, boolean pending) {
        Optional<Rejection> who = caseworker(actor);
        if (who.isPresent()) {
            return who;
        }
        if (actor.role() != Role.SUPERVISOR) {
            return Optional.of(Rejection.of(ReasonCode.ONLY_SUPERVISOR_EXTENDS, actor.role().name()));
        }
        if (requesterId.equals(actor.id())) {
            return Optional.of(Rejection.of(ReasonCode.REQUESTER_CANNOT_APPROVE));
        }
        if (!pending) {
            return Optional.of(Rejection.of(ReasonCode.NO_EXTENSION_PENDING));
        }
        return Optional.empty();
    }
}
