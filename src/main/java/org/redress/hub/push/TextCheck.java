package org.redress.hub.push;

import org.jspecify.annotations.Nullable;
import org.redress.hub.http.HubJson;
import org.redress.sync.protocol.Mutation;
import org.redress.sync.protocol.ProtocolLimits;
import org.redress.sync.protocol.ReasonCodes;
import org.redress.sync.protocol.TextRules;

import java.nio.charset.StandardCharsets;

/**
 * The hub's gate for text (issue #14, G13): a mutation whose kind, entity id or payload holds text
 * the protocol does not carry (a NUL, another control character, a broken character, a field or
 * payload too long) is refused for good with {@link ReasonCodes#TEXT_INVALID} before anything of
 * it reaches PostgreSQL, instead of failing there (a NUL in jsonb) and jamming the queue behind it.
 */
final class TextCheck {

    private TextCheck() {
    }

    static @Nullable Rejection refusal(Mutation m) {
        TextRules.Problem problem = TextRules.check("the mutation's kind", m.kind());
        if (problem == null && m.entityId() != null) {
            problem = TextRules.check("the mutation's entity id", m.entityId());
        }
        if (problem == null) {
            problem = TextRules.check("payload", m.payload());
        }
        if (problem != null) {
            return new Rejection(ReasonCodes.TEXT_INVALID, "refused: " + problem.reason());
        }
        if (m.payload() != null) {
            int bytes = HubJson.write(m.payload()).getBytes(StandardCharsets.UTF_8).length;
            if (bytes > ProtocolLimits.MAX_PAYLOAD_BYTES) {
                return new Rejection(ReasonCodes.TEXT_INVALID, "refused: the mutation's content is " + bytes / 1024
                        + " KiB, more than " + ProtocolLimits.MAX_PAYLOAD_BYTES / 1024 + " KiB");
            }
        }
        return null;
    }

    /** The kind as stored beside the result: a kind that is not clean text is stored as "invalid". */
    static String storableKind(Mutation m) {
        return TextRules.check("kind", m.kind()) == null && m.kind().length() <= 64 ? m.kind() : "invalid";
    }
}
