package org.redress.store;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.jspecify.annotations.Nullable;

import java.time.Instant;

/**
 * One change the workstation made, as the {@link Journal} receives it inside the write
 * transaction that made it: what ({@code kind}, e.g. {@code note.add} or
 * {@code identifier.reveal}), to which entity, by whom, on which version of the entity the
 * officer saw, and the change itself as JSON (no more personal data than the change needs).
 */
public record LocalChange(String kind, String entityType, String entityId, @Nullable Long actorId,
                          long baseVersion, ObjectNode payload, Instant at) {

    public LocalChange {
        if (kind.isBlank() || entityType.isBlank() || entityId.isBlank()) {
            throw new IllegalArgumentException("a change names its kind, entity type and entity");
        }
    }
}
