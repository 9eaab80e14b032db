package org.redress.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.jspecify.annotations.Nullable;
import org.redress.audit.CoveredTable;
import org.redress.domain.appeal.CaseStatus;
import org.redress.domain.appeal.Priority;
import org.redress.store.CaseRepository;
import org.redress.store.CaseSearchIndex;
import org.redress.sync.protocol.Change;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Applies a page of the hub's changes to the replica, inside the caller's transaction: case
 * status, assignee, priority and version; decisions, notes and approvals made on other
 * workstations; decision conflicts. Applying a change twice changes nothing (records are known by
 * their hub id; a case only moves to a newer hub version), and this workstation's own records
 * coming back are recognised rather than copied.
 */
final class ReplicaApplier {

    private static final Logger LOG = LoggerFactory.getLogger(ReplicaApplier.class);
    private static final Set<String> STATUSES = names(CaseStatus.values());
    private static final Set<String> PRIORITIES = names(Priority.values());

    private final Connection connection;
    private final Instant now;
    private final Map<Long, StringBuilder> notesToIndex = new HashMap<>();
    private final ReplicaLookups ids;
    private final PullTally tally = new PullTally();
    private final PulledRows pulled = new PulledRows();

    ReplicaApplier(Connection connection, Instant now) {
        this.connection = connection;
        this.now = now;
        this.ids = new ReplicaLookups(connection, now);
    }

    void close() {
        ids.close();
    }

    PullTally tally() {
        return tally;
    }

    void apply(Change change) throws SQLException {
        ObjectNode fields = flatten(change.payload());
        boolean applied = switch (change.entity()) {
            case "case" -> applyCase(change, fields);
            case "decision" -> applyDecision(change, fields);
            case "note" -> applyNote(change, fields);
            case "attachment" -> PulledAttachments.apply(connection, ids, change, fields, now);
            case "approval" -> applyApproval(change, fields);
            case "conflict", "decision_conflict" -> applyConflict(change, fields);
            case "ledger_event" -> HubIntakeRecords.ledgerEntry(connection, change.payload(), now);
            case "letter" -> PulledLetters.apply(connection, ids, pulled, change, fields);
            case "recusal" -> PulledDeclarations.apply(connection, ids, pulled, change, fields);
            default -> false;
        };
        tally.count(change.entity(), applied);
    }

    /** The hub may nest the mutation's own payload ({@code payload}, {@code details}); read both levels. */
    static ObjectNode flatten(@Nullable JsonNode payload) {
        ObjectNode flat = SyncJson.MAPPER.createObjectNode();
        if (payload == null || !payload.isObject()) {
            return flat;
        }
        flat.setAll((ObjectNode) payload);
        for (String nested : new String[] {"payload", "details"}) {
            JsonNode inner = payload.get(nested);
            if (inner != null && inner.isObject()) {
                inner.properties().forEach(e -> {
                    if (!flat.has(e.getKey()) || flat.get(e.getKey()).isNull()) {
                        flat.set(e.getKey(), e.getValue());
                    }
                });
            }
        }
        return flat;
    }

