package org.redress.sync.protocol;

import java.time.Instant;

/** A workstation's audit chain head as the hub recorded it ({@code GET /v1/audit/head?clientId=}). */
public record AuditHead(long seq, String hash, Instant recordedAt) {
}
