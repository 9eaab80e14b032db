package org.redress.sync;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.UUID;

/** One intent in the outbox as the Sync screen lists it; {@code reason} is the hub's, in words. */
public record OutboxRow(long seq, UUID mutationId, String kind, String entityId, long baseVersion, String payload,
                        Instant createdAt, OutboxState state, @Nullable String reason) {
}
