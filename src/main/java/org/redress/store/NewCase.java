package org.redress.store;

import org.jspecify.annotations.Nullable;
import org.redress.domain.appeal.CaseStatus;
import org.redress.domain.appeal.Channel;
import org.redress.domain.appeal.Ground;
import org.redress.domain.appeal.Priority;
import org.redress.domain.scheme.RuleCategory;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A case to be stored: everything intake knows. The agency, rule and points describe the disputed
 * deductions (issuing agency, main rule and its category, sum of points) so the queue filters
 * without joins; {@code disputedLedgerEventIds} are the ledger entries the case contests.
 */
public record NewCase(String caseNo, long subjectId, String schemeCode, CaseStatus status, Priority priority,
                      LocalDate receivedOn, @Nullable LocalDate deadlineOn, LocalDate ackDeadlineOn,
                      Channel channel, Set<Ground> grounds, String groundText, String statement, String region,
                      String agencyCode, RuleCategory ruleCategory, String ruleCode, int points,
                      @Nullable Long assigneeId, List<Long> disputedLedgerEventIds) {
    public NewCase {
        Objects.requireNonNull(caseNo, "caseNo");
        Objects.requireNonNull(schemeCode, "schemeCode");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(priority, "priority");
        Objects.requireNonNull(receivedOn, "receivedOn");
        Objects.requireNonNull(ackDeadlineOn, "ackDeadlineOn");
        Objects.requireNonNull(channel, "channel");
        grounds = grounds.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(grounds));
        Objects.requireNonNull(groundText, "groundText");
        Objects.requireNonNull(statement, "statement");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(agencyCode, "agencyCode");
        Objects.requireNonNull(ruleCategory, "ruleCategory");
        Objects.requireNonNull(ruleCode, "ruleCode");
        disputedLedgerEventIds = List.copyOf(disputedLedgerEventIds);
    }
}
