package org.redress.sync;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.UUID;

/**
 * One intent in the outbox as the Sync screen lists it; {@code reason} is the hub's, in English;
 * {@code refusal} the same with its reason code and arguments, for words in the officer's language
 * ({@link RefusalWords#render}); {@code label} names the entity for people: a case by its number now
 * (the wire names it by id).
 */
public record OutboxRow(long seq, UUID mutationId, String kind, String entityId, long baseVersion, String payload,
                        Instant createdAt, OutboxState state, @Nullable String reason, String label,
                        @Nullable RefusalWords refusal) {

    public OutboxRow(long seq, UUID mutationId, String kind, String entityId, long baseVersion, String payload,
                     Instant createdAt, OutboxState state, @Nullable String reason, String label) {
        this(seq, mutationId, kind, entityId, baseVersion, payload, createdAt, state, reason, label,
                reason == null ? null : new RefusalWords(null, java.util.List.of(), reason));
    }

    public OutboxRow(long seq, UUID mutationId, String kind, String entityId, long baseVersion, String payload,
                     Instant createdAt, OutboxState state, @Nullable String reason) {
        this(seq, mutationId, kind, entityId, baseVersion, payload, createdAt, state, reason, entityId);
    }
}
