package org.redress.sync;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import org.jspecify.annotations.Nullable;
import org.redress.sync.protocol.AuditHead;
import org.redress.sync.protocol.AuditHeadReport;
import org.redress.sync.protocol.ChallengeResponse;
import org.redress.sync.protocol.Endpoints;
import org.redress.sync.protocol.KeyFingerprint;
import org.redress.sync.protocol.LeaseRequest;
import org.redress.sync.protocol.LeaseResponse;
import org.redress.sync.protocol.PullResponse;
import org.redress.sync.protocol.PushRequest;
import org.redress.sync.protocol.PushResponse;
import org.redress.sync.protocol.SignInRequest;
import org.redress.sync.protocol.SignInResponse;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.OptionalLong;
import java.util.function.Supplier;

/**
 * The hub's endpoints over {@link HttpClient}: JSON in and out with Jackson, timeouts on every
 * call, and every failure turned into a {@link HubException} that says what happened in words.
 * HTTPS only, with the hub's key pinned ({@link HubTrust}); plain {@code http://} only to this
 * machine (loopback). A bearer token is never sent to a hub whose key is not pinned.
 */
public final class HubClient {

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    private static final Duration CALL_TIMEOUT = Duration.ofSeconds(60);

    private final URI base;
    private final HttpClient http;
    private final Supplier<@Nullable String> token;
    private final HubTrust trust;
    private final @Nullable String refusal;

    /** A client of the hub at {@code baseUrl} that authenticates with whatever {@code token} holds at each call. */
    public HubClient(String baseUrl, Supplier<@Nullable String> token, HubTrust trust) {
        String trimmed = baseUrl.strip();
        trimmed = trimmed.endsWith("/") ? trimmed.substring(0, trimmed.length() - 1) : trimmed;
        this.base = URI.create(trimmed);
        this.token = token;
        this.trust = trust;
        this.refusal = addressProblem(base);
        this.http = HttpClient.newBuilder()
                .connectTimeout(CONNECT_TIMEOUT)
                .version(HttpClient.Version.HTTP_1_1)
                .sslContext(trust.sslContext())
                .build();
    }

    /**
     * Why Redress will not talk to a hub at {@code url}, in words, or null when it will: an
     * {@code https://} address, or {@code http://} to this machine only.
     */
    public static @Nullable String addressProblem(String url) {
        try {
            return addressProblem(URI.create(url.strip()));
        } catch (IllegalArgumentException e) {
            return "\"" + url + "\" is not a hub address; it looks like https://hub.office:8470";
        }
    }

    private static @Nullable String addressProblem(URI url) {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(java.util.Locale.ROOT);
        if (url.getHost() == null || !(scheme.equals("https") || scheme.equals("http"))) {
            return "\"" + url + "\" is not a hub address; it looks like https://hub.office:8470";
        }
        if (scheme.equals("http") && !loopback(url.getHost())) {
            return "The hub's address " + url + " is not encrypted: Redress talks to a hub on another machine only "
                    + "over https://, so that nobody on the network can read passwords, tokens or cases. "
                    + "Use https://" + url.getRawAuthority() + " instead.";
        }
        return null;
    }

