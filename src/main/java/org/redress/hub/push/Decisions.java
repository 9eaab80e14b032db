package org.redress.hub.push;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.jspecify.annotations.Nullable;
import org.redress.hub.accounts.Caller;
import org.redress.hub.db.ChangeLog;
import org.redress.hub.http.HubJson;
import org.redress.sync.protocol.Mutation;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Conflict rule 2 of SYNC.md: a decision recorded without having seen the case's other active
 * decisions keeps them all, marks them CONFLICTED and opens (or extends) the case's one
 * decision_conflict. Decisions are never overwritten; only their state moves.
 */
final class Decisions {

    static final String ACTIVE = "ACTIVE";
    static final String CONFLICTED = "CONFLICTED";
    static final String SUPERSEDED = "SUPERSEDED";

    private Decisions() {
    }

    /**
     * {@code decision.record}: the action gate (DRAFT_DECISION: state, assignee, recusal) and the
     * validator (an outcome per disputed entry, reasons, legal basis, amendments within the
     * catalogue's bounds) on the hub's facts, then conflict rule 2. The case's new status is the
     * state machine's, never the payload's.
     */
    static Outcome record(Connection c, Caller caller, UUID clientId, Mutation m, Rules rules)
            throws SQLException, Rejection {
        Rules.requireRole(caller, org.redress.domain.access.Permission.WORK_CASES);
        HubCase locked = HubCase.lockKnown(c, caller, m);
        CaseView view = CaseView.read(c, caller, locked);
        org.redress.domain.appeal.AppealCase after = rules.gate(c, caller, view,
                org.redress.domain.appeal.CaseAction.DRAFT_DECISION, null);
        rules.validate(view, caller, m.id(), m.payload() == null ? HubJson.object() : m.payload());
        HubCase hubCase = locked.nextVersion();
        long version = hubCase.version();
        @Nullable OpenConflict open = OpenConflict.lockOpen(c, hubCase.caseNo());
        List<UUID> unseen = unseenDecisions(c, hubCase.caseNo(), m.baseVersion(), clientId);
        JsonNode payload = m.payload() == null ? HubJson.object() : m.payload();
        if (open == null && unseen.isEmpty()) {
            supersedeActive(c, hubCase, version);
            insert(c, m, caller, clientId, hubCase, ACTIVE, payload);
            HubCase saved = after.status().name().equals(hubCase.status()) ? hubCase
                    : hubCase.withStatus(after.status().name(), caller.deviceId());
            HubCase.save(c, saved);
            return Outcome.applied(version);
        }
        insert(c, m, caller, clientId, hubCase, CONFLICTED, payload);
        List<UUID> joining = new ArrayList<>(unseen);
        joining.add(m.id());
        OpenConflict conflict = open == null
                ? OpenConflict.open(c, hubCase)
                : open.extend(c);
        for (UUID id : joining) {
            conflict.add(c, id);
            markState(c, hubCase, id, CONFLICTED, version);
        }
        HubCase.save(c, hubCase.withDecisionConflict(true));
        List<UUID> members = conflict.publish(c, hubCase.officeCode(), version);
        ObjectNode detail = HubJson.object();
        detail.put("conflictId", conflict.id().toString());
        ArrayNode ids = detail.putArray("decisionIds");
        members.forEach(id -> ids.add(id.toString()));
        return Outcome.conflict("other decisions on this case were recorded that you had not seen; a supervisor will resolve it",
                version, detail);
    }

    private static List<UUID> unseenDecisions(Connection c, String caseNo, long baseVersion, UUID clientId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT id FROM case_decision
                WHERE case_no = ? AND state IN ('ACTIVE', 'CONFLICTED') AND recorded_version > ? AND client_id <> ?
                ORDER BY recorded_version""")) {
            ps.setString(1, caseNo);
            ps.setLong(2, baseVersion);
            ps.setObject(3, clientId);
            List<UUID> ids = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getObject(1, UUID.class));
                }
            }
            return ids;
        }
    }

    // The officer saw every active decision and decided again: the earlier ones give way, kept as history.
    private static void supersedeActive(Connection c, HubCase hubCase, long version) throws SQLException {
        List<UUID> active = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM case_decision WHERE case_no = ? AND state = 'ACTIVE'")) {
            ps.setString(1, hubCase.caseNo());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    active.add(rs.getObject(1, UUID.class));
                }
            }
        }
        for (UUID id : active) {
            markState(c, hubCase, id, SUPERSEDED, version);
        }
    }

    private static void insert(Connection c, Mutation m, Caller caller, UUID clientId, HubCase hubCase, String state,
                               JsonNode payload) throws SQLException, Rejection {
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO case_decision (id, case_no, client_id, officer_id, base_version, recorded_version, state, payload)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?::jsonb) ON CONFLICT (id) DO NOTHING""")) {
            ps.setObject(1, m.id());
            ps.setString(2, hubCase.caseNo());
            ps.setObject(3, clientId);
            ps.setObject(4, caller.officerId());
            ps.setLong(5, m.baseVersion());
            ps.setLong(6, hubCase.version());
            ps.setString(7, state);
            ps.setString(8, HubJson.write(payload));
            if (ps.executeUpdate() == 0) {
                throw new Rejection("a decision with this id exists already");
            }
        }
        publish(c, hubCase.officeCode(), m.id(), hubCase.version());
    }

    static void markState(Connection c, HubCase hubCase, UUID decisionId, String state, long version) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE case_decision SET state = ? WHERE id = ? AND case_no = ?")) {
            ps.setString(1, state);
            ps.setObject(2, decisionId);
            ps.setString(3, hubCase.caseNo());
            ps.executeUpdate();
        }
        publish(c, hubCase.officeCode(), decisionId, version);
    }

    /** Writes the decision's current state to change_log, as version {@code version} of the case. */
    static void publish(Connection c, String officeCode, UUID decisionId, long version) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT d.case_no, d.officer_id, d.base_version, d.recorded_version, d.state, d.payload::text,
                       d.recorded_at, k.case_id::text
                FROM case_decision d JOIN hub_case k ON k.case_no = d.case_no WHERE d.id = ?""")) {
            ps.setObject(1, decisionId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return;
                }
                ObjectNode n = HubJson.object();
                n.put("id", decisionId.toString());
                n.put("caseId", rs.getString(8));
                n.put("caseNo", rs.getString(1));
                n.put("officerId", rs.getString(2));
                n.put("baseVersion", rs.getLong(3));
                n.put("recordedVersion", rs.getLong(4));
                n.put("state", rs.getString(5));
                n.set("payload", HubJson.tree(rs.getString(6)));
                n.put("recordedAt", rs.getTimestamp(7).toInstant().toString());
                ChangeLog.append(c, officeCode, "decision", decisionId.toString(), "upsert", version, n);
            }
        }
    }
}
