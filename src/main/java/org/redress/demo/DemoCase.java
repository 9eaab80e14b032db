package org.redress.demo;

import org.jspecify.annotations.Nullable;
import org.redress.domain.appeal.CaseNumber;
import org.redress.domain.appeal.CaseStatus;
import org.redress.domain.appeal.Channel;
import org.redress.domain.appeal.Ground;
import org.redress.domain.appeal.Priority;
import org.redress.domain.scheme.RuleCategory;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A generated appeal case with everything that happened to it: history, notes, decisions with
 * approvals, attachments. The agency, rule, category and points describe the disputed entries as
 * the queue filters them (first entry's agency and rule, sum of points).
 *
 * @param deadlineOn  the decision deadline; null while the clock is paused
 * @param pausedSince the day the case began waiting on the applicant; null when the clock runs
 */
record DemoCase(long id, CaseNumber number, long subjectId, String schemeCode, CaseStatus status, Priority priority,
                LocalDate receivedOn, @Nullable LocalDate deadlineOn, LocalDate ackDeadlineOn,
                @Nullable LocalDate pausedSince, Channel channel, Set<Ground> grounds, String groundText,
                String statement, String region, String agencyCode, RuleCategory ruleCategory, String ruleCode,
                int points, @Nullable Long assigneeId, List<Long> disputedEntryIds, Instant createdAt,
                Instant updatedAt, List<DemoCaseEvent> events, List<DemoNote> notes, List<DemoDecision> decisions,
                List<DemoAttachment> attachments, SearchRow search) {

    /**
     * The case's full-text row, segmented as the store's search index stores it (see
     * {@link org.redress.store.CaseSearchText}); made on the generator's thread so the writer,
     * the slower of the two, only stores it.
     */
    record SearchRow(String caseNo, String subjectName, String statement, String notes) {

        static SearchRow of(String caseNo, String subjectName, String statement, String groundText, List<DemoNote> notes) {
            var noteText = new StringBuilder();
            for (DemoNote note : notes) {
                // As the store's search index appends a note: a newline, then the segmented text.
                noteText.append('\n').append(org.redress.store.CaseSearchText.segment(note.body()));
            }
            return new SearchRow(org.redress.store.CaseSearchText.caseNumber(caseNo),
                    org.redress.store.CaseSearchText.segment(subjectName),
                    org.redress.store.CaseSearchText.segment(groundText.isEmpty() ? statement : statement + "\n" + groundText),
                    noteText.toString());
        }
    }

    DemoCase {
        grounds = Collections.unmodifiableSet(EnumSet.copyOf(grounds));
        disputedEntryIds = List.copyOf(disputedEntryIds);
        events = List.copyOf(events);
        notes = List.copyOf(notes);
        decisions = List.copyOf(decisions);
        attachments = List.copyOf(attachments);
    }

    /** The number as applicants quote it, RD-2026-000123. */
    String caseNo() {
        return number.toString();
    }

    /** The case's global identity: derived from its number (the demo is deterministic), in a namespace of its own. */
    java.util.UUID caseId() {
        return java.util.UUID.nameUUIDFromBytes(("redress-demo-case:" + number).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    @Override
    public String toString() {
        return "DemoCase[" + number + ", " + status + "]";
    }
}
