package org.redress.store;

import org.jspecify.annotations.Nullable;
import org.redress.domain.appeal.CaseStatus;
import org.redress.domain.appeal.Priority;

import java.time.LocalDate;

/**
 * One line of the case queue. {@code subjectIdentifier} is the full identifier: the UI masks it.
 * {@code assigneeName} is null for an unassigned case.
 */
public record QueueRow(long caseId, String caseNo, String subjectName, String subjectIdentifier, String schemeCode,
                       String ruleCode, int points, LocalDate receivedOn, @Nullable LocalDate deadlineOn,
                       Priority priority, CaseStatus status, @Nullable String assigneeName, long version) {
}
