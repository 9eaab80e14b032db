package org.redress.hub;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.redress.hub.http.HubJson;
import org.redress.sync.HubTrust;
import org.redress.sync.protocol.ChallengeResponse;
import org.redress.sync.protocol.DeviceProof;
import org.redress.sync.protocol.Endpoints;
import org.redress.sync.protocol.Mutation;
import org.redress.sync.protocol.MutationKind;
import org.redress.sync.protocol.ProtocolLimits;
import org.redress.sync.protocol.PullResponse;
import org.redress.sync.protocol.PushRequest;
import org.redress.sync.protocol.PushResponse;
import org.redress.sync.protocol.SignInRequest;
import org.redress.sync.protocol.SignInResponse;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.Signature;
import java.util.Base64;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Load against a hub running in this process, over HTTPS with its key pinned (java.net.http), for
 * {@code redress bench sync}: push throughput of one or several workstations, pull throughput,
 * blob upload and download. Each device it signs in is enrolled with a key of its own and approved
 * at the hub; each method returns what it moved and how long it took.
 */
public final class HubLoad {

    private final HttpClient http;
    private final String baseUrl;
    private final HubServer hub;

    public HubLoad(HubServer hub) {
        this.hub = hub;
        this.baseUrl = hub.baseUrl();
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .sslContext(new HubTrust(hub.fingerprint()).sslContext()).build();
    }

    /** What one run moved: {@code count} units (mutations, changes or bytes) in {@code elapsed}. */
    public record Result(String what, long count, Duration elapsed) {
        public double perSecond() {
            return count / Math.max(1e-9, elapsed.toNanos() / 1e9);
        }

        @Override
        public String toString() {
            return String.format(java.util.Locale.ROOT, "%s: %,d in %.2f s = %,.0f/s", what, count,
                    elapsed.toNanos() / 1e9, perSecond());
        }
    }

    /** A signed-in device: its id (the clientId) and its token. */
    public record Device(UUID id, String token) {
    }

    /** Signs {@code username} in on a new device, which the hub enrols and this load approves. */
    public Device signIn(String username, String password) throws IOException, InterruptedException {
        KeyPair pair;
        try {
            pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JDK makes Ed25519 keys", e);
        }
        HttpResponse<byte[]> first = signInOnce(username, password, pair);
        if (first.statusCode() == 403) {
            try {
                hub.accounts().devices().approve(DeviceProof.deviceId(pair.getPublic().getEncoded()).toString(), "load", null);
            } catch (java.sql.SQLException e) {
                throw new IOException("the load's device could not be approved", e);
            }
            first = signInOnce(username, password, pair);
        }
        if (first.statusCode() != 200) {
            throw new IOException("sign-in gave " + first.statusCode());
        }
        SignInResponse signedIn = HubJson.MAPPER.readValue(first.body(), SignInResponse.class);
        return new Device(signedIn.deviceId(), signedIn.token());
    }

    private HttpResponse<byte[]> signInOnce(String username, String password, KeyPair pair) throws IOException, InterruptedException {
        HttpResponse<byte[]> c = send(HttpRequest.newBuilder(URI.create(baseUrl + Endpoints.CHALLENGE))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), 200);
        String nonce = HubJson.MAPPER.readValue(c.body(), ChallengeResponse.class).nonce();
        String publicKey = Base64.getEncoder().encodeToString(pair.getPublic().getEncoded());
        String signature;
        try {
            Signature signer = Signature.getInstance("Ed25519");
            signer.initSign(pair.getPrivate());
            signer.update(DeviceProof.message(nonce, username, publicKey));
            signature = Base64.getEncoder().encodeToString(signer.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JDK signs with Ed25519", e);
        }
        SignInRequest request = new SignInRequest(username, password, "load", publicKey, nonce, signature);
        return http.send(HttpRequest.newBuilder(URI.create(baseUrl + Endpoints.SIGN_IN))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(HubJson.bytes(request))).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    /** Pushes {@code count} notes in batches of {@code batch} from one device, seq 1 onwards. */
    public Result push(Device device, int count, int batch, String casePrefix) throws IOException, InterruptedException {
        long began = System.nanoTime();
        pushAll(device, count, batch, casePrefix);
        return new Result("push " + batch + "/batch, 1 workstation", count, Duration.ofNanos(System.nanoTime() - began));
    }

    /** Pushes {@code perDevice} notes from each device at once. */
    public Result pushConcurrently(List<Device> devices, int perDevice, int batch, String casePrefix) throws Exception {
        long began = System.nanoTime();
        try (ExecutorService pool = Executors.newFixedThreadPool(devices.size())) {
            List<Future<Void>> running = new ArrayList<>();
            for (int i = 0; i < devices.size(); i++) {
                Device d = devices.get(i);
                String prefix = casePrefix + "-" + i;
                running.add(pool.submit(() -> {
                    pushAll(d, perDevice, batch, prefix);
                    return null;
                }));
            }
            for (Future<Void> f : running) {
                f.get();
            }
        }
        return new Result("push " + batch + "/batch, " + devices.size() + " workstations", (long) perDevice * devices.size(),
                Duration.ofNanos(System.nanoTime() - began));
    }

    /** The device's first {@value #CASES} mutations make its cases (provisional numbers, which the hub replaces); the rest are notes on them. */
    private void pushAll(Device device, int count, int batch, String casePrefix) throws IOException, InterruptedException {
        long seq = 1;
        List<UUID> cases = new ArrayList<>();
        while (seq <= count) {
            List<Mutation> mutations = new ArrayList<>(batch);
            for (int i = 0; i < batch && seq <= count; i++, seq++) {
                if (cases.size() < CASES) {
                    UUID caseId = UUID.randomUUID();
                    cases.add(caseId);
                    mutations.add(new Mutation(seq, UUID.randomUUID(), MutationKind.CASE_CREATE, caseId.toString(), 0,
                            newCase(caseId, casePrefix + "-" + cases.size()), Instant.now()));
                    continue;
                }
                ObjectNode payload = HubJson.object().put("text", "load note " + seq);
                mutations.add(new Mutation(seq, UUID.randomUUID(), MutationKind.NOTE_ADD,
                        cases.get((int) (seq % CASES)).toString(), 0, payload, Instant.now()));
            }
            HttpResponse<byte[]> r = send(authorised(Endpoints.PUSH, device)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(HubJson.bytes(
                            new PushRequest(device.id(), ProtocolLimits.SCHEMA_VERSION, mutations)))).build(), 200);
            PushResponse response = HubJson.MAPPER.readValue(r.body(), PushResponse.class);
            if (response.gap() || response.lastMutationSeq() != seq - 1) {
                throw new IOException("the hub stopped at " + response.lastMutationSeq());
            }
        }
    }

