package org.redress.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.jspecify.annotations.Nullable;
import org.redress.letters.LetterReplica;
import org.redress.store.JournalSink;
import org.redress.store.LocalChange;
import org.redress.sync.protocol.MutationKind;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Set;
import java.util.UUID;

/**
 * Turns every local change the hub must hear of into an outbox row, in the change's own
 * transaction (so the change and its intent commit or vanish together). Local ids mean nothing on
 * another replica, so the payload is reworded on the way in: cases by their global id (the number
 * rides along for people), ledger entries by (agency, reference), officers by username, decisions
 * and notes by the id of the mutation that made them. A new case becomes its {@code case.create},
 * carrying its content; a case made before cases were synced is announced before its first change.
 *
 * <p>Identifier reveals and sign-ins stay on the workstation: they are audit events of this
 * device (the audit sink's hash chain), not changes of a case anyone else replicates.
 */
public final class OutboxSink implements JournalSink {

    public static final int ORDER = 20;

    private static final Set<String> CARRIED = Set.of(MutationKind.CASE_CREATE, MutationKind.DECISION_RECORD,
            MutationKind.NOTE_ADD, MutationKind.ATTACHMENT_ADD, MutationKind.CASE_ASSIGN, MutationKind.CASE_ACTION,
            MutationKind.APPROVAL_GIVE, MutationKind.CONFLICT_RESOLVE, MutationKind.RECUSAL_DECLARE,
            MutationKind.LETTER_ISSUE, MutationKind.CASE_CLOCK);

    @Override
    public int order() {
        return ORDER;
    }

    @Override
    public void record(Connection connection, LocalChange change) throws SQLException {
        if (!CARRIED.contains(change.kind())) {
            return;
        }
        UUID mutationId = UUID.randomUUID();
        LocalIds ids = new LocalIds(connection);
        String entityId = change.entityId();
        long baseVersion = change.baseVersion();
        CaseFacts kase = null;
        if (change.entityType().equals("case")) {
            // Cases are named by their id on the wire; the number rides along for people.
            kase = ids.caseFacts(change.entityId());
            if (kase == null) {
                throw new SQLException("a change names case " + change.entityId() + ", which the store lacks");
            }
            entityId = kase.caseId();
            if (kase.announce() && !MutationKind.CASE_CREATE.equals(change.kind())) {
                Announcements.announce(connection, kase.storeId(), UUID.randomUUID(), change.at(), true);
            }
            if (MutationKind.CASE_CREATE.equals(change.kind())) {
                Announcements.announce(connection, kase.storeId(), mutationId, change.at(), kase.announce());
                return;
            }
            baseVersion = kase.serverVersion();
        } else if (change.entityType().equals("agency")) {
            entityId = "agency:" + change.entityId();
        }
        ObjectNode payload = change.payload().deepCopy();
        payload.put("at", SyncTimes.text(change.at()));
        payload.put("by", change.actorId() == null ? null : ids.username(change.actorId()));
        if (kase != null) {
            payload.put("caseNo", change.entityId());
        }
        switch (change.kind()) {
            case MutationKind.DECISION_RECORD -> {
                long local = payload.path("decisionId").asLong();
                ids.remember("decision", mutationId.toString(), local);
                payload.put("decisionId", mutationId.toString());
                JsonNode supersedes = payload.get("supersedes");
                payload.put("supersedes", supersedes == null || supersedes.isNull() ? null
                        : ids.hubId("decision", supersedes.asLong()));
                translateOutcomes(ids, payload);
                payload.put("caseStatus", kase == null ? null : kase.status());
            }
            case MutationKind.CASE_ACTION, MutationKind.CASE_ASSIGN -> payload.put("status", payload.path("toStatus").asText());
            case MutationKind.NOTE_ADD -> {
                ids.remember("note", mutationId.toString(), payload.path("noteId").asLong());
                payload.put("noteId", mutationId.toString());
            }
            case MutationKind.APPROVAL_GIVE -> {
                Long latest = ids.latestDecision(change.entityId());
                payload.put("decisionId", latest == null ? null : ids.hubId("decision", latest));
                payload.put("approved", payload.path("action").asText().equals("APPROVE"));
                payload.put("caseStatus", payload.path("toStatus").asText());
            }
            case MutationKind.ATTACHMENT_ADD -> {
                // Known by its mutation id, so the attachment coming back in a pull is recognised, not copied.
                ids.remember("attachment", mutationId.toString(), payload.path("attachmentId").asLong());
                JsonNode sha = payload.get("sha256");
                if (sha != null && sha.isTextual()) {
                    BlobUploads.expect(connection, sha.asText(), change.at());
                }
            }
            case MutationKind.RECUSAL_DECLARE -> {
                // Known by its mutation id (the hub's id of it), so it is recognised when the hub publishes it back.
                ids.remember("declaration", mutationId.toString(), payload.path("declarationId").asLong());
                ids.declaration(payload.path("declarationId").asLong(), payload);
            }
            case MutationKind.LETTER_ISSUE -> {
                // The letter by its global id (this mutation's), with what the hub keeps of it.
                long local = payload.path("letterId").asLong();
                LetterReplica.Outgoing letter = LetterReplica.outgoing(connection, local);
                if (letter == null) {
                    throw new SQLException("a change names letter " + local + ", which the store lacks");
                }
                ids.remember("letter", mutationId.toString(), local);
                payload.remove("anchorSeq");
                payload.put("letterId", mutationId.toString());
                payload.put("decisionId", ids.hubId("decision", letter.decisionId()));
                payload.put("language", letter.language());
                payload.put("issuedAt", SyncTimes.text(letter.issuedAt()));
                payload.put("sha256", letter.sha256());
                payload.put("recordSha256", letter.recordSha256());
                payload.put("signed", letter.signed());
                payload.put("supersedes", letter.supersedesId() == null ? null
                        : ids.hubId("letter", letter.supersedesId()));
                payload.put("caseStatus", kase == null ? null : kase.status());
            }
            default -> {
            }
        }
        JsonNode assignee = payload.remove("assigneeId");
        if (assignee != null && !assignee.isNull()) {
            payload.put("assignee", ids.username(assignee.asLong()));
        }
        new Outbox(connection).append(mutationId, change.kind(), entityId, baseVersion, Outbox.json(payload), change.at());
    }

