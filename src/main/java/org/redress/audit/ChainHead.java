package org.redress.audit;

/**
 * The last event of a chain: what the hub records on each sync, so that a history rewritten
 * afterwards no longer leads to the same hash at that sequence number.
 */
public record ChainHead(long seq, String hash) {

    public ChainHead {
        if (seq < 1 || hash.length() != 64) {
            throw new IllegalArgumentException("a chain head names a sequence number from 1 and a SHA-256");
        }
    }
}
