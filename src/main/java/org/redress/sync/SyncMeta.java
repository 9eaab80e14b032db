package org.redress.sync;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.UUID;

/** This workstation's standing with the hub, as {@code sync_meta} holds it. */
public record SyncMeta(UUID clientId, @Nullable String hubUrl, @Nullable String serverEpoch,
                       @Nullable String pullCursor, long lastAckedSeq, @Nullable String hubOfficer,
                       @Nullable String hubToken, @Nullable Instant tokenExpires, @Nullable Instant lastAttemptAt,
                       @Nullable Instant lastSuccessAt, @Nullable String lastError) {

    @Override
    public String toString() {
        return "SyncMeta[clientId=" + clientId + ", hubUrl=" + hubUrl + ", epoch=" + serverEpoch + ", lastAckedSeq="
                + lastAckedSeq + ", lastError=" + lastError + "]";
    }
}
