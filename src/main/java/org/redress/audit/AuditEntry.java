package org.redress.audit;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.jspecify.annotations.Nullable;

import java.time.Instant;

/**
 * What a caller asks the chain to record: the chain adds the sequence number and the hashes.
 *
 * @param kind    e.g. {@code signin.failure}, {@code letter.issue}, {@code subject.export}
 * @param payload ids, counts and row digests only: no names, no full identifiers, no free text
 */
public record AuditEntry(Instant at, @Nullable Long actorId, String kind, String entityType, String entityId,
                         ObjectNode payload) {

    public AuditEntry {
        if (kind.isBlank() || entityType.isBlank() || entityId.isBlank()) {
            throw new IllegalArgumentException("an audit entry names its kind, entity type and entity");
        }
    }
}
