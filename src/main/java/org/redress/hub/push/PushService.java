package org.redress.hub.push;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.jspecify.annotations.Nullable;
import org.redress.hub.accounts.Caller;
import org.redress.hub.db.HubDatabase;
import org.redress.hub.db.Transience;
import org.redress.hub.http.HttpProblem;
import org.redress.hub.http.HubJson;
import org.redress.sync.protocol.Mutation;
import org.redress.sync.protocol.MutationKind;
import org.redress.sync.protocol.MutationResult;
import org.redress.sync.protocol.MutationStatus;
import org.redress.sync.protocol.ProtocolLimits;
import org.redress.sync.protocol.PushRequest;
import org.redress.sync.protocol.PushResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * {@code POST /v1/sync/push} as SYNC.md has it: each mutation in a transaction that locks the
 * client's sync_client row, so that retries and concurrent hub instances apply it exactly once —
 * its own transaction, except that a run of notes and attachments shares one ({@link FactBatch}). A seq already taken returns the stored result (DUPLICATE, the original under
 * {@code detail.stored}); a seq beyond {@code last + 1} stops the push ({@code gap}); a permanent
 * refusal is stored as REJECTED and still advances {@code last}.
 *
 * <p>Each mutation commits without waiting for its WAL flush; the push answers only after
 * {@link HubDatabase#flushBarrier()}, which puts every earlier commit on disk. So no answer, and
 * no pull (it ends with the same barrier), ever shows work a crash of PostgreSQL could still
 * take back, while a batch costs one disk flush instead of one per mutation.
 */
public final class PushService {

    private static final Logger LOG = LoggerFactory.getLogger(PushService.class);
    private static final int RETRIES = 3;

    // ON CONFLICT DO UPDATE locks the row like SELECT … FOR UPDATE, and the stored result by id
    // comes back in the same round trip.
    private static final String LOCK_CLIENT = """
            WITH lazy AS (SELECT set_config('synchronous_commit', 'off', true))
            INSERT INTO sync_client (client_id) SELECT ?::uuid FROM lazy
            ON CONFLICT (client_id) DO UPDATE SET last_mutation_seq = sync_client.last_mutation_seq
            RETURNING last_mutation_seq, (SELECT result::text FROM applied_mutation WHERE mutation_id = ?)""";

    private static final String STORE_AND_ADVANCE = """
            WITH stored AS (
                INSERT INTO applied_mutation (client_id, seq, mutation_id, kind, officer_id, result)
                VALUES (?, ?, ?, ?, ?, ?::jsonb))
            UPDATE sync_client SET last_mutation_seq = ? WHERE client_id = ?""";

    private final HubDatabase db;
    private final Rules rules;

    public PushService(HubDatabase db, org.redress.domain.scheme.Catalog catalog) {
        this.db = db;
        this.rules = new Rules(catalog);
    }

    public PushResponse push(Caller caller, PushRequest request) throws SQLException {
        if (request.clientId() == null) {
            throw HttpProblem.badRequest("clientId is required");
        }
        if (!request.clientId().equals(caller.deviceId())) {
            throw HttpProblem.forbidden("the token belongs to another device");
        }
        if (request.schemaVersion() != ProtocolLimits.SCHEMA_VERSION) {
            throw HttpProblem.badRequest("schema version " + request.schemaVersion() + " is not "
                    + ProtocolLimits.SCHEMA_VERSION);
        }
        if (request.mutations().size() > ProtocolLimits.MAX_MUTATIONS_PER_PUSH) {
            throw new HttpProblem(413, "at most " + ProtocolLimits.MAX_MUTATIONS_PER_PUSH + " mutations per push");
        }
        for (Mutation m : request.mutations()) {
            if (m == null || m.id() == null || m.kind() == null) {
                throw HttpProblem.badRequest("every mutation has seq, id and kind");
            }
        }
        List<MutationResult> results = new ArrayList<>();
        long last = -1;
        long started = System.nanoTime();
        List<Mutation> mutations = request.mutations();
        boolean[] fits = new boolean[mutations.size()];
        for (int i = 0; i < fits.length; i++) {
            fits[i] = FactBatch.fits(caller, mutations.get(i));
        }
        int i = 0;
        while (i < mutations.size()) {
            if (fits[i]) {
                int end = i;
                while (end < fits.length && fits[end]) {
                    end++;
                }
                List<MutationResult> run = applyRun(caller, request.clientId(), mutations.subList(i, end));
                if (!run.isEmpty()) {
                    results.addAll(run);
                    last = run.getLast().seq();
                    i += run.size();
                    continue;
                }
            }
            Mutation m = mutations.get(i);
            Step step = applyWithRetry(caller, request.clientId(), m);
            last = step.last();
            if (step.result() == null) {
                db.flushBarrier();
                LOG.info("event=hub.push gapAt={} last={}", m.seq(), last);
                return new PushResponse(last, results, true);
            }
            results.add(step.result());
            i++;
        }
        if (last < 0) {
            last = lastMutationSeq(request.clientId());
        }
        db.flushBarrier();
        LOG.info("event=hub.push mutations={} last={} micros={}", results.size(), last,
                (System.nanoTime() - started) / 1_000);
        return new PushResponse(last, results, false);
    }

    public long lastMutationSeq(UUID clientId) throws SQLException {
        try (Connection c = db.connection();
             PreparedStatement ps = c.prepareStatement("SELECT last_mutation_seq FROM sync_client WHERE client_id = ?")) {
            ps.setObject(1, clientId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        }
    }

    /**
     * A run of notes and attachments in one transaction ({@link FactBatch}); the results of the
     * prefix it applied, none when its first mutation goes one by one (a retry, a gap, a refusal,
     * a taken id).
     */
    private List<MutationResult> applyRun(Caller caller, UUID clientId, List<Mutation> run) throws SQLException {
        for (int attempt = 1; ; attempt++) {
            try {
                return db.inTransaction(c -> FactBatch.apply(c, caller, clientId, run)).results();
            } catch (FactBatch.IdTaken e) {
                return List.of();
            } catch (SQLException e) {
                if (attempt < RETRIES && Transience.isRetryable(e)) {
                    continue;
                }
                throw e;
            }
        }
    }

    private Step applyWithRetry(Caller caller, UUID clientId, Mutation m) throws SQLException {
        Rejection badText = TextCheck.refusal(m);
        for (int attempt = 1; ; attempt++) {
            try {
                if (badText != null) {
                    return db.inTransaction(c -> applyOne(c, caller, clientId, m, badText));
                }
                try {
                    return db.inTransaction(c -> applyOne(c, caller, clientId, m, null));
                } catch (Refused r) {
                    // Rare: the whole transaction was rolled back; store the refusal in a new one.
                    return db.inTransaction(c -> applyOne(c, caller, clientId, m, r.rejection));
                }
            } catch (SQLException e) {
                if (attempt < RETRIES && Transience.isRetryable(e)) {
                    continue;
                }
                throw e;
            }
        }
    }

    /**
     * One mutation in one transaction. The normal path takes few round trips (the client's row is
     * locked and a stored result by id read in one statement); a refusal rolls everything back and
     * is stored by a second call with {@code refusal} set.
     */
    private Step applyOne(Connection c, Caller caller, UUID clientId, Mutation m, @Nullable Rejection refusal)
            throws SQLException {
        ClientRow client = lockClient(c, clientId, m.id());
        long last = client.last();
        if (m.seq() <= last) {
            return new Step(last, duplicate(c, clientId, m));
        }
        if (m.seq() > last + 1) {
            return new Step(last, null);
        }
        MutationResult result;
        if (client.storedById() != null) {
            // The same intent arrived again under a new seq (a re-push after a reset): never twice.
            result = asDuplicate(m, client.storedById());
            advance(c, clientId, m.seq());
        } else {
            Outcome outcome;
            if (refusal != null) {
                outcome = Outcome.rejected(refusal);
            } else {
                try {
                    outcome = apply(c, caller, clientId, m, rules);
                } catch (Rejection r) {
                    throw new Refused(r);
                }
            }
            result = new MutationResult(m.seq(), m.id(), outcome.status(), outcome.reason(), outcome.entityVersion(),
                    outcome.detail(), outcome.code());
            storeAndAdvance(c, clientId, caller, m, result);
        }
        return new Step(m.seq(), result);
    }

    private static Outcome apply(Connection c, Caller caller, UUID clientId, Mutation m, Rules rules)
            throws SQLException, Rejection {
        if (m.entityId() == null || m.entityId().isBlank()) {
            throw new Rejection("the mutation names no entity");
        }
        return switch (m.kind()) {
            case MutationKind.CASE_CREATE -> CaseCreation.create(c, caller, clientId, m);
            case MutationKind.DECISION_RECORD -> Decisions.record(c, caller, clientId, m, rules);
            case MutationKind.CONFLICT_RESOLVE -> Resolutions.resolve(c, caller, m);
            case MutationKind.APPROVAL_GIVE -> Resolutions.approve(c, caller, m, rules);
            case MutationKind.CASE_ASSIGN -> CaseFields.assign(c, caller, m, rules);
            case MutationKind.CASE_ACTION -> CaseFields.action(c, caller, m, rules);
            case MutationKind.RECUSAL_DECLARE -> Declarations.declare(c, caller, m);
            case MutationKind.LETTER_ISSUE -> Letters.issue(c, caller, clientId, m);
            case MutationKind.NOTE_ADD, MutationKind.ATTACHMENT_ADD, MutationKind.AUDIT_APPEND, MutationKind.CASE_CLOCK ->
                    Facts.append(c, caller, m);
            default -> throw new Rejection("unknown mutation kind");
        };
    }

    private static ClientRow lockClient(Connection c, UUID clientId, UUID mutationId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(LOCK_CLIENT)) {
            ps.setObject(1, clientId);
            ps.setObject(2, mutationId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                String stored = rs.getString(2);
                return new ClientRow(rs.getLong(1), stored == null ? null : read(stored));
            }
        }
    }

    private static void advance(Connection c, UUID clientId, long seq) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE sync_client SET last_mutation_seq = ? WHERE client_id = ?")) {
            ps.setLong(1, seq);
            ps.setObject(2, clientId);
            ps.executeUpdate();
        }
    }

    private static MutationResult duplicate(Connection c, UUID clientId, Mutation m) throws SQLException {
        MutationResult stored = null;
        try (PreparedStatement ps = c.prepareStatement("SELECT result::text FROM applied_mutation WHERE client_id = ? AND seq = ?")) {
            ps.setObject(1, clientId);
            ps.setLong(2, m.seq());
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    stored = read(rs.getString(1));
                }
            }
        }
        if (stored == null) {
            stored = storedById(c, m.id());
        }
        if (stored == null) {
            return new MutationResult(m.seq(), m.id(), MutationStatus.DUPLICATE, "taken before; its result is not kept", 0, null);
        }
        return asDuplicate(m, stored);
    }

    private static MutationResult asDuplicate(Mutation m, MutationResult stored) {
        ObjectNode detail = HubJson.object();
        detail.set("stored", HubJson.MAPPER.valueToTree(stored));
        return new MutationResult(m.seq(), m.id(), MutationStatus.DUPLICATE, stored.reason(), stored.entityVersion(), detail,
                stored.code());
    }

    private static @Nullable MutationResult storedById(Connection c, UUID mutationId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT result::text FROM applied_mutation WHERE mutation_id = ?")) {
            ps.setObject(1, mutationId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? read(rs.getString(1)) : null;
            }
        }
    }

    private static void storeAndAdvance(Connection c, UUID clientId, Caller caller, Mutation m, MutationResult result)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(STORE_AND_ADVANCE)) {
            bindStore(ps, 0, clientId, caller, m, result);
            ps.executeUpdate();
        }
    }

    private static void bindStore(PreparedStatement ps, int offset, UUID clientId, Caller caller, Mutation m,
                                  MutationResult result) throws SQLException {
        ps.setObject(offset + 1, clientId);
        ps.setLong(offset + 2, m.seq());
        ps.setObject(offset + 3, m.id());
        ps.setString(offset + 4, TextCheck.storableKind(m));
        ps.setObject(offset + 5, caller.officerId());
        ps.setString(offset + 6, HubJson.write(result));
        ps.setLong(offset + 7, m.seq());
        ps.setObject(offset + 8, clientId);
    }

    private static MutationResult read(String json) {
        try {
            return HubJson.MAPPER.readValue(json, MutationResult.class);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("a stored result is unreadable", e);
        }
    }

    private record ClientRow(long last, @Nullable MutationResult storedById) {
    }

    /** A permanent refusal found mid-transaction; the transaction is rolled back and the refusal stored anew. */
    private static final class Refused extends RuntimeException {
        private final Rejection rejection;

        Refused(Rejection rejection) {
            super(rejection.getMessage(), null, false, false);
            this.rejection = rejection;
        }
    }

    /** The client's last seq after a step, and the step's result (null: a gap, nothing applied). */
    private record Step(long last, @Nullable MutationResult result) {
    }
}
