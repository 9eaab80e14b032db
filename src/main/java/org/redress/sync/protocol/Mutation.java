package org.redress.sync.protocol;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.UUID;

/**
 * One intent of an officer, as the workstation recorded it in its outbox: {@code seq} is
 * contiguous per workstation (1, 2, 3 …), {@code id} is unique forever, {@code baseVersion} is the
 * hub's version of the entity the officer saw (0 when the officer saw none). {@code createdAt} is
 * the workstation's clock, shown to people and never used to pick a winner.
 */
public record Mutation(long seq, UUID id, String kind, String entityId, long baseVersion, JsonNode payload,
                       Instant createdAt) {

    public Mutation {
        if (seq < 1) {
            throw new IllegalArgumentException("a mutation's seq starts at 1, not " + seq);
        }
        if (baseVersion < 0) {
            throw new IllegalArgumentException("baseVersion cannot be negative: " + baseVersion);
        }
    }
}
