package org.redress.hub.accounts;

import org.jspecify.annotations.Nullable;
import org.redress.domain.access.Role;

import java.util.UUID;

/**
 * Who is calling: an officer on one device, authenticated by a token bound to both.
 * {@code agencyCode} is the agency the officer works for (recusal), null for the review office itself.
 */
public record Caller(UUID officerId, String username, Role role, String officeCode, UUID deviceId,
                     @Nullable String agencyCode) {

    public Caller(UUID officerId, String username, Role role, String officeCode, UUID deviceId) {
        this(officerId, username, role, officeCode, deviceId, null);
    }

    @Override
    public String toString() {
        return "Caller[officerId=" + officerId + ", role=" + role + ", office=" + officeCode + "]";
    }
}
