package org.redress.sync.protocol;

import org.jspecify.annotations.Nullable;

import java.util.UUID;

/**
 * {@code POST /v1/audit/head}: the workstation's audit chain now ends at ({@code seq}, {@code hash}),
 * and its event at {@code heldSeq} — the head the hub recorded last time — has {@code hashAtHeldSeq}
 * (null when the workstation has no such event). The hub records the new head only when the chain
 * still leads through the old one; otherwise the history was rewritten after a sync.
 */
public record AuditHeadReport(UUID clientId, long seq, String hash, long heldSeq, @Nullable String hashAtHeldSeq) {
}
