package org.redress.sync;

import org.redress.sync.protocol.DeviceProof;
import org.redress.sync.protocol.KeyFingerprint;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.Signature;
import java.util.Base64;
import java.util.UUID;

/** This workstation's Ed25519 device key pair: it signs the hub's sign-in challenges. */
public final class DeviceKey {

    private final KeyPair pair;

    DeviceKey(KeyPair pair) {
        this.pair = pair;
    }

    /** The public key as the hub wants it: X.509 encoding, base64. */
    public String publicKeyBase64() {
        return Base64.getEncoder().encodeToString(pair.getPublic().getEncoded());
    }

    public byte[] publicKeyEncoded() {
        return pair.getPublic().getEncoded();
    }

    /** The id the hub gives this device (derived from its key). */
    public UUID deviceId() {
        return DeviceProof.deviceId(pair.getPublic().getEncoded());
    }

    /** The key's fingerprint, as a supervisor sees it when approving the device. */
    public String fingerprint() {
        return KeyFingerprint.of(pair.getPublic());
    }

    /** The signature (base64) that proves this device at sign-in with {@code nonce} as {@code username}. */
    public String signSignIn(String nonce, String username) {
        try {
            Signature signer = Signature.getInstance("Ed25519");
            signer.initSign(pair.getPrivate());
            signer.update(DeviceProof.message(nonce, username, publicKeyBase64()));
            return Base64.getEncoder().encodeToString(signer.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JDK signs with Ed25519", e);
        }
    }

    @Override
    public String toString() {
        return "DeviceKey[fingerprint=" + fingerprint() + "]";
    }
}
