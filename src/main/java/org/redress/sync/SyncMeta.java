package org.redress.sync;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.UUID;

/**
 * This workstation's standing with the hub, as {@code sync_meta} holds it. {@code clientId} is
 * the hub's id of this device once it enrolled; {@code hubPin} the fingerprint of the hub
 * certificate's key it trusts.
 */
public record SyncMeta(UUID clientId, @Nullable String hubUrl, @Nullable String serverEpoch,
                       @Nullable String pullCursor, long lastAckedSeq, @Nullable String hubOfficer,
                       @Nullable String hubToken, @Nullable Instant tokenExpires, @Nullable Instant lastAttemptAt,
                       @Nullable Instant lastSuccessAt, @Nullable String lastError, @Nullable String hubPin) {

    @Override
    public String toString() {
        return "SyncMeta[clientId=" + clientId + ", hubUrl=" + hubUrl + ", epoch=" + serverEpoch + ", lastAckedSeq="
                + lastAckedSeq + ", lastError=" + lastError + "]";
    }
}
