package org.redress.store;

import org.jspecify.annotations.Nullable;
import org.redress.domain.appeal.CaseStatus;
import org.redress.domain.appeal.Channel;
import org.redress.domain.appeal.Ground;
import org.redress.domain.appeal.Priority;
import org.redress.domain.scheme.RuleCategory;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/** A stored appeal case; {@code version} grows with every change (optimistic locking). */
public record CaseRow(long id, String caseNo, long subjectId, String schemeCode, CaseStatus status,
                      Priority priority, LocalDate receivedOn, @Nullable LocalDate deadlineOn,
                      LocalDate ackDeadlineOn, Channel channel, Set<Ground> grounds, String groundText,
                      String statement, String region, String agencyCode, RuleCategory ruleCategory,
                      String ruleCode, int points, @Nullable Long assigneeId, long version,
                      @Nullable LocalDate pausedSince, Instant createdAt, Instant updatedAt) {
    public CaseRow {
        Objects.requireNonNull(caseNo, "caseNo");
        Objects.requireNonNull(status, "status");
        grounds = grounds.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(grounds));
    }
}
