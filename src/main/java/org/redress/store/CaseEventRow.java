package org.redress.store;

import org.jspecify.annotations.Nullable;
import org.redress.domain.appeal.CaseStatus;

import java.time.Instant;

/**
 * One line of a case's history. {@code actorId} is null when the system acted; the statuses are
 * set when the line records a change of status.
 */
public record CaseEventRow(long id, long caseId, Instant at, @Nullable Long actorId, String action,
                           @Nullable CaseStatus fromStatus, @Nullable CaseStatus toStatus,
                           @Nullable String detail) {

    /** Actions the store itself writes; other packages may record their own action names. */
    public static final String RECEIVED = "RECEIVED";
    public static final String STATUS_CHANGED = "STATUS_CHANGED";
    public static final String ASSIGNED = "ASSIGNED";
    public static final String RESCHEDULED = "RESCHEDULED";
    /** The case's number changed: the office gave it its number (it had a provisional one), or moved it aside. */
    public static final String RENUMBERED = "RENUMBERED";
}