    static final int CASES = 50;

    /** A {@code case.create} payload with a provisional number; the subject is made up, {@code tag} tells the cases apart. */
    static ObjectNode newCase(UUID caseId, String tag) {
        ObjectNode p = HubJson.object();
        p.put("caseNo", org.redress.domain.appeal.ProvisionalCaseNumber.of("RD", java.time.Year.now().getValue(), caseId, 8)
                .toString());
        p.putObject("subject").put("kind", "PERSON").put("identifier", "LOAD-" + caseId).put("name", "Load " + tag);
        p.putArray("deductions").addObject().put("agencyCode", "LOAD").put("reference", tag + "-" + caseId)
                .put("schemeCode", "RONGCHENG_POINTS").put("ruleCode", "R1").put("kind", "DEDUCTION").put("points", -5)
                .put("imposedOn", "2026-01-05");
        p.put("receivedOn", java.time.LocalDate.now().toString());
        p.put("status", "RECEIVED");
        p.put("channel", "IMPORT");
        p.putArray("grounds").add("FACTS_WRONG");
        p.put("statement", "Load test appeal");
        return p;
    }

    /** Pulls the device's office from the start until {@code hasMore} is false. */
    public Result pullAll(Device device, int limit) throws IOException, InterruptedException {
        long began = System.nanoTime();
        long changes = 0;
        String cursor = null;
        PullResponse page;
        do {
            String q = "?limit=" + limit + (cursor == null ? "" : "&cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8));
            HttpResponse<byte[]> r = send(authorised(Endpoints.PULL + q, device).GET().build(), 200);
            page = HubJson.MAPPER.readValue(r.body(), PullResponse.class);
            changes += page.changes().size();
            cursor = page.cursor();
        } while (page.hasMore());
        return new Result("pull " + limit + "/page", changes, Duration.ofNanos(System.nanoTime() - began));
    }

    /** Uploads {@code bytes} in chunks of {@code chunk} bytes; the count is bytes. */
    public Result upload(Device device, byte[] bytes, int chunk) throws IOException, InterruptedException {
        String sha = sha256(bytes);
        long began = System.nanoTime();
        for (int from = 0; from < bytes.length; from += chunk) {
            byte[] part = java.util.Arrays.copyOfRange(bytes, from, Math.min(bytes.length, from + chunk));
            send(authorised(Endpoints.BLOBS + sha, device)
                    .header(Endpoints.UPLOAD_OFFSET, Integer.toString(from))
                    .header(Endpoints.UPLOAD_LENGTH, Integer.toString(bytes.length))
                    .header(Endpoints.CHUNK_SHA256, sha256(part))
                    .method("PATCH", HttpRequest.BodyPublishers.ofByteArray(part)).build(), 204);
        }
        return new Result("blob upload (bytes)", bytes.length, Duration.ofNanos(System.nanoTime() - began));
    }

    /** Downloads a blob whole and checks its SHA-256; the count is bytes. */
    public Result download(Device device, String sha) throws IOException, InterruptedException {
        long began = System.nanoTime();
        HttpResponse<byte[]> r = send(authorised(Endpoints.BLOBS + sha, device).GET().build(), 200);
        if (!sha256(r.body()).equals(sha)) {
            throw new IOException("downloaded bytes do not match their SHA-256");
        }
        return new Result("blob download (bytes)", r.body().length, Duration.ofNanos(System.nanoTime() - began));
    }

    private HttpRequest.Builder authorised(String path, Device device) {
        return HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Authorization", "Bearer " + device.token());
    }

    private HttpResponse<byte[]> send(HttpRequest request, int expected) throws IOException, InterruptedException {
        HttpResponse<byte[]> r = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        if (r.statusCode() != expected) {
            throw new IOException(request.method() + " " + request.uri().getPath() + " gave " + r.statusCode());
        }
        return r;
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
