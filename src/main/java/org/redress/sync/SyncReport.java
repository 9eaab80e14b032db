package org.redress.sync;

import org.jspecify.annotations.Nullable;

import java.util.Map;

/**
 * What one sync round moved: mutations the hub took, kept as conflicts or refused; changes
 * pulled and applied; files sent; whether the replica was reset after a hub restore; blocks of
 * office numbers received and cases given their office number in place of a provisional one; and
 * the error that stopped the round, in words (null when it finished).
 */
public record SyncReport(int pushed, int conflicted, int rejected, int pulled, Map<String, Integer> applied,
                         int blobsSent, boolean reset, @Nullable String error,
                         HubException.@Nullable Kind failure, int numberBlocks, int renumbered) {

    public SyncReport {
        applied = Map.copyOf(applied);
    }

    public SyncReport(int pushed, int conflicted, int rejected, int pulled, Map<String, Integer> applied,
                      int blobsSent, boolean reset, @Nullable String error, HubException.@Nullable Kind failure) {
        this(pushed, conflicted, rejected, pulled, applied, blobsSent, reset, error, failure, 0, 0);
    }

    public boolean ok() {
        return error == null;
    }
}
