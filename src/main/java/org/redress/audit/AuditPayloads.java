package org.redress.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What of a change's payload the audit log keeps: numbers, booleans and the few words that are
 * codes (statuses, outcome kinds, actions). Free text — reasons, notes, requests — may name people,
 * so it is withheld: the event lists the withheld keys, and the digest of the row it was written to
 * ({@link AuditChain#cover}) still binds the text to the chain.
 */
final class AuditPayloads {

    /** Keys whose text values are codes, not prose. */
    private static final Set<String> CODES = Set.of("action", "fromStatus", "toStatus", "kind", "verdict", "state",
            "language", "mode", "table", "sha256", "reason", "referenceNo", "result", "role", "file",
            "newPublicationUntil", "lockedUntil");

    private AuditPayloads() {
    }

    static ObjectNode sanitized(ObjectNode payload) {
        Set<String> withheld = new TreeSet<>();
        ObjectNode out = copy(payload, withheld);
        if (!withheld.isEmpty()) {
            ArrayNode list = out.putArray("withheld");
            withheld.forEach(list::add);
        }
        return out;
    }

    private static ObjectNode copy(ObjectNode in, Set<String> withheld) {
        ObjectNode out = AuditChain.JSON.objectNode();
        for (Map.Entry<String, JsonNode> field : in.properties()) {
            String key = field.getKey();
            JsonNode value = field.getValue();
            if (value.isObject()) {
                out.set(key, copy((ObjectNode) value, withheld));
            } else if (value.isArray()) {
                ArrayNode list = out.putArray(key);
                for (JsonNode item : value) {
                    if (item.isObject()) {
                        list.add(copy((ObjectNode) item, withheld));
                    } else if (!item.isTextual()) {
                        list.add(item);
                    } else {
                        withheld.add(key);
                    }
                }
            } else if (!value.isTextual() || CODES.contains(key)) {
                out.set(key, value);
            } else {
                withheld.add(key);
            }
        }
        return out;
    }
}
