package org.redress.sync;

/**
 * Hears how far a sync round got, after each batch sent and each page fetched (the CLI prints it,
 * so a long round is not silent). Counts are of this round so far.
 */
@FunctionalInterface
public interface SyncProgress {

    SyncProgress NONE = (sent, toSend, fetched) -> {
    };

    /** {@code sent} of {@code toSend} outbox rows answered by the hub; {@code fetched} changes pulled. */
    void step(int sent, int toSend, int fetched);
}
