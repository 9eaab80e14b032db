package org.redress.sync.protocol;

import java.util.List;

/**
 * {@code GET /v1/sync/pull?cursor=&limit=}: a page of changes after {@code cursor}. {@code cursor}
 * is opaque to the workstation (the hub encodes transaction id and seq); {@code epoch} changes
 * when the hub was restored from a backup; {@code lastMutationSeq} is the highest of this
 * workstation's mutations the hub has taken, so the outbox can be acknowledged in the same
 * transaction that applies the page.
 */
public record PullResponse(String epoch, String cursor, boolean hasMore, long lastMutationSeq, List<Change> changes) {

    public PullResponse {
        changes = List.copyOf(changes);
    }
}
