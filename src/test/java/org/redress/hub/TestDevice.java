package org.redress.hub;

import org.redress.sync.protocol.DeviceProof;
import org.redress.sync.protocol.SignInRequest;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.util.Base64;
import java.util.UUID;

/** A workstation's device key for hub tests: signs challenges as {@code sync.DeviceKey} does. */
final class TestDevice {

    final KeyPair pair;
    final String publicKey;
    final UUID id;

    private TestDevice(KeyPair pair) {
        this.pair = pair;
        this.publicKey = Base64.getEncoder().encodeToString(pair.getPublic().getEncoded());
        this.id = DeviceProof.deviceId(pair.getPublic().getEncoded());
    }

    static TestDevice create() {
        try {
            return new TestDevice(KeyPairGenerator.getInstance("Ed25519").generateKeyPair());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    String sign(String nonce, String username) {
        return sign(nonce, username, publicKey);
    }

    /** A signature by this key over the message of {@code claimedKey} (a forgery when the key is another's). */
    String sign(String nonce, String username, String claimedKey) {
        try {
            Signature signer = Signature.getInstance("Ed25519");
            signer.initSign(pair.getPrivate());
            signer.update(DeviceProof.message(nonce, username, claimedKey));
            return Base64.getEncoder().encodeToString(signer.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    SignInRequest request(String username, String password, String nonce) {
        return new SignInRequest(username, password, "test device", publicKey, nonce, sign(nonce, username));
    }

    /** Enrolled and approved at {@code server} in {@code office}, as a supervisor would. */
    TestDevice approvedAt(HubServer server, String office) {
        try {
            server.accounts().devices().enrolApproved(pair.getPublic().getEncoded(), office, "test device", "test");
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        return this;
    }
}
