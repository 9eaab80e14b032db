package org.redress.store;

import java.util.Objects;

/** A queue sort and its direction; descending reverses the whole order, id tie-break included. */
public record QueueOrder(QueueSort sort, boolean descending) {

    public static final QueueOrder BY_DEADLINE = ascending(QueueSort.DEADLINE);

    public QueueOrder {
        Objects.requireNonNull(sort, "sort");
    }

    public static QueueOrder ascending(QueueSort sort) {
        return new QueueOrder(sort, false);
    }

    public static QueueOrder descending(QueueSort sort) {
        return new QueueOrder(sort, true);
    }
}
