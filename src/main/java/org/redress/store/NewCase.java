package org.redress.store;

import org.jspecify.annotations.Nullable;
import org.redress.domain.appeal.CaseIdentity;
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
import java.util.UUID;

/**
 * A case to be stored: everything intake knows. The agency, rule and points describe the disputed
 * deductions (issuing agency, main rule and its category, sum of points) so the queue filters
 * without joins; {@code disputedLedgerEventIds} are the ledger entries the case contests;
 * {@code caseId} is the case's global identity, made where the case is created and never changed.
 */
public record NewCase(String caseNo, long subjectId, String schemeCode, CaseStatus status, Priority priority,
                      LocalDate receivedOn, @Nullable LocalDate deadlineOn, LocalDate ackDeadlineOn,
                      Channel channel, Set<Ground> grounds, String groundText, String statement, String region,
                      String agencyCode, RuleCategory ruleCategory, String ruleCode, int points,
                      @Nullable Long assigneeId, List<Long> disputedLedgerEventIds, UUID caseId) {

    /** A case with a new identity. */
    public NewCase(String caseNo, long subjectId, String schemeCode, CaseStatus status, Priority priority,
                   LocalDate receivedOn, @Nullable LocalDate deadlineOn, LocalDate ackDeadlineOn,
                   Channel channel, Set<Ground> grounds, String groundText, String statement, String region,
                   String agencyCode, RuleCategory ruleCategory, String ruleCode, int points,
                   @Nullable Long assigneeId, List<Long> disputedLedgerEventIds) {
        this(caseNo, subjectId, schemeCode, status, priority, receivedOn, deadlineOn, ackDeadlineOn, channel, grounds,
                groundText, statement, region, agencyCode, ruleCategory, ruleCode, points, assigneeId,
                disputedLedgerEventIds, CaseIdentity.random());
    }

    public NewCase {
        Objects.requireNonNull(caseId, "caseId");
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
