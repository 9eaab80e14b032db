package org.redress.hub;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.redress.hub.http.HubJson;
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

/** A plain java.net.http client of the hub for tests: one device, one token. */
final class HubClient {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    final String base;
    UUID deviceId = UUID.randomUUID();
    String token = "";

    HubClient(String base) {
        this.base = base;
    }

    HubClient signIn(String username) {
        return signIn(username, TestHub.PASSWORD, deviceId);
    }

    HubClient signIn(String username, String password, UUID device) {
        this.deviceId = device;
        HttpResponse<String> r = post(Endpoints.SIGN_IN, HubJson.bytes(new SignInRequest(username, password, device, "test")), false);
        if (r.statusCode() != 200) {
            throw new IllegalStateException("sign-in gave " + r.statusCode() + " " + r.body());
        }
        token = read(r.body(), SignInResponse.class).token();
        return this;
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

    static HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
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
