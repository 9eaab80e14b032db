package org.redress.sync.protocol;

/** What the hub did with one pushed mutation. */
public enum MutationStatus {
    /** Took effect now. */
    APPLIED,
    /** Took effect before (a retry); the stored result is returned verbatim. */
    DUPLICATE,
    /** Kept, but beside decisions the officer had not seen: a supervisor must resolve it. */
    CONFLICT_RECORDED,
    /** Refused for good (not allowed, invalid); {@code last} still advances so the queue never jams. */
    REJECTED
}
