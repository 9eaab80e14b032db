package org.redress.sync.protocol;

import java.time.Instant;

/** A token good only for this officer on this device until {@code expiresAt}. */
public record SignInResponse(String token, String officerId, String role, String officeCode, Instant expiresAt) {

    @Override
    public String toString() {
        return "SignInResponse[officerId=" + officerId + ", role=" + role + ", officeCode=" + officeCode + "]";
    }
}
