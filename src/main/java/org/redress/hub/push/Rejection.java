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

    /**
     * The domain's refusal as the hub answers it: its {@link org.redress.domain.appeal.ReasonCode}
     * name as the code (the workstation's bundles word it, key {@code reason.<CODE>}), its English
     * reason, and its arguments under {@code detail.arguments} for the words.
     */
    static Rejection of(org.redress.domain.appeal.Rejection refusal) {
        com.fasterxml.jackson.databind.node.ObjectNode detail = org.redress.hub.http.HubJson.object();
        com.fasterxml.jackson.databind.node.ArrayNode args = detail.putArray("arguments");
        refusal.arguments().forEach(args::add);
        return new Rejection(refusal.code().name(), refusal.reason(), detail);
    }

    @Nullable String code() {
        return code;
    }

    @Nullable JsonNode detail() {
        return detail;
    }
}
