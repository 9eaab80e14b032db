package org.redress.sync;

import org.jspecify.annotations.Nullable;
import org.redress.store.Database;
import org.redress.sync.protocol.ChallengeResponse;
import org.redress.sync.protocol.SignInRequest;
import org.redress.sync.protocol.SignInResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;

/**
 * The workstation's one sync loop, on its own background thread: a round on a timer, when the
 * network comes back and when the officer asks ("sync now"). A trigger that arrives while a round
 * runs is kept, and another round follows, so nothing asked for is dropped. After failures the
 * timer backs off exponentially with jitter (so a hub coming back is not hit by every workstation
 * at once); a request by the officer or the network coming back does not wait for the backoff.
 * Nothing here runs on the UI thread.
 */
public final class SyncEngine implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SyncEngine.class);

    /** Timings and sizes of the loop. */
    public record Settings(Duration interval, Duration firstBackoff, Duration maxBackoff, int pushBatch, int pullLimit,
                           int chunkSize) {
        public static final Settings DEFAULT = new Settings(Duration.ofSeconds(30), Duration.ofSeconds(2),
                Duration.ofMinutes(5), 500, 2_000, BlobSender.DEFAULT_CHUNK);
    }

    private final Database database;
    private final HubClient hub;
    private final Clock clock;
    private final Settings settings;
    private final BlobSender blobs;
    private final Object lock = new Object();
    private final List<Consumer<SyncStatus>> listeners = new CopyOnWriteArrayList<>();
    private List<CompletableFuture<SyncReport>> waiting = new ArrayList<>();
    private boolean triggered;
    private boolean closed;
    private volatile boolean running;
    private volatile @Nullable SyncReport lastReport;
    private int failures;
    private @Nullable Thread thread;

    public SyncEngine(Database database, HubClient hub, Clock clock, Settings settings) {
        this.database = database;
        this.hub = hub;
        this.clock = clock;
        this.settings = settings;
        this.blobs = new BlobSender(database, hub, clock, settings.chunkSize());
    }

    /**
     * An engine for the hub at {@code hubUrl}, authenticating with the token sync_meta holds and
     * trusting only the hub key it pinned.
     */
    public static SyncEngine connect(Database database, String hubUrl, Clock clock, Settings settings) {
        String pin = database.writeAndWait(c -> {
            SyncMetaTable meta = new SyncMetaTable(c);
            meta.setHubUrl(hubUrl);
            return meta.read().hubPin();
        });
        HubClient client = new HubClient(hubUrl, () -> database.read(c -> new SyncMetaTable(c).read()).hubToken(),
                new HubTrust(pin));
        return new SyncEngine(database, client, clock, settings);
    }

    public HubClient hub() {
        return hub;
    }

    /**
     * Signs {@code username} in to the hub from this workstation, proving it holds its device key
     * (made on first use, {@link DeviceKeyFile}); keeps the device-bound token for the loop and
     * takes the hub's id of the device as the client id. On the first contact with a hub over TLS,
     * its certificate key is pinned before the password is sent; from then on no other key is
     * accepted. A new device is enrolled and must be approved at the hub first
     * ({@link HubException.Kind#DEVICE_PENDING}).
     */
    public SignInResponse signIn(String username, char[] password, String deviceName) throws HubException {
        DeviceKey key = DeviceKeyFile.loadOrCreate(database.workspace());
        for (int attempt = 1; ; attempt++) {
            ChallengeResponse challenge = hub.challenge();
            pinOnFirstContact();
            SignInRequest request = new SignInRequest(username, new String(password), deviceName, key.publicKeyBase64(),
                    challenge.nonce(), key.signSignIn(challenge.nonce(), username));
            try {
                SignInResponse response = hub.signIn(request);
                database.writeAndWait(c -> {
                    SyncMetaTable meta = new SyncMetaTable(c);
                    if (meta.adoptDeviceId(response.deviceId())) {
                        LOG.info("event=sync.device_enrolled");
                    }
                    meta.setSession(username, response.token(), response.expiresAt());
                    return null;
                });
                LetterSignerRefresh.refresh(hub, database);
                return response;
            } catch (HubException e) {
                // The hub's password checks were all busy: come back once or twice, as it asked.
                if (e.status() != 503 || attempt >= SIGN_IN_ATTEMPTS) {
                    throw e;
                }
                pause(Math.clamp(e.retryAfterSeconds(), 1, 5));
            }
        }
    }

    private static final int SIGN_IN_ATTEMPTS = 3;

    private void pinOnFirstContact() throws HubException {
        HubTrust trust = hub.trust();
        if (!hub.encrypted() || trust.pinned() != null) {
            return;
        }
        String seen = trust.lastPresented();
        if (seen == null) {
            throw new HubException(HubException.Kind.BAD_ANSWER, 0, "The hub's certificate could not be read.");
        }
        trustHubKey(seen);
        LOG.info("event=sync.hub_key_pinned");
    }

    /**
     * Trusts the hub whose certificate key has {@code fingerprint} (and no other) from now on: the
     * way on after an administrator confirmed that the hub's certificate really changed.
     */
    public void trustHubKey(String fingerprint) {
        database.writeAndWait(c -> {
            new SyncMetaTable(c).setHubPin(fingerprint);
            return null;
        });
        hub.trust().pin(fingerprint);
    }

    /**
     * Signs this workstation out of the hub: the token is forgotten here and, when the hub can be
     * reached, revoked there. Returns whether the hub heard it (else the token lapses at its expiry).
     */
    public boolean signOut() {
        boolean told = false;
        if (database.read(c -> new SyncMetaTable(c).read()).hubToken() != null) {
            try {
                hub.signOut();
                told = true;
            } catch (HubException e) {
                LOG.info("event=sync.sign_out hub_told=false kind={}", e.kind());
            }
        }
        database.writeAndWait(c -> {
            new SyncMetaTable(c).clearToken();
            return null;
        });
        return told;
    }

    private static void pause(long seconds) throws HubException {
        try {
            Thread.sleep(Duration.ofSeconds(seconds));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new HubException(HubException.Kind.OFFLINE, "Stopped while waiting to sign in to the hub.", e);
        }
    }

    /** Starts the background loop; the first round runs at once. */
    public void start() {
        synchronized (lock) {
            if (thread != null || closed) {
                return;
            }
            triggered = true;
            Thread t = new Thread(this::loop, "redress-sync");
            t.setDaemon(true);
            thread = t;
            t.start();
        }
    }

    /** Asks for a round now; the future completes with the first round that starts after this call. */
    public CompletableFuture<SyncReport> syncNow() {
        CompletableFuture<SyncReport> future = new CompletableFuture<>();
        synchronized (lock) {
            if (closed) {
                future.completeExceptionally(new IllegalStateException("sync has stopped"));
                return future;
            }
            waiting.add(future);
            triggered = true;
            lock.notifyAll();
        }
        return future;
    }

    /** The network came back: sync now rather than when the backoff ends. */
    public void networkUp() {
        synchronized (lock) {
            failures = 0;
            triggered = true;
            lock.notifyAll();
        }
    }

    /**
     * Runs one round on the calling thread (the CLI); must not be mixed with {@link #start()}.
     */
    public SyncReport syncOnce() {
        return syncOnce(SyncProgress.NONE);
    }

    /** {@link #syncOnce()}, telling {@code progress} after each batch sent and each page fetched. */
    public SyncReport syncOnce(SyncProgress progress) {
        SyncReport report = round(progress);
        publish();
        return report;
    }

    /** Sends the outbox without pulling, on the calling thread (benchmarks); returns how many the hub answered. */
    public int pushOnly() throws HubException {
        return new SyncRound(database, hub, clock, settings.pushBatch(), settings.pullLimit(), blobs).pushOnly();
    }

    public void onStatus(Consumer<SyncStatus> listener) {
        listeners.add(listener);
    }

    public @Nullable SyncReport lastReport() {
        return lastReport;
    }

    /** The state the status bar shows, read from the workspace (cheap counts). */
    /** The outbox's rows in {@code state}, at most {@code limit} (the refused ones, for {@code redress sync}). */
    public List<OutboxRow> outbox(OutboxState state, int limit) {
        return database.read(c -> new Outbox(c).inState(state, limit));
    }

    public SyncStatus status() {
        return status(database, running, lastReport);
    }

    static SyncStatus status(Database database, boolean running, @Nullable SyncReport last) {
        return database.read(c -> {
            SyncMeta meta = new SyncMetaTable(c).read();
            Map<OutboxState, Integer> counts = new Outbox(c).counts();
            int files = new BlobUploads(c).countNotDone();
            int open = ConflictQueue.countOpen(c);
            SyncStatus.Connection connection;
            if (meta.hubUrl() == null) {
                connection = SyncStatus.Connection.NOT_CONFIGURED;
            } else if (last == null ? meta.lastError() == null : last.ok()) {
                connection = SyncStatus.Connection.ONLINE;
            } else if (last != null && last.failure() == HubException.Kind.UNAUTHORIZED) {
                connection = SyncStatus.Connection.SIGN_IN_NEEDED;
            } else if (last == null || last.failure() == HubException.Kind.OFFLINE
                    || last.failure() == HubException.Kind.TRANSIENT) {
                connection = SyncStatus.Connection.OFFLINE;
            } else {
                connection = SyncStatus.Connection.ERROR;
            }
            return new SyncStatus(connection, running, counts.get(OutboxState.PENDING), counts.get(OutboxState.REJECTED),
                    counts.get(OutboxState.CONFLICT), open, files, meta.lastSuccessAt(), meta.lastError());
        });
    }

    private SyncReport round() {
        return round(SyncProgress.NONE);
    }

    private SyncReport round(SyncProgress progress) {
        running = true;
        try {
            SyncReport report = new SyncRound(database, hub, clock, settings.pushBatch(), settings.pullLimit(), blobs)
                    .withProgress(progress).run();
            lastReport = report;
            return report;
        } finally {
            running = false;
        }
    }

    private void loop() {
        while (true) {
            List<CompletableFuture<SyncReport>> served;
            synchronized (lock) {
                long waitMillis = delay().toMillis();
                long until = System.nanoTime() + waitMillis * 1_000_000;
                while (!closed && !triggered) {
                    long left = (until - System.nanoTime()) / 1_000_000;
                    if (left <= 0) {
                        break;
                    }
                    try {
                        lock.wait(left);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        closed = true;
                    }
                }
                if (closed) {
                    waiting.forEach(f -> f.completeExceptionally(new IllegalStateException("sync has stopped")));
                    waiting.clear();
                    return;
                }
                triggered = false;
                served = waiting;
                waiting = new ArrayList<>();
            }
            publish();
            SyncReport report;
            try {
                report = round();
            } catch (RuntimeException e) {
                LOG.warn("sync round failed on this workstation", e);
                report = new SyncReport(0, 0, 0, 0, Map.of(), 0, false, "Sync failed: " + e.getMessage(), null);
            }
            synchronized (lock) {
                failures = report.ok() ? 0 : failures + 1;
            }
            for (CompletableFuture<SyncReport> future : served) {
                future.complete(report);
            }
            publish();
        }
    }

    /** The wait before the next timed round: the interval, or a jittered exponential backoff after failures. */
    private Duration delay() {
        if (failures == 0) {
            return settings.interval();
        }
        long first = settings.firstBackoff().toMillis();
        long max = settings.maxBackoff().toMillis();
        long backoff = Math.min(max, first << Math.min(failures - 1, 20));
        // "Equal jitter": half fixed, half random.
        return Duration.ofMillis(backoff / 2 + ThreadLocalRandom.current().nextLong(backoff / 2 + 1));
    }

    private void publish() {
        if (listeners.isEmpty()) {
            return;
        }
        try {
            SyncStatus status = status();
            listeners.forEach(l -> l.accept(status));
        } catch (RuntimeException e) {
            LOG.debug("status could not be read", e);
        }
    }

    /** Stops the loop after the round in progress. */
    @Override
    public void close() {
        Thread t;
        synchronized (lock) {
            closed = true;
            lock.notifyAll();
            t = thread;
        }
        if (t != null && t != Thread.currentThread()) {
            try {
                t.join(Duration.ofSeconds(30));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
