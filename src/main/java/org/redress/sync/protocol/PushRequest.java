package org.redress.sync.protocol;

import java.util.List;
import java.util.UUID;

/** {@code POST /v1/sync/push}: a run of the workstation's outbox in seq order. */
public record PushRequest(UUID clientId, int schemaVersion, List<Mutation> mutations) {

    public PushRequest {
        mutations = List.copyOf(mutations);
    }
}