    /**
     * A case as the hub holds it, found by its id (never by its number). A case the replica lacks is
     * stored when the change carries its content (its creation, or the hub's intake). The number is
     * the hub's: a provisional one here gives way to it.
     */
    private boolean applyCase(Change change, ObjectNode f) throws SQLException {
        String caseNo = text(f, "caseNo", "");
        String caseUuid = text(f, "caseId", "");
        if (caseUuid.length() != 36 || caseNo.isEmpty()) {
            LOG.debug("a case change without id or number skipped");
            return false;
        }
        PreparedStatement find = ids.statement(
                "SELECT id, status, server_version, case_no FROM appeal_case WHERE case_uuid = ?");
        find.setString(1, caseUuid);
        long id;
        String status;
        long serverVersion;
        String localNo;
        try (ResultSet rs = find.executeQuery()) {
            if (!rs.next()) {
                // Cases the workstation does not hold arrive with their full content (creation, or the hub's intake).
                JsonNode appeal = change.payload().get("appeal");
                return appeal != null && appeal.isObject()
                        ? HubIntakeRecords.appeal(connection, caseNo, UUID.fromString(caseUuid), change.version(), appeal, now)
                        : HubCaseIntake.insert(connection, caseNo, UUID.fromString(caseUuid), change.version(), f, now);
            }
            id = rs.getLong(1);
            status = rs.getString(2);
            serverVersion = rs.getLong(3);
            localNo = rs.getString(4);
        }
        if (!localNo.equals(caseNo)) {
            new CaseRepository(connection, Clock.fixed(now, ZoneOffset.UTC)).giveNumber(id, caseNo, "given by the hub");
        }
        if (change.version() <= serverVersion) {
            return false;
        }
        String newStatus = text(f, "status", status);
        if (!STATUSES.contains(newStatus)) {
            newStatus = status;
        }
        String priority = f.hasNonNull("priority") && PRIORITIES.contains(f.get("priority").asText())
                ? f.get("priority").asText() : null;
        Long assignee = null;
        boolean assigneeGiven = f.has("assignee");
        if (assigneeGiven && f.hasNonNull("assignee")) {
            assignee = ids.officer(f.get("assignee").asText());
        }
        PreparedStatement update = ids.statement("""
                UPDATE appeal_case SET status = ?, priority = ifnull(?, priority),
                    assignee_id = CASE WHEN ? THEN ? ELSE assignee_id END,
                    server_version = ?, version = version + 1, updated_at = ?
                WHERE id = ?""");
        update.setString(1, newStatus);
        setText(update, 2, priority);
        update.setBoolean(3, assigneeGiven);
        if (assignee == null) {
            update.setNull(4, Types.INTEGER);
        } else {
            update.setLong(4, assignee);
        }
        update.setLong(5, change.version());
        update.setString(6, SyncTimes.text(now));
        update.setLong(7, id);
        update.executeUpdate();
        if (!newStatus.equals(status)) {
            PreparedStatement event = ids.statement("""
                    INSERT INTO case_event (case_id, at, actor_id, action, from_status, to_status, detail)
                    VALUES (?, ?, NULL, 'SYNCED', ?, ?, ?)""");
            event.setLong(1, id);
            event.setString(2, SyncTimes.text(now));
            event.setString(3, status);
            event.setString(4, newStatus);
            event.setString(5, "hub version " + change.version());
            event.executeUpdate();
        }
        return true;
    }