    /** A loopback address literal or {@code localhost} (never looked up in DNS). */
    static boolean loopback(String host) {
        String h = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        if (h.equalsIgnoreCase("localhost")) {
            return true;
        }
        try {
            return (h.matches("[0-9.]+") || h.contains(":")) && java.net.InetAddress.ofLiteral(h).isLoopbackAddress();
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    public URI base() {
        return base;
    }

    public HubTrust trust() {
        return trust;
    }

    /** Whether calls go over TLS (and so need the hub's key pinned before a token is sent). */
    public boolean encrypted() {
        return "https".equalsIgnoreCase(base.getScheme());
    }

    public boolean healthy() {
        try {
            return send(HttpRequest.newBuilder(URI.create(base + Endpoints.HEALTH)).timeout(CALL_TIMEOUT).GET().build(),
                    HttpResponse.BodyHandlers.discarding(), "check the hub")
                    .statusCode() == 200;
        } catch (HubException e) {
            return false;
        }
    }

    /** A fresh sign-in challenge (the first call to a hub not yet pinned learns its key: see {@link HubTrust}). */
    public ChallengeResponse challenge() throws HubException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + Endpoints.CHALLENGE)).timeout(CALL_TIMEOUT)
                .POST(HttpRequest.BodyPublishers.noBody()).build();
        String what = "ask the hub for a sign-in challenge";
        return read(check(send(request, HttpResponse.BodyHandlers.ofByteArray(), what), what), ChallengeResponse.class);
    }

    public SignInResponse signIn(SignInRequest request) throws HubException {
        return postJson(Endpoints.SIGN_IN, request, SignInResponse.class, "sign in to the hub", false);
    }

    /** Ends this device's session at the hub: the token stops working there. */
    public void signOut() throws HubException {
        String what = "sign out of the hub";
        HttpRequest request = request(Endpoints.SIGN_OUT).POST(HttpRequest.BodyPublishers.noBody()).build();
        check(send(request, HttpResponse.BodyHandlers.ofByteArray(), what), what);
    }

    public PushResponse push(PushRequest request) throws HubException {
        return postJson(Endpoints.PUSH, request, PushResponse.class, "send changes to the hub", true);
    }

    public PullResponse pull(@Nullable String cursor, int limit, @Nullable String epoch) throws HubException {
        StringBuilder path = new StringBuilder(Endpoints.PULL).append("?limit=").append(limit);
        if (cursor != null) {
            path.append("&cursor=").append(URLEncoder.encode(cursor, StandardCharsets.UTF_8));
        }
        if (epoch != null) {
            path.append("&epoch=").append(URLEncoder.encode(epoch, StandardCharsets.UTF_8));
        }
        HttpResponse<byte[]> response = send(request(path.toString()).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray(), "fetch changes from the hub");
        return read(check(response, "fetch changes from the hub"), PullResponse.class);
    }

    /** Blocks of the office's number series for this workstation ({@link Endpoints#NUMBER_LEASES}). */
    public LeaseResponse leaseNumbers(LeaseRequest request) throws HubException {
        return postJson(Endpoints.NUMBER_LEASES, request, LeaseResponse.class, "get case and letter numbers from the hub", true);
    }

    /**
     * How much of blob {@code sha256} the hub holds: empty when none of it, the offset of a partial
     * upload, or the full length when complete.
     */
    public OptionalLong blobOffset(String sha256) throws HubException {
        HttpResponse<Void> response = send(request(Endpoints.BLOBS + sha256).method("HEAD", HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.discarding(), "ask the hub for a file");
        if (response.statusCode() == 404) {
            return OptionalLong.empty();
        }
        check(response, "ask the hub for a file");
        Optional<String> offset = response.headers().firstValue(Endpoints.UPLOAD_OFFSET);
        if (offset.isPresent()) {
            return OptionalLong.of(Long.parseLong(offset.get()));
        }
        return response.headers().firstValueAsLong("Content-Length").isPresent()
                ? OptionalLong.of(response.headers().firstValueAsLong("Content-Length").getAsLong())
                : OptionalLong.of(Long.MAX_VALUE);
    }

    /** Sends one chunk of blob {@code sha256} at {@code offset}; returns the hub's offset after it. */
    public long uploadChunk(String sha256, long offset, long length, byte[] chunk, String chunkSha256) throws HubException {
        HttpRequest request = request(Endpoints.BLOBS + sha256)
                .header("Content-Type", "application/offset+octet-stream")
                .header(Endpoints.UPLOAD_OFFSET, Long.toString(offset))
                .header(Endpoints.UPLOAD_LENGTH, Long.toString(length))
                .header(Endpoints.CHUNK_SHA256, chunkSha256)
                .method("PATCH", HttpRequest.BodyPublishers.ofByteArray(chunk))
                .build();
        HttpResponse<byte[]> response = send(request, HttpResponse.BodyHandlers.ofByteArray(), "send a file to the hub");
        if (response.statusCode() == 409 && response.headers().firstValueAsLong(Endpoints.UPLOAD_OFFSET).isPresent()) {
            // The hub's copy stands elsewhere (an earlier chunk arrived after all): go on from there.
            return response.headers().firstValueAsLong(Endpoints.UPLOAD_OFFSET).getAsLong();
        }
        check(response, "send a file to the hub");
        return response.headers().firstValueAsLong(Endpoints.UPLOAD_OFFSET).orElse(offset + chunk.length);
    }

    /** Bytes {@code from} (inclusive) to the end of blob {@code sha256}. */
    public byte[] downloadBlob(String sha256, long from) throws HubException {
        HttpRequest.Builder builder = request(Endpoints.BLOBS + sha256).GET();
        if (from > 0) {
            builder.header("Range", "bytes=" + from + "-");
        }
        return check(send(builder.build(), HttpResponse.BodyHandlers.ofByteArray(), "fetch a file from the hub"),
                "fetch a file from the hub").body();
    }

    /**
     * The office's endorsement of this workstation's key for signing letters' QR codes (issue #16,
     * item 2): {@code officeCode}, {@code officeKey}, {@code endorsement}; empty when the hub gives
     * none (an older hub, or a device not approved).
     */
    public Optional<JsonNode> letterSigner() throws HubException {
        String what = "ask the hub for this workstation's letter-signing endorsement";
        HttpResponse<byte[]> response = send(request(Endpoints.LETTER_SIGNER).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray(), what);
        if (response.statusCode() == 404 || response.statusCode() == 403) {
            return Optional.empty();
        }
        return Optional.of(read(check(response, what), JsonNode.class));
    }

    /** The head of this workstation's audit chain as the hub recorded it at the last sync; empty before the first. */
    public Optional<AuditHead> recordedAuditHead(UUID clientId) throws HubException {
        String what = "ask the hub for this workstation's audit head";
        HttpResponse<byte[]> response = send(request(Endpoints.AUDIT_HEAD + "?clientId=" + clientId).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray(), what);
        if (response.statusCode() == 404) {
            return Optional.empty();
        }
        return Optional.of(read(check(response, what), AuditHead.class));
    }

    /**
     * Reports the audit chain's head; returns null when the hub recorded it, or the hub's words
     * when it found this workstation's history rewritten since the last sync.
     */
    public @Nullable String reportAuditHead(AuditHeadReport report) throws HubException {
        String what = "record this workstation's audit head at the hub";
        byte[] json;
        try {
            json = SyncJson.MAPPER.writeValueAsBytes(report);
        } catch (JsonProcessingException e) {
            throw new HubException(HubException.Kind.BAD_ANSWER, "could not write the request to " + what, e);
        }
        HttpResponse<byte[]> response = send(request(Endpoints.AUDIT_HEAD).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(json)).build(), HttpResponse.BodyHandlers.ofByteArray(), what);
        if (response.statusCode() == 409) {
            String detail = problem(response.body());
            return "The hub found this workstation's audit history changed since the last sync"
                    + (detail == null ? "" : ": " + detail) + ". Tell an auditor.";
        }
        check(response, what);
        return null;
    }

    private <T> T postJson(String path, Object body, Class<T> type, String what, boolean withToken) throws HubException {
        byte[] json;
        try {
            json = SyncJson.MAPPER.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new HubException(HubException.Kind.BAD_ANSWER, "could not write the request to " + what, e);
        }
        HttpRequest.Builder builder = withToken ? request(path)
                : HttpRequest.newBuilder(URI.create(base + path)).timeout(CALL_TIMEOUT);
        HttpRequest request = builder
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(json))
                .build();
        return read(check(send(request, HttpResponse.BodyHandlers.ofByteArray(), what), what), type);
    }

    private HttpRequest.Builder request(String path) throws HubException {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path)).timeout(CALL_TIMEOUT);
        String bearer = token.get();
        if (bearer != null) {
            if (encrypted() && trust.pinned() == null) {
                throw new HubException(HubException.Kind.UNAUTHORIZED, 0, "This workstation has not yet trusted the hub's "
                        + "certificate; sign in to the hub again.");
            }
            builder.header("Authorization", "Bearer " + bearer);
        }
        return builder;
    }

    private <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler, String what)
            throws HubException {
        if (refusal != null) {
            throw new HubException(HubException.Kind.REFUSED, 0, refusal);
        }
        try {
            return http.send(request, handler);
        } catch (javax.net.ssl.SSLException e) {
            HubTrust.Mismatch mismatch = mismatch(e);
            if (mismatch != null) {
                throw new HubException(HubException.Kind.CERTIFICATE_CHANGED, certificateChanged(mismatch), e);
            }
            throw new HubException(HubException.Kind.OFFLINE, "The secure connection to the hub at " + base.getAuthority()
                    + " failed while trying to " + what + " (" + e.getMessage() + "); is this the hub's address?", e);
        } catch (HttpConnectTimeoutException | ConnectException e) {
            throw new HubException(HubException.Kind.OFFLINE, "Could not reach the hub at " + base.getAuthority()
                    + " to " + what + ": it is offline or the network is down.", e);
        } catch (HttpTimeoutException e) {
            throw new HubException(HubException.Kind.OFFLINE, "The hub did not answer in time to " + what + ".", e);
        } catch (IOException e) {
            HubTrust.Mismatch mismatch = mismatch(e);
            if (mismatch != null) {
                throw new HubException(HubException.Kind.CERTIFICATE_CHANGED, certificateChanged(mismatch), e);
            }
            throw new HubException(HubException.Kind.OFFLINE, "The connection to the hub broke while trying to "
                    + what + ".", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new HubException(HubException.Kind.OFFLINE, "Stopped while trying to " + what + ".", e);
        }
    }

    /** The pin mismatch behind a failed handshake: in the cause chain, or as the trust manager last saw it. */
    private HubTrust.@Nullable Mismatch mismatch(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof HubTrust.Mismatch m) {
                return m;
            }
        }
        return failure instanceof javax.net.ssl.SSLHandshakeException || failure.getCause() instanceof javax.net.ssl.SSLException
                ? trust.lastMismatch() : null;
    }

    private String certificateChanged(HubTrust.Mismatch m) {
        return "The hub at " + base.getAuthority() + " showed a different security certificate from the one this "
                + "workstation trusted when it was enrolled (trusted key " + shortPrint(m.expected()) + ", shown now "
                + shortPrint(m.presented()) + "). Someone may be intercepting the connection, or the hub's certificate "
                + "was replaced. Nothing was sent. Ask your administrator whether the hub's certificate changed; only if "
                + "they confirm the new key " + KeyFingerprint.display(m.presented()) + ", run: redress sync --trust-hub-key "
                + m.presented();
    }

    private static String shortPrint(String fingerprint) {
        return KeyFingerprint.display(fingerprint).substring(0, 19) + " …";
    }

    private static <T> HttpResponse<T> check(HttpResponse<T> response, String what) throws HubException {
        int status = response.statusCode();
        if (status >= 200 && status < 300) {
            return response;
        }
        String detail = problem(response.body());
        String tail = detail == null ? "" : " (" + detail + ")";
        String code = code(response.body());
        if ("DEVICE_PENDING".equals(code)) {
            throw new HubException(HubException.Kind.DEVICE_PENDING, status, "This workstation is enrolled at the hub and "
                    + "waits for a supervisor or an administrator to approve it" + tail + ". Ask them to approve it "
                    + "(redress hub devices approve); then sign in again.");
        }
        if ("DEVICE_REVOKED".equals(code)) {
            throw new HubException(HubException.Kind.DEVICE_REVOKED, status, "The hub no longer accepts this workstation: "
                    + "a supervisor or an administrator withdrew it" + tail + ". Nothing more is sent or fetched until they "
                    + "approve it again.");
        }
        if (status == 429) {
            long wait = response.headers().firstValueAsLong("Retry-After").orElse(60);
            throw new HubException(HubException.Kind.TRANSIENT, status, "Too many failed sign-ins to the hub: try again in "
                    + wait + " seconds.", wait);
        }
        throw switch (status) {
            case 401, 403 -> new HubException(HubException.Kind.UNAUTHORIZED, status,
                    "The hub did not accept this workstation's sign-in to " + what + "; sign in to the hub again" + tail + ".");
            case 409 -> new HubException(HubException.Kind.EPOCH_CHANGED, status,
                    "The hub was restored from a backup; this workstation will fetch everything again" + tail + ".");
            case 408, 500, 502, 503, 504 -> new HubException(HubException.Kind.TRANSIENT, status,
                    "The hub could not " + what + " just now (HTTP " + status + ")" + tail + "; it will be tried again.",
                    response.headers().firstValueAsLong("Retry-After").orElse(-1));
            default -> new HubException(HubException.Kind.REFUSED, status,
                    "The hub refused to " + what + " (HTTP " + status + ")" + tail + ".");
        };
    }

    private static @Nullable String code(@Nullable Object body) {
        if (!(body instanceof byte[] bytes) || bytes.length == 0) {
            return null;
        }
        try {
            JsonNode node = SyncJson.MAPPER.readTree(bytes);
            return node.hasNonNull("code") ? node.get("code").asText() : null;
        } catch (IOException e) {
            return null;
        }
    }

    private static @Nullable String problem(@Nullable Object body) {
        if (!(body instanceof byte[] bytes) || bytes.length == 0) {
            return null;
        }
        try {
            JsonNode node = SyncJson.MAPPER.readTree(bytes);
            for (String field : new String[] {"detail", "message", "title", "error"}) {
                if (node.hasNonNull(field)) {
                    return node.get(field).asText();
                }
            }
        } catch (IOException e) {
            // Not JSON: show a little of it.
        }
        String text = new String(bytes, StandardCharsets.UTF_8).strip();
        return text.length() > 200 ? text.substring(0, 200) : text;
    }

    private static <T> T read(HttpResponse<byte[]> response, Class<T> type) throws HubException {
        try {
            return SyncJson.MAPPER.readValue(response.body(), type);
        } catch (IOException e) {
            throw new HubException(HubException.Kind.BAD_ANSWER, "The hub's answer was not understood: " + e.getMessage(), e);
        }
    }
}
