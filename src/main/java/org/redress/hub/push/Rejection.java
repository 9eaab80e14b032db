package org.redress.hub.push;

import com.fasterxml.jackson.databind.JsonNode;
import org.jspecify.annotations.Nullable;

/**
 * A mutation refused for good (not allowed, invalid): REJECTED, and the queue moves on. {@code code}
 * is one of {@link org.redress.sync.protocol.ReasonCodes} where the refusal has one; {@code detail}
 * names what it concerns (ids, numbers), never personal data.
 */
final class Rejection extends Exception {

    private final @Nullable String code;
    private final @Nullable JsonNode detail;

    Rejection(String reason) {
        this(null, reason, null);
    }

    Rejection(@Nullable String code, String reason) {
        this(code, reason, null);
    }

    Rejection(@Nullable String code, String reason, @Nullable JsonNode detail) {
        super(reason, null, false, false);
        this.code = code;
        this.detail = detail;
    }

    @Nullable String code() {
        return code;
    }

    @Nullable JsonNode detail() {
        return detail;
    }
}
