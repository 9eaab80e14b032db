package org.redress.casework;

import org.jspecify.annotations.Nullable;
import org.redress.domain.appeal.CaseStatus;
import org.redress.domain.appeal.Priority;
import org.redress.domain.scheme.LocalizedText;

import java.time.LocalDate;

/**
 * One line of the case queue as the screen shows it: the identifier already masked, the scheme and
 * rule named in both languages, and the working days left to the deadline (negative when overdue,
 * null when no deadline runs).
 */
public record QueueLine(long caseId, String caseNo, String subjectName, String maskedIdentifier, String schemeCode,
                        LocalizedText schemeName, String ruleCode, LocalizedText ruleTitle, int points,
                        LocalDate receivedOn, @Nullable LocalDate deadlineOn, @Nullable Integer workingDaysLeft,
                        Priority priority, CaseStatus status, @Nullable String assigneeName) {

    /** Within three working days of the deadline: the queue colours it. */
    public static final int DUE_SOON_DAYS = 3;

    public boolean overdue() {
        return status.isOpen() && workingDaysLeft != null && workingDaysLeft < 0;
    }

    public boolean dueSoon() {
        return status.isOpen() && workingDaysLeft != null && workingDaysLeft >= 0 && workingDaysLeft <= DUE_SOON_DAYS;
    }
}
