package org.redress.sync;

import org.jspecify.annotations.Nullable;
import org.redress.letters.LetterUpgrades;
import org.redress.store.CaseRepository;
import org.redress.store.Database;
import org.redress.sync.protocol.Change;
import org.redress.sync.protocol.Mutation;
import org.redress.sync.protocol.MutationKind;
import org.redress.sync.protocol.MutationResult;
import org.redress.sync.protocol.MutationStatus;
import org.redress.sync.protocol.ProtocolLimits;
import org.redress.sync.protocol.PullResponse;
import org.redress.sync.protocol.PushRequest;
import org.redress.sync.protocol.PushResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * One round of the sync loop of SYNC.md, on the calling thread: push the outbox until it is
 * empty or the hub stops taking it, send evidence files, then pull until the hub has no more —
 * each pulled page, its cursor and the outbox acknowledgements in ONE SQLite transaction. A hub
 * restored from a backup (another epoch) resets the replica's cursor and sends again what the
 * hub lost.
 */
final class SyncRound {

    private static final Logger LOG = LoggerFactory.getLogger(SyncRound.class);
    /** A push's JSON must stay under the hub's body limit; payloads are counted with some slack. */
    private static final long PUSH_BUDGET = ProtocolLimits.MAX_JSON_BODY_BYTES * 3 / 4;
    private static final int MAX_PASSES = 4;

    private final Database database;
    private final HubClient hub;
    private final Clock clock;
    private final int pushBatch;
    private final int pullLimit;
    private final @Nullable BlobSender blobs;

    private int pushed;
    private int conflicted;
    private int rejected;
    private int pulled;
    private int blobsSent;
    private int numberBlocks;
    private int renumbered;
    private boolean reset;
    private final PullTally tally = new PullTally();
    private SyncProgress progress = SyncProgress.NONE;
    private int toSend;

    SyncRound(Database database, HubClient hub, Clock clock, int pushBatch, int pullLimit, @Nullable BlobSender blobs) {
        this.database = database;
        this.hub = hub;
        this.clock = clock;
        this.pushBatch = Math.min(pushBatch, ProtocolLimits.MAX_MUTATIONS_PER_PUSH);
        this.pullLimit = Math.min(pullLimit, ProtocolLimits.MAX_PULL_LIMIT);
        this.blobs = blobs;
    }

    SyncRound withProgress(SyncProgress listener) {
        this.progress = listener;
        return this;
    }

    /** Runs the round; a failure ends it and is reported in words, everything done before it stays done. */
    SyncReport run() {
        String error = null;
        HubException failure = null;
        try {
            for (int pass = 0; pass < MAX_PASSES; pass++) {
                push();
                if (pass == 0) {
                    numberBlocks += NumberTopUp.run(database, hub, clock,
                            database.read(c -> new SyncMetaTable(c).read()).clientId());
                }
                if (pass == 0 && blobs != null) {
                    blobsSent += blobs.sendAll();
                }
                if (pass == 0) {
                    upgradeLetters();
                }
                if (!pull()) {
                    break;
                }
            }
            if (blobs != null) {
                // Other workstations' evidence, after the pull that named it; never before the changes themselves.
                int fetched = new BlobFetcher(database, hub, clock).fetchAll();
                LOG.debug("evidence files fetched: {}", fetched);
            }
            UUID clientId = database.read(c -> new SyncMetaTable(c).read()).clientId();
            error = AuditHeadReporter.report(database, hub, clientId);
        } catch (HubException e) {
            failure = e;
            error = e.getMessage();
        } catch (RuntimeException e) {
            LOG.warn("sync round failed", e);
            error = "Sync failed on this workstation: " + e.getMessage();
        }
        String recorded = error;
        database.writeAndWait(c -> {
            new SyncMetaTable(c).recordAttempt(clock.instant(), recorded);
            return null;
        });
        if (failure != null) {
            LOG.info("sync round stopped: {} ({})", failure.kind(), failure.getMessage());
        }
        return new SyncReport(pushed, conflicted, rejected, pulled, tally.applied(), blobsSent, reset, error,
                failure == null ? null : failure.kind(), numberBlocks, renumbered);
    }

    /**
     * Letters signed offline (PAdES B-B) are raised to B-LT now the office's TSA and CRL are at hand
     * ({@link LetterUpgrades}); never fails the round: what the hub cannot serve waits for the next.
     */
    private void upgradeLetters() {
        try {
            LetterUpgrades.Result result = new LetterUpgrades(database, clock).run(new HubOfficeServices(hub));
            LOG.debug("letters raised to B-LT: {} (left for later: {})", result.upgraded(), result.left());
        } catch (RuntimeException e) {
            LOG.warn("event=sync.letters_upgrade outcome=failed error={}", e.getClass().getSimpleName());
        }
    }

