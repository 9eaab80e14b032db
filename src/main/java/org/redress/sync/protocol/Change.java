package org.redress.sync.protocol;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One committed change of the hub, as a puller receives it: which entity, the operation
 * ({@code upsert}, {@code append}, {@code conflict} …), the entity's version after it and its
 * state as JSON.
 */
public record Change(long seq, String entity, String entityId, String op, long version, JsonNode payload) {
}
