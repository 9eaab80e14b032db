package org.redress.store;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.Objects;

/**
 * An officer account as stored. {@code id} 0 on insert lets the store choose the id; the role is
 * kept by name (the security package owns the list of roles).
 */
public record OfficerRow(long id, String username, String displayName, String role,
                         @Nullable String agencyCode, @Nullable String passwordHash, Instant createdAt) {
    public OfficerRow {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    public OfficerRow withId(long newId) {
        return new OfficerRow(newId, username, displayName, role, agencyCode, passwordHash, createdAt);
    }
}
