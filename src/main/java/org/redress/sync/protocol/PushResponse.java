package org.redress.sync.protocol;

import java.util.List;

/**
 * The answer to a push: one result per mutation the hub reached, in order. When a mutation's seq
 * was beyond {@code lastMutationSeq + 1} the hub stopped there ({@code gap} true) and the
 * workstation resends from {@code lastMutationSeq + 1}.
 */
public record PushResponse(long lastMutationSeq, List<MutationResult> results, boolean gap) {

    public PushResponse {
        results = List.copyOf(results);
    }
}
