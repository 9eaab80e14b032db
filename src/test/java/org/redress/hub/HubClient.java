package org.redress.hub;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.redress.hub.http.HubJson;
import org.redress.sync.HubTrust;
import org.redress.sync.protocol.ChallengeResponse;
import org.redress.sync.protocol.Endpoints;
import org.redress.sync.protocol.Mutation;
import org.redress.sync.protocol.ProtocolLimits;
import org.redress.sync.protocol.PullResponse;
import org.redress.sync.protocol.PushRequest;
import org.redress.sync.protocol.PushResponse;
import org.redress.sync.protocol.SignInRequest;
import org.redress.sync.protocol.SignInResponse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A plain java.net.http client of the hub for tests, over HTTPS with the hub's key pinned: one
 * device (a key of its own), one token. {@link #signIn} enrols the device approved in the
 * officer's office first, so tests stay short; {@link #signInRaw} shows the hub's raw answers.
 */
final class HubClient {

    final String base;
    final HubServer server;
    final HttpClient http;
    TestDevice device = TestDevice.create();
    UUID deviceId = device.id;
    String token = "";
    String username = "";

    HubClient(HubServer server) {
        this(server, server.baseUrl());
    }

    /** A client of {@code server} reached at {@code base} (e.g. through a proxy on loopback). */
    HubClient(HubServer server, String base) {
        this.server = server;
        this.base = base;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .sslContext(new HubTrust(server.fingerprint()).sslContext()).build();
    }

    /** Signs {@code username} in on this client's device, enrolled and approved in the officer's office first. */
    HubClient signIn(String username) {
        String office = office(username);
        device.approvedAt(server, office);
        HttpResponse<String> r = signInRaw(username, TestHub.PASSWORD);
        if (r.statusCode() != 200) {
            throw new IllegalStateException("sign-in gave " + r.statusCode() + " " + r.body());
        }
        token = read(r.body(), SignInResponse.class).token();
        this.username = username;
        return this;
    }

    /** A challenge, then a sign-in signed by this client's device: the hub's answer as it is. */
    HttpResponse<String> signInRaw(String username, String password) {
        return post(Endpoints.SIGN_IN, HubJson.bytes(device.request(username, password, challenge())), false);
    }

    String challenge() {
        HttpResponse<String> c = send(HttpRequest.newBuilder(URI.create(base + Endpoints.CHALLENGE))
                .POST(HttpRequest.BodyPublishers.noBody()).build());
        if (c.statusCode() != 200) {
            throw new IllegalStateException("challenge gave " + c.statusCode());
        }
        return read(c.body(), ChallengeResponse.class).nonce();
    }

    HttpResponse<String> signInWith(SignInRequest request) {
        return post(Endpoints.SIGN_IN, HubJson.bytes(request), false);
    }

    private String office(String username) {
        try (var c = server.database().connection();
             var ps = c.prepareStatement("SELECT office_code FROM officer WHERE username = ?")) {
            ps.setString(1, username);
            try (var rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : "none";
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    HttpResponse<String> post(String path, byte[] body, boolean auth) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (auth) {
            b.header("Authorization", "Bearer " + token);
        }
        return send(b.build());
    }

    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + token).GET().build());
    }

    HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    HttpResponse<String> pushRaw(List<Mutation> mutations) {
        return post(Endpoints.PUSH, HubJson.bytes(new PushRequest(deviceId, ProtocolLimits.SCHEMA_VERSION, mutations)), true);
    }

    PushResponse push(List<Mutation> mutations) {
        HttpResponse<String> r = pushRaw(mutations);
        if (r.statusCode() != 200) {
            throw new IllegalStateException("push gave " + r.statusCode() + " " + r.body());
        }
        return read(r.body(), PushResponse.class);
    }

    HttpResponse<String> pullRaw(String cursor, int limit) {
        String q = "?limit=" + limit + (cursor == null ? "" : "&cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8));
        return get(Endpoints.PULL + q);
    }

    PullResponse pull(String cursor, int limit) {
        HttpResponse<String> r = pullRaw(cursor, limit);
        if (r.statusCode() != 200) {
            throw new IllegalStateException("pull gave " + r.statusCode() + " " + r.body());
        }
        return read(r.body(), PullResponse.class);
    }

    static <T> T read(String json, Class<T> type) {
        try {
            return HubJson.MAPPER.readValue(json, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Mutation mutation(long seq, String kind, String entityId, long baseVersion, JsonNode payload) {
        return new Mutation(seq, UUID.randomUUID(), kind, entityId, baseVersion, payload, Instant.now());
    }

    static ObjectNode json(String... keyValues) {
        ObjectNode n = HubJson.object();
        for (int i = 0; i < keyValues.length; i += 2) {
            n.put(keyValues[i], keyValues[i + 1]);
        }
        return n;
    }
}
