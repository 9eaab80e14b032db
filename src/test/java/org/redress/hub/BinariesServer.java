package org.redress.hub;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.jar.JarOutputStream;
import java.util.zip.ZipEntry;

/** A local Maven repository of a kind: a JDK HttpServer on loopback serving jars, counting requests. */
final class BinariesServer implements AutoCloseable {

    private final HttpServer server;
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
    private final AtomicInteger requests = new AtomicInteger();
    private final CountDownLatch released = new CountDownLatch(1);

    BinariesServer() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(executor);
        route("/", exchange -> respond(exchange, 404, "not here".getBytes()));
        server.start();
    }

    /** Serves {@code body} at {@code path}, its length declared. */
    BinariesServer serve(String path, byte[] body) {
        return route(path, exchange -> respond(exchange, 200, body));
    }

    /** Serves the file at {@code path}, its length declared. */
    BinariesServer serve(String path, Path file) {
        return route(path, exchange -> {
            exchange.sendResponseHeaders(200, Files.size(file));
            try (OutputStream out = exchange.getResponseBody()) {
                Files.copy(file, out);
            }
        });
    }

    /** Serves {@code body} chunked, its length not declared. */
    BinariesServer stream(String path, byte[] body) {
        return route(path, exchange -> {
            exchange.sendResponseHeaders(200, 0);
            try (OutputStream out = exchange.getResponseBody()) {
                for (int at = 0; at < body.length; at += 1024) {
                    out.write(body, at, Math.min(1024, body.length - at));
                }
            }
        });
    }

    BinariesServer redirect(String path, String to) {
        return route(path, exchange -> {
            exchange.getResponseHeaders().add("Location", url(to));
            exchange.sendResponseHeaders(302, -1);
            exchange.close();
        });
    }

    /** Declares {@code declared} bytes, sends {@code first} and then nothing until the server closes. */
    BinariesServer stall(String path, long declared, byte[] first) {
        return route(path, exchange -> {
            exchange.sendResponseHeaders(200, declared);
            OutputStream out = exchange.getResponseBody();
            out.write(first);
            out.flush();
            try {
                released.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.close();
        });
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    int requests() {
        return requests.get();
    }

    @Override
    public void close() {
        released.countDown();
        server.stop(0);
        executor.shutdownNow();
    }

    private BinariesServer route(String path, HttpHandler handler) {
        server.createContext(path, exchange -> {
            requests.incrementAndGet();
            try (exchange) {
                exchange.getRequestBody().readAllBytes();
                handler.handle(exchange);
            }
        });
        return this;
    }

    private static void respond(HttpExchange exchange, int status, byte[] body) throws IOException {
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    /** A jar holding {@code entries} (name to bytes). */
    static byte[] jar(Map<String, byte[]> entries) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JarOutputStream jar = new JarOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                jar.putNextEntry(new ZipEntry(entry.getKey()));
                jar.write(entry.getValue());
                jar.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** A small jar with a fake {@code .txz} under the name zonky looks for on this machine (no distribution). */
    static byte[] fakeBinariesJar(byte[] txz) {
        return jar(Map.of(plainEntryName(), txz));
    }

    static String plainEntryName() {
        return BinariesJar.entryNames(BinariesJar.system(), BinariesJar.hardware(), null).getFirst();
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
