package org.redress.audit;

import org.jspecify.annotations.Nullable;

/**
 * One row of the audit log as stored. {@code at} is kept as the stored text, so the hash is
 * recomputed over exactly what is on disk.
 *
 * @param payload  JSON naming ids and row digests, never a name or a full identifier
 * @param prevHash the hash of event {@code seq - 1} ({@link AuditCanonical#GENESIS} for the first)
 * @param hash     SHA-256 (hex) of {@link AuditCanonical#encode}
 */
public record AuditEvent(long seq, String at, @Nullable Long actorId, String kind, String entityType, String entityId,
                         String payload, String prevHash, String hash) {

    /** Whether the stored hash is the hash of this row's content. */
    public boolean sealed() {
        return AuditCanonical.hash(this).equals(hash);
    }
}