    private static void translateOutcomes(LocalIds ids, ObjectNode payload) throws SQLException {
        JsonNode outcomes = payload.get("outcomes");
        if (!(outcomes instanceof ArrayNode list)) {
            return;
        }
        for (JsonNode node : list) {
            if (node instanceof ObjectNode outcome && outcome.has("ledgerEventId")) {
                long local = outcome.remove("ledgerEventId").asLong();
                ids.ledgerReference(local, outcome);
            }
        }
    }

    /** What the outbox needs of the case a change names: its ids, hub version, status and whether it awaits announcing. */
    private record CaseFacts(long storeId, String caseId, long serverVersion, String status, boolean announce) {
    }

    /** Looks up what the hub calls the rows a change names by local id. */
    private record LocalIds(Connection connection) {

        @Nullable CaseFacts caseFacts(String caseNo) throws SQLException {
            try (PreparedStatement ps = connection.prepareStatement(
                    "SELECT id, case_uuid, server_version, status, announce FROM appeal_case WHERE case_no = ?")) {
                ps.setString(1, caseNo);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? new CaseFacts(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4),
                            rs.getInt(5) == 1) : null;
                }
            }
        }

        @Nullable String username(long officerId) throws SQLException {
            return text("SELECT username FROM officer WHERE id = ?", officerId);
        }

        @Nullable Long latestDecision(String caseNo) throws SQLException {
            try (PreparedStatement ps = connection.prepareStatement("""
                    SELECT max(d.id) FROM decision d JOIN appeal_case c ON c.id = d.case_id WHERE c.case_no = ?""")) {
                ps.setString(1, caseNo);
                try (ResultSet rs = ps.executeQuery()) {
                    long id = rs.next() ? rs.getLong(1) : 0;
                    return id == 0 ? null : id;
                }
            }
        }

        void remember(String entity, String hubId, long localId) throws SQLException {
            try (PreparedStatement ps = connection.prepareStatement(
                    "INSERT OR IGNORE INTO synced_record (entity, hub_id, local_id) VALUES (?, ?, ?)")) {
                ps.setString(1, entity);
                ps.setString(2, hubId);
                ps.setLong(3, localId);
                ps.executeUpdate();
            }
        }

        /** The hub's id of a local row; a row the hub has never heard of (demo data) is named by its local id. */
        String hubId(String entity, long localId) throws SQLException {
            try (PreparedStatement ps = connection.prepareStatement(
                    "SELECT hub_id FROM synced_record WHERE entity = ? AND local_id = ? LIMIT 1")) {
                ps.setString(1, entity);
                ps.setLong(2, localId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? rs.getString(1) : "local:" + localId;
                }
            }
        }

        /** A declaration as the hub keeps it: the relation and when it was made (the statement stays here). */
        void declaration(long declarationId, ObjectNode into) throws SQLException {
            try (PreparedStatement ps = connection.prepareStatement(
                    "SELECT relation, declared_at FROM recusal_declaration WHERE id = ?")) {
                ps.setLong(1, declarationId);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        into.put("relation", rs.getString(1));
                        into.put("declaredAt", rs.getString(2));
                    }
                }
            }
        }

        void ledgerReference(long ledgerEventId, ObjectNode into) throws SQLException {
            try (PreparedStatement ps = connection.prepareStatement(
                    "SELECT agency_code, reference FROM ledger_event WHERE id = ?")) {
                ps.setLong(1, ledgerEventId);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        throw new SQLException("a decision names ledger entry " + ledgerEventId + " the store lacks");
                    }
                    into.put("agencyCode", rs.getString(1));
                    into.put("reference", rs.getString(2));
                }
            }
        }

        private @Nullable String text(String sql, long id) throws SQLException {
            try (PreparedStatement ps = connection.prepareStatement(sql)) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? rs.getString(1) : null;
                }
            }
        }
    }
}
