package org.redress.sync.protocol;

import java.util.UUID;

/** An officer signing in to the hub from a workstation, which registers the device on first use. */
public record SignInRequest(String username, String password, UUID deviceId, String deviceName) {

    @Override
    public String toString() {
        return "SignInRequest[username=" + username + ", deviceId=" + deviceId + "]";
    }
}
