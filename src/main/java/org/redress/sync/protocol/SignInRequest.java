package org.redress.sync.protocol;

/**
 * An officer signing in to the hub from a workstation that proves it holds its device key: the
 * Ed25519 {@code publicKey} (X.509 SubjectPublicKeyInfo, base64) and its {@code signature}
 * (base64) over {@link DeviceProof#message} of a {@code nonce} the hub issued
 * ({@link ChallengeResponse}). The hub names the device by its key ({@link DeviceProof#deviceId});
 * a key it has not seen enrols the device, to be approved by a supervisor.
 */
public record SignInRequest(String username, String password, String deviceName, String publicKey, String nonce,
                            String signature) {

    @Override
    public String toString() {
        return "SignInRequest[deviceName=" + deviceName + "]";
    }
}