    /** Only the push half (benchmarks): sends the outbox, returns how many the hub took. */
    int pushOnly() throws HubException {
        push();
        return pushed + conflicted + rejected;
    }

    private void push() throws HubException {
        SyncMeta meta = database.read(c -> new SyncMetaTable(c).read());
        // Cases made here before cases were synced: their creation goes out before anything else new.
        while (database.read(Announcements::anyMarked)) {
            int announced = database.writeAndWait(c -> Announcements.announceMarked(c, clock.instant(), pushBatch));
            LOG.debug("announced {} cases made before cases were synced", announced);
        }
        // Letters issued here before letters were synced: each goes once, after its case's announcement.
        while (database.read(LegacyLetters::any)) {
            int sent = database.writeAndWait(c -> LegacyLetters.enqueue(c, pushBatch));
            LOG.debug("queued {} letters issued before letters were synced", sent);
            if (sent == 0) {
                break;
            }
        }
        while (true) {
            List<Mutation> run = database.read(c -> new Outbox(c).nextRun(pushBatch, PUSH_BUDGET));
            if (run.isEmpty()) {
                return;
            }
            if (toSend == 0) {
                toSend = database.read(c -> new Outbox(c).counts().get(OutboxState.PENDING));
            }
            PushResponse response = hub.push(new PushRequest(meta.clientId(), ProtocolLimits.SCHEMA_VERSION, run));
            boolean progressed = database.writeAndWait(c -> record(c, run, response));
            progress.step(pushed + conflicted + rejected, Math.max(toSend, pushed + conflicted + rejected), pulled);
            if (!progressed) {
                throw new HubException(HubException.Kind.BAD_ANSWER, 0,
                        "The hub took none of the changes sent from seq " + run.getFirst().seq() + "; will try again later.");
            }
        }
    }

    private boolean record(Connection c, List<Mutation> run, PushResponse response) throws SQLException {
        Outbox outbox = new Outbox(c);
        long first = run.getFirst().seq();
        for (MutationResult result : response.results()) {
            MutationResult effective = outbox.recordResult(result);
            int index = (int) (result.seq() - first);
            if (index >= 0 && index < run.size() && MutationKind.CASE_CREATE.equals(run.get(index).kind())) {
                creationAnswered(c, run.get(index), result, effective);
            }
            MutationStatus status = result.status();
            switch (status) {
                case APPLIED, DUPLICATE -> pushed++;
                case CONFLICT_RECORDED -> conflicted++;
                case REJECTED -> rejected++;
            }
        }
        new SyncMetaTable(c).setAcked(response.lastMutationSeq());
        if (response.lastMutationSeq() < first - 1) {
            // The hub lacks mutations before this run (a restored hub): send from its last again.
            return outbox.reopenAfter(response.lastMutationSeq()) > 0 || !response.results().isEmpty();
        }
        if (response.results().isEmpty() && response.lastMutationSeq() >= first) {
            // The hub has these already but answered without results: its last acknowledges them.
            return outbox.ackUpTo(response.lastMutationSeq()) > 0;
        }
        return !response.results().isEmpty();
    }

    /**
     * The hub's answer to a case's creation: the number it gave (a provisional one replaced) is the
     * case's from now on; a refusal (a number another case holds, or one never leased here) goes
     * into the case's history in the hub's words, beside the Refused list.
     */
    private void creationAnswered(Connection c, Mutation m, MutationResult raw, MutationResult effective)
            throws SQLException {
        CaseRepository cases = new CaseRepository(c, clock);
        var row = cases.byCaseId(UUID.fromString(m.entityId()));
        if (row.isEmpty()) {
            return;
        }
        switch (effective.status()) {
            case APPLIED, DUPLICATE -> {
                String given = effective.detail() == null ? null : effective.detail().path("caseNo").asText(null);
                if (given != null && !given.equals(row.get().caseNo())) {
                    cases.giveNumber(row.get().id(), given, "given by the hub");
                    renumbered++;
                }
            }
            case REJECTED -> {
                if (raw.status() != MutationStatus.DUPLICATE) {
                    cases.appendEvent(row.get().id(), null, "CREATION_REFUSED", effective.reason());
                }
            }
            case CONFLICT_RECORDED -> { }
        }
    }