    private boolean applyDecision(Change change, ObjectNode f) throws SQLException {
        String hubId = text(f, "decisionId", text(f, "id", change.entityId()));
        boolean stateMoved = hubState(hubId, f);
        if (ids.known("decision", hubId) != null) {
            return stateMoved;
        }
        Long caseId = ids.caseId(text(f, "caseId", ""));
        String drafter = officerName(f, "by", "drafter", "officer");
        String reasons = text(f, "reasons", "").strip();
        if (caseId == null || drafter == null || reasons.isEmpty()) {
            LOG.debug("decision {} skipped: case, drafter or reasons missing", hubId);
            return false;
        }
        String supersedesHub = textOrNull(f, "supersedes");
        Long supersedes = supersedesHub == null ? null : ids.known("decision", supersedesHub);
        PreparedStatement insert = ids.statement("""
                INSERT INTO decision (case_id, drafter_id, drafted_at, reasons, legal_basis, remedies, supersedes_id, state)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""");
        insert.setLong(1, caseId);
        insert.setLong(2, ids.officer(drafter));
        insert.setString(3, text(f, "at", text(f, "draftedAt", SyncTimes.text(now))));
        insert.setString(4, reasons);
        insert.setString(5, text(f, "legalBasis", ""));
        insert.setString(6, "");
        if (supersedes == null) {
            insert.setNull(7, Types.INTEGER);
        } else {
            insert.setLong(7, supersedes);
        }
        insert.setString(8, text(f, "decisionState", "DRAFT"));
        insert.executeUpdate();
        long localId = ids.lastId();
        ids.remember("decision", hubId, localId);
        JsonNode outcomes = f.get("outcomes");
        if (outcomes != null && outcomes.isArray()) {
            PreparedStatement outcome = ids.statement("""
                    INSERT OR IGNORE INTO decision_outcome (decision_id, ledger_event_id, outcome, new_points, new_publication_until)
                    SELECT ?, id, ?, ?, ? FROM ledger_event WHERE agency_code = ? AND reference = ?""");
            for (JsonNode o : outcomes) {
                outcome.setLong(1, localId);
                outcome.setString(2, o.path("kind").asText("UPHELD"));
                if (o.hasNonNull("newPoints")) {
                    outcome.setLong(3, o.get("newPoints").asLong());
                } else {
                    outcome.setNull(3, Types.INTEGER);
                }
                setText(outcome, 4, o.hasNonNull("newPublicationUntil") ? o.get("newPublicationUntil").asText() : null);
                outcome.setString(5, o.path("agencyCode").asText());
                outcome.setString(6, o.path("reference").asText());
                outcome.executeUpdate();
            }
        }
        pulled.add(CoveredTable.DECISION, localId);
        return true;
    }

    /** Keeps the hub's state of a decision; true when it moved. */
    private boolean hubState(String hubId, ObjectNode f) throws SQLException {
        PreparedStatement upsert = ids.statement("""
                INSERT INTO hub_decision (hub_id, case_no, state, base_version, recorded_version, recorded_at)
                VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT (hub_id) DO UPDATE SET state = excluded.state WHERE hub_decision.state <> excluded.state""");
        upsert.setString(1, hubId);
        upsert.setString(2, text(f, "caseNo", ""));
        upsert.setString(3, text(f, "state", "ACTIVE"));
        upsert.setLong(4, f.path("baseVersion").asLong());
        upsert.setLong(5, f.path("recordedVersion").asLong());
        setText(upsert, 6, textOrNull(f, "recordedAt"));
        return upsert.executeUpdate() > 0;
    }

    private boolean applyNote(Change change, ObjectNode f) throws SQLException {
        String hubId = text(f, "noteId", text(f, "id", change.entityId()));
        if (ids.known("note", hubId) != null) {
            return false;
        }
        Long caseId = ids.caseId(text(f, "caseId", ""));
        String author = officerName(f, "by", "author", "officer");
        String body = text(f, "body", "");
        if (caseId == null || author == null || body.isBlank()) {
            return false;
        }
        PreparedStatement insert = ids.statement("INSERT INTO note (case_id, author_id, at, body) VALUES (?, ?, ?, ?)");
        insert.setLong(1, caseId);
        insert.setLong(2, ids.officer(author));
        insert.setString(3, text(f, "at", SyncTimes.text(now)));
        insert.setString(4, body);
        insert.executeUpdate();
        long noteId = ids.lastId();
        ids.remember("note", hubId, noteId);
        pulled.add(CoveredTable.NOTE, noteId);
        // Other officers' notes are searchable like one's own; indexed per case once per page (finish()).
        StringBuilder text = notesToIndex.computeIfAbsent(caseId, id -> new StringBuilder());
        if (!text.isEmpty()) {
            text.append('\n');
        }
        text.append(body);
        return true;
    }

