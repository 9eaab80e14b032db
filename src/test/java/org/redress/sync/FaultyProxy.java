package org.redress.sync;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A fault-injecting HTTP proxy between a workstation and the hub, on loopback. Faults are queued
 * per path prefix and used once each: drop the answer after the hub has handled the request (the
 * hub committed, the workstation never hears), answer 503 without forwarding, or refuse before
 * forwarding (connection closed).
 */
final class FaultyProxy implements AutoCloseable {

    enum Fault { PASS, DROP_ANSWER, FAIL_503, CUT_BEFORE }

    private record Planned(String pathPrefix, Fault fault) {
    }

    private static final Set<String> HOP_HEADERS = Set.of("connection", "content-length", "host", "transfer-encoding",
            "upgrade", "keep-alive", "expect");

    private final HttpServer server;
    private final String target;
    // The test proxy trusts whatever hub it forwards to (an unpinned HubTrust accepts any key); the
    // workstation talks to the proxy over plain HTTP on loopback, which the workstation allows.
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .sslContext(new HubTrust(null).sslContext()).build();
    private final ConcurrentLinkedQueue<Planned> planned = new ConcurrentLinkedQueue<>();
    private final AtomicInteger forwarded = new AtomicInteger();
    private final AtomicInteger faulted = new AtomicInteger();
    private final AtomicInteger patches = new AtomicInteger();

    FaultyProxy(String target) throws IOException {
        this.target = target;
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    void plan(String pathPrefix, Fault fault) {
        planned.add(new Planned(pathPrefix, fault));
    }

    int faulted() {
        return faulted.get();
    }

    /** Upload chunks the hub received through this proxy. */
    int patches() {
        return patches.get();
    }

    int forwarded() {
        return forwarded.get();
    }

    private Fault take(String path) {
        for (Planned p : planned) {
            if (path.startsWith(p.pathPrefix()) && planned.remove(p)) {
                return p.fault();
            }
        }
        return null;
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            Fault fault = take(path);
            if (fault == Fault.CUT_BEFORE) {
                faulted.incrementAndGet();
                return; // closed without an answer
            }
            if (fault == Fault.FAIL_503) {
                faulted.incrementAndGet();
                exchange.sendResponseHeaders(503, -1);
                return;
            }
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readAllBytes();
            }
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(target + exchange.getRequestURI()))
                    .method(exchange.getRequestMethod(), body.length == 0 ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofByteArray(body));
            for (Map.Entry<String, List<String>> h : exchange.getRequestHeaders().entrySet()) {
                if (!HOP_HEADERS.contains(h.getKey().toLowerCase())) {
                    for (String v : h.getValue()) {
                        request.header(h.getKey(), v);
                    }
                }
            }
            HttpResponse<byte[]> response;
            try {
                response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            forwarded.incrementAndGet();
            if (exchange.getRequestMethod().equals("PATCH")) {
                patches.incrementAndGet();
            }
            if (fault == Fault.DROP_ANSWER) {
                faulted.incrementAndGet();
                return; // the hub handled it; the workstation never hears
            }
            response.headers().map().forEach((k, vs) -> {
                if (!HOP_HEADERS.contains(k.toLowerCase()) && !k.startsWith(":")) {
                    vs.forEach(v -> exchange.getResponseHeaders().add(k, v));
                }
            });
            byte[] answer = response.body();
            boolean head = exchange.getRequestMethod().equals("HEAD");
            exchange.sendResponseHeaders(response.statusCode(), head || answer.length == 0 ? -1 : answer.length);
            if (!head && answer.length > 0) {
                exchange.getResponseBody().write(answer);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
