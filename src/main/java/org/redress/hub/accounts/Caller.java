package org.redress.hub.accounts;

import org.redress.domain.access.Role;

import java.util.UUID;

/** Who is calling: an officer on one device, authenticated by a token bound to both. */
public record Caller(UUID officerId, String username, Role role, String officeCode, UUID deviceId) {

    @Override
    public String toString() {
        return "Caller[officerId=" + officerId + ", role=" + role + ", office=" + officeCode + "]";
    }
}