    /** Pulls until the hub has no more; true when the outbox must be pushed again (the hub lost some of it). */
    private boolean pull() throws HubException {
        SyncMeta meta = database.read(c -> new SyncMetaTable(c).read());
        String epoch = meta.serverEpoch();
        String cursor = meta.pullCursor();
        boolean pushAgain = false;
        boolean resetThisPull = false;
        Prefetch next = new Prefetch(hub, cursor, pullLimit, epoch);
        while (true) {
            PullResponse page;
            try {
                page = next.page();
            } catch (HubException e) {
                if (e.kind() != HubException.Kind.EPOCH_CHANGED || resetThisPull) {
                    throw e;
                }
                resetReplica();
                resetThisPull = true;
                epoch = null;
                cursor = null;
                next = new Prefetch(hub, null, pullLimit, null);
                continue;
            }
            if (epoch != null && !epoch.equals(page.epoch())) {
                if (resetThisPull) {
                    throw new HubException(HubException.Kind.BAD_ANSWER, 0, "The hub changed its epoch twice in one sync.");
                }
                resetReplica();
                resetThisPull = true;
                epoch = null;
                cursor = null;
                next = new Prefetch(hub, null, pullLimit, null);
                continue;
            }
            if (page.hasMore()) {
                // The hub prepares the next page while this one goes into SQLite; it is used only after this one is applied.
                next = new Prefetch(hub, page.cursor(), pullLimit, page.epoch());
            }
            PullResponse current = page;
            boolean lost = database.writeAndWait(c -> applyPage(c, current));
            pushAgain |= lost;
            pulled += page.changes().size();
            progress.step(pushed + conflicted + rejected, Math.max(toSend, pushed + conflicted + rejected), pulled);
            epoch = page.epoch();
            cursor = page.cursor();
            if (!page.hasMore()) {
                return pushAgain;
            }
        }
    }

    /**
     * A page fetched on a thread of its own, so that the hub's query, the transfer and the parse of
     * page n + 1 overlap the SQLite transaction of page n. Pages are still applied one after the
     * other, in order, each with its own cursor; a page whose predecessor failed is never applied.
     */
    private static final class Prefetch {
        private final CompletableFuture<PullResponse> page = new CompletableFuture<>();

        Prefetch(HubClient hub, @Nullable String cursor, int limit, @Nullable String epoch) {
            Thread.ofVirtual().name("redress-pull").start(() -> {
                try {
                    page.complete(hub.pull(cursor, limit, epoch));
                } catch (Throwable t) {
                    page.completeExceptionally(t);
                }
            });
        }

        PullResponse page() throws HubException {
            try {
                return page.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new HubException(HubException.Kind.OFFLINE, "Stopped while trying to fetch changes from the hub.", e);
            } catch (ExecutionException e) {
                switch (e.getCause()) {
                    case HubException h -> throw h;
                    case RuntimeException r -> throw r;
                    case Error err -> throw err;
                    default -> throw new IllegalStateException(e.getCause());
                }
            }
        }
    }

    /** One page, its cursor and the acknowledgements, in the caller's one transaction. */
    private boolean applyPage(Connection c, PullResponse page) throws SQLException {
        ReplicaApplier applier = new ReplicaApplier(c, clock.instant());
        try {
            for (Change change : page.changes()) {
                applier.apply(change);
            }
            applier.finish();
        } finally {
            applier.close();
        }
        tally.add(applier.tally());
        new SyncMetaTable(c).setPulled(page.epoch(), page.cursor(), page.lastMutationSeq());
        Outbox outbox = new Outbox(c);
        outbox.ackUpTo(page.lastMutationSeq());
        if (highestAnswered(c) > page.lastMutationSeq()) {
            outbox.reopenAfter(page.lastMutationSeq());
            new SyncMetaTable(c).reset(page.epoch(), page.lastMutationSeq());
            try (PreparedStatement ps = c.prepareStatement("UPDATE sync_meta SET pull_cursor = ? WHERE id = 1")) {
                ps.setString(1, page.cursor());
                ps.executeUpdate();
            }
            return true;
        }
        return false;
    }

    private static long highestAnswered(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT ifnull(max(seq), 0) FROM outbox WHERE state <> 'PENDING'");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** The hub was restored: forget the cursor and the hub versions, so the next pull rebuilds from it. */
    private void resetReplica() {
        LOG.info("the hub's epoch changed: pulling everything again");
        reset = true;
        database.writeAndWait(c -> {
            new SyncMetaTable(c).reset(null, 0);
            try (PreparedStatement ps = c.prepareStatement("UPDATE appeal_case SET server_version = 0 WHERE server_version <> 0")) {
                ps.executeUpdate();
            }
            return null;
        });
    }
}
