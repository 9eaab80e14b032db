package org.redress.hub.push;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.redress.hub.accounts.Caller;
import org.redress.hub.http.HubJson;
import org.redress.sync.protocol.Mutation;
import org.redress.sync.protocol.MutationResult;
import org.redress.sync.protocol.MutationStatus;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The fast path of a push: a run of notes and attachments, most of what workstations send, in ONE
 * transaction and a fixed number of round trips whatever its length — the client's row locked,
 * then the ids already taken, the cases, the officer's declarations and the files' offices read
 * for the whole run, each mutation judged in Java as the one-by-one path judges it (office,
 * evidence of another office, recusal), and every accepted fact with its change_log row and its
 * stored result written by one statement. The transaction takes one commit position and one
 * commit for the run instead of one each per mutation (the counter of migration V15 serialises
 * commits across devices, so fewer commits is what lets eight workstations go faster than one).
 *
 * <p>The run is cut before the first mutation that does not fit (a seq out of order, an id seen
 * before, a case the hub does not hold, another office's case or file, an officer who must stand
 * aside): that one goes to the one-by-one path, which refuses it in words, and the run resumes after
 * it. A fact id taken meanwhile rolls the whole run back ({@link #apply} returns nothing applied)
 * and the one-by-one path takes over.
 */
final class FactBatch {

    private static final String LOCK_CLIENT = """
            WITH lazy AS (SELECT set_config('synchronous_commit', 'off', true))
            INSERT INTO sync_client (client_id) SELECT ?::uuid FROM lazy
            ON CONFLICT (client_id) DO UPDATE SET last_mutation_seq = sync_client.last_mutation_seq
            RETURNING last_mutation_seq,
                (SELECT coalesce(array_agg(mutation_id), '{}') FROM applied_mutation WHERE mutation_id = ANY (?::uuid[])),
                (SELECT coalesce(json_agg(json_build_array(r.case_id, r.subject_key, r.agency_code, r.relation,
                        r.declared_at))::text, '[]') FROM recusal_declaration r WHERE r.officer_id = ?)""";

    private static final String CASES = "SELECT " + HubCase.COLUMNS + """
            , jsonb_build_object('deductions', details -> 'deductions', 'subject', details -> 'subject',
                   'schemeCode', details -> 'schemeCode', 'receivedOn', details -> 'receivedOn')::text
            FROM hub_case WHERE case_id = ANY (?::uuid[])""";

    private static final String BLOB_OFFICES = """
            SELECT sha256, CASE WHEN bool_or(office_code = ?) THEN ? ELSE min(office_code) END
            FROM blob_holder WHERE sha256 = ANY (?::text[]) GROUP BY sha256""";

    /** Facts, their change_log rows (in the run's order), the stored results and the client's last seq: one statement. */
    private static final String WRITE = """
            WITH input AS (
                SELECT * FROM unnest(?::uuid[], ?::text[], ?::text[], ?::text[], ?::text[], ?::bigint[], ?::text[], ?::text[])
                    AS t(id, case_no, entity, payload, log_payload, seq, kind, result)),
            fact AS (
                INSERT INTO case_fact (id, case_no, office_code, kind, officer_id, payload)
                SELECT id, case_no, ?, entity, ?::uuid, payload::jsonb FROM input ORDER BY seq
                ON CONFLICT (id) DO NOTHING RETURNING id),
            log AS (
                INSERT INTO change_log (office_code, entity, entity_id, op, version, payload)
                SELECT ?, i.entity, i.id::text, 'append', 1, i.log_payload::jsonb
                FROM input i JOIN fact f ON f.id = i.id ORDER BY i.seq),
            stored AS (
                INSERT INTO applied_mutation (client_id, seq, mutation_id, kind, officer_id, result)
                SELECT ?::uuid, seq, id, kind, ?::uuid, result::jsonb FROM input),
            advanced AS (
                UPDATE sync_client SET last_mutation_seq = ? WHERE client_id = ?::uuid)
            SELECT count(*) FROM fact""";

    private FactBatch() {
    }

    /** What a run did: the results of the mutations applied (a prefix of the run; empty when none). */
    record Applied(List<MutationResult> results) {
    }

    /** Whether {@code m} may go in a run at all (the one-by-one path's {@code fastKind}, and text already checked). */
    static boolean fits(Caller caller, Mutation m) {
        return Facts.fastKind(caller, m) && TextCheck.refusal(m) == null;
    }

    /**
     * Applies the longest prefix of {@code run} that the fast path accepts, in the caller's
     * transaction; an empty result when the first does not fit or a fact id was taken (then the
     * caller rolls back and goes one by one).
     */
    static Applied apply(Connection c, Caller caller, UUID clientId, List<Mutation> run) throws SQLException {
        long last;
        Set<UUID> seen = new HashSet<>();
        List<CaseView.HubDeclaration> declarations;
        try (PreparedStatement ps = c.prepareStatement(LOCK_CLIENT)) {
            ps.setObject(1, clientId);
            ps.setArray(2, c.createArrayOf("uuid", run.stream().map(Mutation::id).toArray()));
            ps.setObject(3, caller.officerId());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                last = rs.getLong(1);
                for (Object id : (Object[]) rs.getArray(2).getArray()) {
                    seen.add((UUID) id);
                }
                declarations = Facts.declarations(rs.getString(3));
            }
        }
        Map<UUID, Row> cases = cases(c, run);
        Map<String, String> blobOffices = blobOffices(c, caller, run);
        Map<UUID, Boolean> standAside = new HashMap<>();
        List<Mutation> accepted = new ArrayList<>();
        for (Mutation m : run) {
            if (m.seq() != last + 1 + accepted.size() || seen.contains(m.id())) {
                break;
            }
            Row row = cases.get(UUID.fromString(m.entityId()));
            if (row == null || !row.hubCase().officeCode().equals(caller.officeCode())) {
                break;
            }
            JsonNode payload = CaseFields.payload(m);
            if (payload.has("sha256") && Facts.entityOf(m.kind()).equals("attachment")
                    && !Facts.blobMayBeNamed(blobOffices.get(payload.get("sha256").asText()), caller)) {
                break;
            }
            boolean aside = standAside.computeIfAbsent(row.hubCase().caseId(), id ->
                    CaseView.build(caller, row.hubCase(), HubJson.tree(row.details()), declarations).recusal().mustStandAside());
            if (aside) {
                break;
            }
            accepted.add(m);
        }
        if (accepted.isEmpty()) {
            return new Applied(List.of());
        }
        List<MutationResult> results = new ArrayList<>(accepted.size());
        int n = accepted.size();
        Object[] ids = new Object[n];
        Object[] caseNos = new Object[n];
        Object[] entities = new Object[n];
        Object[] payloads = new Object[n];
        Object[] logPayloads = new Object[n];
        Object[] seqs = new Object[n];
        Object[] kinds = new Object[n];
        Object[] stored = new Object[n];
        for (int i = 0; i < n; i++) {
            Mutation m = accepted.get(i);
            HubCase hubCase = cases.get(UUID.fromString(m.entityId())).hubCase();
            MutationResult result = new MutationResult(m.seq(), m.id(), MutationStatus.APPLIED, null, hubCase.version(), null);
            results.add(result);
            JsonNode payload = CaseFields.payload(m);
            ids[i] = m.id();
            caseNos[i] = hubCase.caseNo();
            entities[i] = Facts.entityOf(m.kind());
            payloads[i] = HubJson.write(payload);
            logPayloads[i] = HubJson.write(logPayload(caller, m, hubCase, payload));
            seqs[i] = m.seq();
            kinds[i] = TextCheck.storableKind(m);
            stored[i] = HubJson.write(result);
        }
        try (PreparedStatement ps = c.prepareStatement(WRITE)) {
            ps.setArray(1, c.createArrayOf("uuid", ids));
            ps.setArray(2, c.createArrayOf("text", caseNos));
            ps.setArray(3, c.createArrayOf("text", entities));
            ps.setArray(4, c.createArrayOf("text", payloads));
            ps.setArray(5, c.createArrayOf("text", logPayloads));
            ps.setArray(6, c.createArrayOf("bigint", seqs));
            ps.setArray(7, c.createArrayOf("text", kinds));
            ps.setArray(8, c.createArrayOf("text", stored));
            ps.setString(9, caller.officeCode());
            ps.setObject(10, caller.officerId());
            ps.setString(11, caller.officeCode());
            ps.setObject(12, clientId);
            ps.setObject(13, caller.officerId());
            ps.setLong(14, accepted.getLast().seq());
            ps.setObject(15, clientId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                if (rs.getLong(1) != n) {
                    throw new IdTaken();
                }
            }
        }
        return new Applied(results);
    }

    /** The change_log payload of a fact, as {@link Facts#bind} writes it. */
    private static ObjectNode logPayload(Caller caller, Mutation m, HubCase hubCase, JsonNode payload) {
        ObjectNode n = HubJson.object();
        n.put("id", m.id().toString());
        n.put("caseId", hubCase.caseId().toString());
        n.put("caseNo", hubCase.caseNo());
        n.put("officerId", caller.officerId().toString());
        n.put("entityId", m.entityId());
        n.set("payload", payload);
        return n;
    }

    private record Row(HubCase hubCase, String details) {
    }

    private static Map<UUID, Row> cases(Connection c, List<Mutation> run) throws SQLException {
        Map<UUID, Row> cases = new HashMap<>();
        Object[] ids = run.stream().map(m -> UUID.fromString(m.entityId())).distinct().toArray();
        try (PreparedStatement ps = c.prepareStatement(CASES)) {
            ps.setArray(1, c.createArrayOf("uuid", ids));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    HubCase hubCase = HubCase.read(rs);
                    cases.put(hubCase.caseId(), new Row(hubCase, rs.getString(HubCase.COLUMN_COUNT + 1)));
                }
            }
        }
        return cases;
    }

    private static Map<String, String> blobOffices(Connection c, Caller caller, List<Mutation> run) throws SQLException {
        Object[] shas = run.stream().map(m -> CaseFields.payload(m).path("sha256").asText(""))
                .filter(s -> !s.isEmpty()).distinct().toArray();
        Map<String, String> offices = new HashMap<>();
        if (shas.length == 0) {
            return offices;
        }
        try (PreparedStatement ps = c.prepareStatement(BLOB_OFFICES)) {
            ps.setString(1, caller.officeCode());
            ps.setString(2, caller.officeCode());
            Array array = c.createArrayOf("text", shas);
            ps.setArray(3, array);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    offices.put(rs.getString(1), rs.getString(2));
                }
            }
        }
        return offices;
    }

    /** A fact id was taken by someone else: the run is rolled back and goes one by one. */
    static final class IdTaken extends RuntimeException {
        IdTaken() {
            super(null, null, false, false);
        }
    }
}
