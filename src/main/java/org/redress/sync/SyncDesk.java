package org.redress.sync;

import org.jspecify.annotations.Nullable;
import org.redress.domain.access.Officer;
import org.redress.store.Database;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * What the workstation's screens use of sync: the running engine (when the workspace has a hub),
 * its status, the outbox by state, the conflicts queue, "sync now" and signing in to the hub. It
 * also watches for the network coming back while the hub is unreachable (a cheap health check
 * every few seconds) and then syncs at once instead of waiting out the backoff.
 */
public final class SyncDesk implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SyncDesk.class);
    private static final long WATCH_SECONDS = 10;

    private final Database database;
    private final Clock clock;
    private final @Nullable SyncEngine engine;
    private final @Nullable ScheduledExecutorService watcher;

    private SyncDesk(Database database, Clock clock, @Nullable SyncEngine engine) {
        this.database = database;
        this.clock = clock;
        this.engine = engine;
        if (engine == null) {
            this.watcher = null;
        } else {
            this.watcher = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "redress-sync-network");
                t.setDaemon(true);
                return t;
            });
            watcher.scheduleWithFixedDelay(this::watchNetwork, WATCH_SECONDS, WATCH_SECONDS, TimeUnit.SECONDS);
        }
    }

    /** The desk of {@code database}: with a running engine when the workspace knows its hub, else sync-less. */
    public static SyncDesk open(Database database, Clock clock) {
        String url = database.read(c -> new SyncMetaTable(c).read()).hubUrl();
        if (url == null) {
            return new SyncDesk(database, clock, null);
        }
        SyncEngine engine = SyncEngine.connect(database, url, clock, SyncEngine.Settings.DEFAULT);
        engine.start();
        return new SyncDesk(database, clock, engine);
    }

    public boolean configured() {
        return engine != null;
    }

    public SyncStatus status() {
        return engine != null ? engine.status() : SyncEngine.status(database, false, null);
    }

    public void onStatus(Consumer<SyncStatus> listener) {
        if (engine != null) {
            engine.onStatus(listener);
        }
    }

    /** Asks for a round now; completes with its report (at once, with an error, when there is no hub). */
    public CompletableFuture<SyncReport> syncNow() {
        if (engine == null) {
            return CompletableFuture.failedFuture(new IllegalStateException("no hub is set up for this workspace"));
        }
        return engine.syncNow();
    }

    /** Signs the officer in to the hub from this workstation, then syncs. */
    public void signIn(String username, char[] password) throws HubException {
        if (engine == null) {
            throw new IllegalStateException("no hub is set up for this workspace");
        }
        engine.signIn(username, password, "Redress workstation");
        engine.networkUp();
    }

    /**
     * The officer {@code username} signed out of the workstation: when the hub session on this
     * workstation is theirs, it is ended here and revoked at the hub (as {@code redress sync
     * --sign-out}). Returns whether the hub heard it; false too when the session was someone else's
     * or there was none. Talks to the hub: call it off the UI thread.
     */
    public boolean signOut(String username) {
        SyncMeta meta = database.read(c -> new SyncMetaTable(c).read());
        if (engine == null || meta.hubToken() == null || !username.equals(meta.hubOfficer())) {
            return false;
        }
        boolean told = engine.signOut();
        LOG.info("event=sync.sign_out_with_workstation hub_told={}", told);
        return told;
    }

    public List<OutboxRow> outbox(OutboxState state, int limit) {
        return database.read(c -> new Outbox(c).inState(state, limit));
    }

    public List<OpenConflict> openConflicts() {
        return new ConflictQueue(database, clock).open();
    }

    public void resolve(OpenConflict conflict, String chosenDecisionId, String reason, Officer supervisor) {
        new ConflictQueue(database, clock).resolve(conflict, chosenDecisionId, reason, supervisor,
                Long.parseLong(supervisor.id()));
        if (engine != null) {
            engine.syncNow();
        }
    }

    /**
     * The office's devices at the hub, for a supervisor or an administrator signed in to it here
     * ({@link OfficeDevices}; the hub refuses anyone else). Talks to the hub: call it off the UI thread.
     */
    public OfficeDevices devices() {
        if (engine == null) {
            throw new IllegalStateException("no hub is set up for this workspace");
        }
        return new OfficeDevices(engine.hub());
    }

    private void watchNetwork() {
        SyncEngine e = engine;
        if (e == null) {
            return;
        }
        SyncReport last = e.lastReport();
        if (last == null || last.failure() != HubException.Kind.OFFLINE) {
            return;
        }
        try {
            if (e.hub().healthy()) {
                LOG.info("the hub answers again: syncing now");
                e.networkUp();
            }
        } catch (RuntimeException ex) {
            LOG.debug("network check failed", ex);
        }
    }

    @Override
    public void close() {
        if (watcher != null) {
            watcher.shutdownNow();
        }
        if (engine != null) {
            engine.close();
        }
    }
}
