package org.redress.sync.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import org.jspecify.annotations.Nullable;

import java.util.UUID;

/**
 * The hub's answer for one mutation, stored beside it and returned verbatim on every retry.
 * {@code reason} says in words why a mutation was rejected or conflicted, {@code code} names the
 * reason for programs (one of {@link ReasonCodes}, null for reasons that have none yet);
 * {@code entityVersion} is the entity's hub version after the mutation (0 when none).
 */
public record MutationResult(long seq, UUID id, MutationStatus status, @Nullable String reason,
                             long entityVersion, @Nullable JsonNode detail, @Nullable String code) {

    public MutationResult(long seq, UUID id, MutationStatus status, @Nullable String reason, long entityVersion,
                          @Nullable JsonNode detail) {
        this(seq, id, status, reason, entityVersion, detail, null);
    }
}
