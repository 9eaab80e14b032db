package org.redress.store;

import org.jspecify.annotations.Nullable;

import java.util.List;

/** A page of the queue and the cursor for the next one (null on the last page). */
public record QueuePage(List<QueueRow> rows, @Nullable QueueCursor next) {
    public QueuePage {
        rows = List.copyOf(rows);
    }
}
