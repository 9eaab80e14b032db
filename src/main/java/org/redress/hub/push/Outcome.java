package org.redress.hub.push;

import com.fasterxml.jackson.databind.JsonNode;
import org.jspecify.annotations.Nullable;
import org.redress.sync.protocol.MutationStatus;

/** What applying one mutation did, before it is stored as the mutation's result. */
record Outcome(MutationStatus status, @Nullable String reason, long entityVersion, @Nullable JsonNode detail,
               @Nullable String code) {

    Outcome(MutationStatus status, @Nullable String reason, long entityVersion, @Nullable JsonNode detail) {
        this(status, reason, entityVersion, detail, null);
    }

    static Outcome applied(long version) {
        return new Outcome(MutationStatus.APPLIED, null, version, null);
    }

    static Outcome applied(long version, JsonNode detail) {
        return new Outcome(MutationStatus.APPLIED, null, version, detail);
    }

    static Outcome conflict(String reason, long version, JsonNode detail) {
        return new Outcome(MutationStatus.CONFLICT_RECORDED, reason, version, detail);
    }

    static Outcome rejected(Rejection r) {
        return new Outcome(MutationStatus.REJECTED, r.getMessage(), 0, r.detail(), r.code());
    }
}
