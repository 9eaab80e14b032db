package org.redress.bench;

import org.redress.hub.HubServer;
import org.redress.hub.http.HubJson;
import org.redress.security.PasswordHasher;
import org.redress.sync.HubTrust;
import org.redress.sync.protocol.ChallengeResponse;
import org.redress.sync.protocol.DeviceProof;
import org.redress.sync.protocol.Endpoints;
import org.redress.sync.protocol.SignInRequest;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * What signing in to a hub costs a workstation, on loopback: a fresh TLS handshake with a
 * {@code /health} request; a fresh handshake, a challenge and a sign-in (device signature and the
 * hub's Argon2id check); and the Argon2id check alone. Each sample uses a new connection.
 */
public final class SignInLatency {

    /** Medians in milliseconds over {@code samples}. */
    public record Result(int samples, double handshakeMillis, double signInMillis, double passwordCheckMillis) {
    }

    private SignInLatency() {
    }

    /** {@code username} must exist with {@code verifier}; a device is enrolled and approved in {@code office} first. */
    public static Result measure(HubServer hub, String office, String username, String password, String verifier,
                                 int samples) throws Exception {
        KeyPair device = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        hub.accounts().devices().enrolApproved(device.getPublic().getEncoded(), office, "bench sign-in", "bench");
        String publicKey = Base64.getEncoder().encodeToString(device.getPublic().getEncoded());
        PasswordHasher hasher = new PasswordHasher();
        List<Double> handshake = new ArrayList<>();
        List<Double> signIn = new ArrayList<>();
        List<Double> check = new ArrayList<>();
        for (int i = 0; i < samples + 1; i++) {
            long t0 = System.nanoTime();
            HttpClient fresh = client(hub);
            expect(fresh.send(HttpRequest.newBuilder(URI.create(hub.baseUrl() + Endpoints.HEALTH)).build(),
                    HttpResponse.BodyHandlers.discarding()), 200);
            long t1 = System.nanoTime();
            HttpClient other = client(hub);
            HttpResponse<byte[]> c = other.send(HttpRequest.newBuilder(URI.create(hub.baseUrl() + Endpoints.CHALLENGE))
                    .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofByteArray());
            expect(c, 200);
            String nonce = HubJson.MAPPER.readValue(c.body(), ChallengeResponse.class).nonce();
            Signature signer = Signature.getInstance("Ed25519");
            signer.initSign(device.getPrivate());
            signer.update(DeviceProof.message(nonce, username, publicKey));
            SignInRequest request = new SignInRequest(username, password, "bench sign-in", publicKey, nonce,
                    Base64.getEncoder().encodeToString(signer.sign()));
            expect(other.send(HttpRequest.newBuilder(URI.create(hub.baseUrl() + Endpoints.SIGN_IN))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(HubJson.bytes(request))).build(),
                    HttpResponse.BodyHandlers.discarding()), 200);
            long t2 = System.nanoTime();
            hasher.verify(password.toCharArray(), verifier);
            long t3 = System.nanoTime();
            if (i > 0) { // the first sample warms the JIT and the pool up
                handshake.add((t1 - t0) / 1e6);
                signIn.add((t2 - t1) / 1e6);
                check.add((t3 - t2) / 1e6);
            }
            fresh.close();
            other.close();
        }
        return new Result(samples, SyncThroughput.median(handshake), SyncThroughput.median(signIn), SyncThroughput.median(check));
    }

    private static HttpClient client(HubServer hub) {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .sslContext(new HubTrust(hub.fingerprint()).sslContext()).build();
    }

    private static void expect(HttpResponse<?> response, int status) {
        if (response.statusCode() != status) {
            throw new IllegalStateException(response.request().uri().getPath() + " gave " + response.statusCode());
        }
    }
}
