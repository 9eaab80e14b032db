package org.redress.hub;

import org.redress.evidence.FileHash;
import org.redress.platform.DurableFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ProxySelector;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.net.http.HttpResponse.BodySubscribers;
import java.net.http.HttpTimeoutException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Puts the pinned binaries jar into the cache, all or nothing: the bytes land in a temporary file
 * beside the target, are checked against the pinned SHA-256, forced to disk and moved over the
 * target in one step. A jar that does not match is deleted, never kept.
 */
final class BinariesDownload {

    private static final Logger LOG = LoggerFactory.getLogger(BinariesDownload.class);

    /** How long to wait for a connection, how long a download may stall, and the most bytes it may be. */
    record Limits(Duration connectTimeout, Duration readTimeout, long maxBytes) {
        /** The binaries jar is about 15 MB; 200 MB stops a wrong URL from filling the disk. */
        static final Limits DEFAULT = new Limits(Duration.ofSeconds(20), Duration.ofSeconds(60), 200L * 1024 * 1024);
    }

    /** The bytes are not the pinned ones. */
    static final class DigestMismatch extends IOException {
        final String actual;

        DigestMismatch(String actual) {
            super("SHA-256 " + actual);
            this.actual = actual;
        }
    }

    private static final Duration ABANDONED_AFTER = Duration.ofHours(1);

    /** An error page is read to its end (the connection is reused), but only so far. */
    private static final long ERROR_PAGE_BYTES = 1 << 20;

    private final Limits limits;

    BinariesDownload(Limits limits) {
        this.limits = limits;
    }

    /** Downloads the pinned jar into {@code target}; on any failure {@code target} is as it was. */
    void fetch(BinariesPin pin, Path target) throws IOException {
        long began = System.nanoTime();
        Path temp = temporaryBeside(target);
        HttpClient client = HttpClient.newBuilder()
                .connectTimeout(limits.connectTimeout())
                .followRedirects(HttpClient.Redirect.NORMAL)
                .proxy(ProxySelector.getDefault())
                .build();
        AtomicBoolean declaredTooLarge = new AtomicBoolean();
        try {
            HttpRequest request = HttpRequest.newBuilder(pin.url()).timeout(limits.readTimeout()).GET().build();
            HttpResponse<Path> response;
            try {
                response = await(client.sendAsync(request, info -> {
                    if (info.statusCode() != 200) {
                        return BodySubscribers.limiting(BodySubscribers.replacing((Path) null), ERROR_PAGE_BYTES);
                    }
                    if (info.headers().firstValueAsLong("Content-Length").orElse(-1) > limits.maxBytes()) {
                        declaredTooLarge.set(true);
                        return BodySubscribers.limiting(BodySubscribers.replacing((Path) null), 0);
                    }
                    return BodyHandlers.limiting(BodyHandlers.ofFile(temp), limits.maxBytes()).apply(info);
                }), temp);
            } catch (IOException e) {
                if (declaredTooLarge.get() || ("body exceeds capacity: " + limits.maxBytes()).equals(e.getMessage())) {
                    throw new IOException(tooLarge(), e);
                }
                throw e;
            }
            if (response.statusCode() != 200) {
                throw new IOException("HTTP " + response.statusCode());
            }
            if (declaredTooLarge.get()) {
                throw new IOException(tooLarge());
            }
            long bytes = keep(temp, pin, target);
            LOG.info("event=hub.postgres_binaries_fetched bytes={} millis={}", bytes, (System.nanoTime() - began) / 1_000_000);
        } finally {
            client.shutdownNow();
            deleteQuietly(temp);
        }
    }

    /** Copies a local jar into {@code target}, checked as a download is. */
    static void install(Path source, BinariesPin pin, Path target) throws IOException {
        Path temp = temporaryBeside(target);
        try {
            Files.copy(source, temp, StandardCopyOption.REPLACE_EXISTING);
            long bytes = keep(temp, pin, target);
            LOG.info("event=hub.postgres_binaries_installed bytes={}", bytes);
        } finally {
            deleteQuietly(temp);
        }
    }

    private static Path temporaryBeside(Path target) throws IOException {
        Files.createDirectories(target.getParent());
        deleteAbandoned(target);
        return Files.createTempFile(target.getParent(), target.getFileName() + "-", ".part");
    }

    /**
     * A download ended by Ctrl-C or a crash leaves its temporary file; one older than an hour is
     * nobody's any more (a younger one may be another process's download in progress).
     */
    private static void deleteAbandoned(Path target) throws IOException {
        Instant abandoned = Instant.now().minus(ABANDONED_AFTER);
        try (DirectoryStream<Path> parts = Files.newDirectoryStream(target.getParent(), target.getFileName() + "-*.part")) {
            for (Path part : parts) {
                if (Files.getLastModifiedTime(part).toInstant().isBefore(abandoned)) {
                    deleteQuietly(part);
                }
            }
        }
    }

    /** Deletes a temporary file; one the system still holds open (Windows) is left for {@link #deleteAbandoned}. */
    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.debug("event=hub.postgres_binaries_temp_left error={}", e.getClass().getSimpleName());
        }
    }

    /**
     * Checks, forces and moves {@code temp} over {@code target}; returns its size. The folder is not
     * forced after the move: a move lost in a crash only means one more download, as every use
     * checks the cached jar's digest again.
     */
    private static long keep(Path temp, BinariesPin pin, Path target) throws IOException {
        String actual = FileHash.sha256(temp);
        if (!actual.equals(pin.sha256())) {
            LOG.warn("event=hub.postgres_binaries_refused reason=digest");
            throw new DigestMismatch(actual);
        }
        long bytes = Files.size(temp);
        DurableFiles.replace(temp, target);
        return bytes;
    }

    /**
     * Waits for the response, giving up when no byte has arrived for the read timeout. The client's
     * own request timeout ends with the headers, and a stalled body would otherwise wait forever.
     */
    private <T> HttpResponse<T> await(CompletableFuture<HttpResponse<T>> response, Path temp) throws IOException {
        long idleLimit = limits.readTimeout().toNanos();
        long poll = Math.max(1, Math.min(1000, limits.readTimeout().toMillis() / 4));
        long seen = -1;
        long lastProgress = System.nanoTime();
        while (true) {
            try {
                return response.get(poll, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                long size = Files.size(temp);
                if (size != seen) {
                    seen = size;
                    lastProgress = System.nanoTime();
                } else if (System.nanoTime() - lastProgress > idleLimit) {
                    response.cancel(true);
                    throw new HttpTimeoutException("no data for " + limits.readTimeout().toMillis() + " ms");
                }
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                if (cause instanceof IOException io) {
                    throw io;
                }
                throw new IOException(cause);
            } catch (InterruptedException e) {
                response.cancel(true);
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted while downloading");
            }
        }
    }

    private String tooLarge() {
        return "the file is larger than " + limits.maxBytes() + " bytes";
    }
}
