package org.redress.store;

import java.util.Objects;

/**
 * Where the next queue page starts: the sort key of the last row shown and its id. Opaque to
 * callers; valid only with the order it came from.
 */
public record QueueCursor(QueueOrder order, int priorityRank, String dateKey, long caseId) {

    static final String NO_DEADLINE = "9999-12-31";

    public QueueCursor {
        Objects.requireNonNull(order, "order");
        Objects.requireNonNull(dateKey, "dateKey");
    }

    /** The cursor just after {@code row} in {@code order}. */
    public static QueueCursor after(QueueRow row, QueueOrder order) {
        String deadlineKey = row.deadlineOn() == null ? NO_DEADLINE : row.deadlineOn().toString();
        String dateKey = order.sort() == QueueSort.RECEIVED ? row.receivedOn().toString() : deadlineKey;
        int rank = QueueSql.priorityRank(row.priority());
        return new QueueCursor(order, rank, dateKey, row.caseId());
    }
}
