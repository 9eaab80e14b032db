package org.redress.store;

import java.util.List;

/** What the queue is sorted by; ties always break on case id, so every order is total. */
public enum QueueSort {
    /** Deadline first; cases with no running deadline come last. */
    DEADLINE(List.of("deadline_key")),
    /** Urgent before normal, then by deadline. */
    PRIORITY(List.of("priority_rank", "deadline_key")),
    /** Date received. */
    RECEIVED(List.of("received_on"));

    private final List<String> keyColumns;

    QueueSort(List<String> keyColumns) {
        this.keyColumns = keyColumns;
    }

    /** The appeal_case columns the sort compares, before the id. */
    List<String> keyColumns() {
        return keyColumns;
    }
}
