package org.redress.sync.protocol;

import java.time.Instant;
import java.util.UUID;

/**
 * A token good only for this officer on this device until {@code expiresAt}; {@code deviceId} is
 * the hub's name of the device (derived from its key), which the workstation uses as its client id.
 */
public record SignInResponse(String token, String officerId, String role, String officeCode, Instant expiresAt,
                             UUID deviceId) {

    @Override
    public String toString() {
        return "SignInResponse[role=" + role + ", officeCode=" + officeCode + "]";
    }
}