    private boolean applyApproval(Change change, ObjectNode f) throws SQLException {
        String hubId = text(f, "approvalId", text(f, "id", change.entityId()));
        if (ids.known("approval", hubId) != null) {
            return false;
        }
        String decisionHub = textOrNull(f, "decisionId");
        Long decision = decisionHub == null ? null : ids.known("decision", decisionHub);
        String approver = officerName(f, "by", "approver", "officer");
        String verdict = text(f, "verdict", text(f, "action", "")).startsWith("RETURN") ? "RETURNED" : "APPROVED";
        if (decision == null || approver == null) {
            return false;
        }
        long approverId = ids.officer(approver);
        PreparedStatement drafter = ids.statement("SELECT drafter_id FROM decision WHERE id = ?");
        drafter.setLong(1, decision);
        try (ResultSet rs = drafter.executeQuery()) {
            if (rs.next() && rs.getLong(1) == approverId) {
                return false;
            }
        }
        PreparedStatement insert = ids.statement(
                "INSERT INTO approval (decision_id, approver_id, at, verdict, comment) VALUES (?, ?, ?, ?, ?)");
        insert.setLong(1, decision);
        insert.setLong(2, approverId);
        insert.setString(3, text(f, "at", SyncTimes.text(now)));
        insert.setString(4, verdict);
        insert.setString(5, text(f, "detail", text(f, "comment", "")));
        insert.executeUpdate();
        long approvalId = ids.lastId();
        ids.remember("approval", hubId, approvalId);
        pulled.add(CoveredTable.APPROVAL, approvalId);
        return true;
    }

    private boolean applyConflict(Change change, ObjectNode f) throws SQLException {
        String conflictId = text(f, "conflictId", text(f, "id", change.entityId()));
        String state = text(f, "status", text(f, "state", "OPEN")).equals("RESOLVED") ? "RESOLVED" : "OPEN";
        JsonNode decisions = f.has("decisionIds") ? f.get("decisionIds") : f.get("decisions");
        JsonNode resolution = f.get("resolution");
        PreparedStatement upsert = ids.statement("""
                INSERT INTO decision_conflict (conflict_id, case_no, state, version, decisions, resolution, opened_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (conflict_id) DO UPDATE SET state = excluded.state, version = excluded.version,
                    decisions = excluded.decisions, resolution = excluded.resolution, updated_at = excluded.updated_at
                WHERE excluded.version >= decision_conflict.version""");
        upsert.setString(1, conflictId);
        upsert.setString(2, text(f, "caseNo", ""));
        upsert.setString(3, state);
        upsert.setLong(4, f.path("conflictVersion").asLong(change.version()));
        upsert.setString(5, decisions == null ? "[]" : decisions.toString());
        setText(upsert, 6, resolution == null || resolution.isNull() ? null : resolution.toString());
        upsert.setString(7, text(f, "openedAt", SyncTimes.text(now)));
        upsert.setString(8, SyncTimes.text(now));
        return upsert.executeUpdate() > 0;
    }

    private @Nullable String officerName(ObjectNode f, String... keys) {
        for (String key : keys) {
            if (f.hasNonNull(key) && f.get(key).isTextual()) {
                return f.get(key).asText();
            }
        }
        return null;
    }






    /** Work kept for the end of the page: the search index's notes, one update per case. */
    void finish() throws SQLException {
        CaseSearchIndex index = new CaseSearchIndex(connection);
        for (Map.Entry<Long, StringBuilder> e : notesToIndex.entrySet()) {
            index.addNote(e.getKey(), e.getValue().toString());
        }
        notesToIndex.clear();
        pulled.vouch(connection, now);
    }


    private static String text(ObjectNode f, String key, String fallback) {
        JsonNode value = f.get(key);
        return value == null || value.isNull() ? fallback : value.asText();
    }

    private static @Nullable String textOrNull(ObjectNode f, String key) {
        JsonNode value = f.get(key);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static void setText(PreparedStatement ps, int index, @Nullable String value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.VARCHAR);
        } else {
            ps.setString(index, value);
        }
    }

    private static Set<String> names(Enum<?>[] values) {
        java.util.HashSet<String> names = new java.util.HashSet<>();
        for (Enum<?> value : values) {
            names.add(value.name());
        }
        return Set.copyOf(names);
    }
}
