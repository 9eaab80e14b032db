package org.redress.sync;

import org.jspecify.annotations.Nullable;

import java.time.Instant;

/**
 * What the status bar shows: whether the hub answers, what waits to be sent, what the hub refused
 * or kept as a conflict, open conflicts, files not yet sent, the last sync that worked and the
 * last error in words.
 */
public record SyncStatus(Connection connection, boolean syncing, int pending, int rejected, int conflicted,
                         int openConflicts, int filesPending, @Nullable Instant lastSuccess, @Nullable String lastError) {

    /** The workstation's link to the hub as the officer sees it. */
    public enum Connection {
        /** No hub configured: the workstation works alone. */
        NOT_CONFIGURED,
        /** The last round reached the hub. */
        ONLINE,
        /** The hub could not be reached; work continues and is sent later. */
        OFFLINE,
        /** The hub wants the officer to sign in to it again. */
        SIGN_IN_NEEDED,
        /** The hub answered with something else that stopped the round. */
        ERROR
    }
}
