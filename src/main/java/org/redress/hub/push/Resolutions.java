package org.redress.hub.push;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.redress.hub.accounts.Caller;
import org.redress.hub.http.HubJson;
import org.redress.sync.protocol.Mutation;
import org.redress.sync.protocol.ReasonCodes;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A supervisor's acts on decisions: conflict rule 3 of SYNC.md (a resolution must name every
 * decision now in the conflict) and approval or return of a decision.
 */
final class Resolutions {

    static final String CHOSEN = "CHOSEN";
    static final String SET_ASIDE = "SET_ASIDE";

    private Resolutions() {
    }

    /**
     * {@code conflict.resolve}: payload {@code {"conflictId", "seenDecisionIds": [...],
     * "chosenDecisionId"?, "resolution"?}}. The chosen decision stands (ACTIVE); the others are set aside.
     */
    static Outcome resolve(Connection c, Caller caller, Mutation m) throws SQLException, Rejection {
        Rules.requireRole(caller, org.redress.domain.access.Permission.APPROVE);
        JsonNode p = CaseFields.payload(m);
        UUID conflictId = uuid(p.path("conflictId").asText(m.entityId()), "conflictId");
        String caseNo = caseOf(c, conflictId);
        HubCase locked = HubCase.lock(c, caseNo);
        if (locked == null || !locked.officeCode().equals(caller.officeCode())) {
            throw new Rejection("the conflict belongs to another office");
        }
        // Choosing among decisions is deciding: a supervisor who must stand aside does not.
        Rules.requireNotRecused(CaseView.read(c, caller, locked));
        OpenConflict open = OpenConflict.lockOpen(c, caseNo);
        if (open == null || !open.id().equals(conflictId)) {
            throw new Rejection("the conflict is resolved already");
        }
        Set<UUID> seen = new HashSet<>();
        for (JsonNode id : p.path("seenDecisionIds")) {
            seen.add(uuid(id.asText(), "seenDecisionIds"));
        }
        List<UUID> members = OpenConflict.members(c, conflictId);
        if (!seen.containsAll(members)) {
            throw new Rejection("the conflict has decisions this resolution does not name; look at it again");
        }
        UUID chosen = null;
        if (p.hasNonNull("chosenDecisionId")) {
            chosen = uuid(p.get("chosenDecisionId").asText(), "chosenDecisionId");
            if (!members.contains(chosen)) {
                throw new Rejection("the chosen decision is not part of the conflict");
            }
            if (caller.officerId().equals(drafterOf(c, chosen))) {
                // Four eyes: whoever drafted a decision never makes it the case's by resolving a conflict.
                throw Rejection.of(org.redress.domain.appeal.Rejection.of(
                        org.redress.domain.appeal.ReasonCode.DRAFTER_CANNOT_APPROVE));
            }
        }
        HubCase hubCase = locked.nextVersion().withDecisionConflict(false);
        long version = hubCase.version();
        for (UUID id : members) {
            Decisions.markState(c, hubCase, id, id.equals(chosen) ? Decisions.ACTIVE : SET_ASIDE, version);
        }
        ObjectNode resolution = HubJson.object();
        resolution.put("chosenDecisionId", chosen == null ? null : chosen.toString());
        resolution.set("resolution", p.path("resolution").isMissingNode() ? null : p.get("resolution"));
        resolution.put("mutationId", m.id().toString());
        try (PreparedStatement ps = c.prepareStatement("""
                UPDATE decision_conflict SET status = 'RESOLVED', resolved_at = now(), resolved_by = ?, resolution = ?::jsonb
                WHERE id = ?""")) {
            ps.setObject(1, caller.officerId());
            ps.setString(2, HubJson.write(resolution));
            ps.setObject(3, conflictId);
            ps.executeUpdate();
        }
        OpenConflict.publish(c, conflictId, hubCase.officeCode(), version);
        HubCase.save(c, hubCase);
        return Outcome.applied(version);
    }

    /**
     * {@code approval.give}: payload {@code {"decisionId", "approved": true|false}}. The decision must
     * be the case's current draft; the action gate (APPROVE or RETURN_DRAFT) then holds four eyes —
     * a supervisor, never the drafter — the state (awaiting approval) and recusal. The new status is
     * the state machine's.
     */
    static Outcome approve(Connection c, Caller caller, Mutation m, Rules rules) throws SQLException, Rejection {
        Rules.requireRole(caller, org.redress.domain.access.Permission.APPROVE);
        JsonNode p = CaseFields.payload(m);
        UUID decisionId = uuid(p.path("decisionId").asText(""), "decisionId");
        HubCase locked = HubCase.lockKnown(c, caller, m);
        CaseView view = CaseView.read(c, caller, locked);
        Rules.Draft draft = rules.currentDraft(c, view);
        if (draft == null || !draft.id().equals(decisionId)) {
            throw new Rejection(ReasonCodes.DECISION_NOT_CURRENT, "decision " + decisionId
                    + " is not this case's current draft; only the current draft is approved or returned");
        }
        if (!Decisions.ACTIVE.equals(draft.state())) {
            throw new Rejection(Decisions.CONFLICTED.equals(draft.state())
                    ? "the decision is in conflict; resolve the conflict first"
                    : "the decision is no longer the case's decision");
        }
        boolean approved = p.path("approved").asBoolean(false);
        org.redress.domain.appeal.AppealCase after = rules.gate(c, caller, view,
                approved ? org.redress.domain.appeal.CaseAction.APPROVE : org.redress.domain.appeal.CaseAction.RETURN_DRAFT,
                null);
        HubCase hubCase = locked.nextVersion();
        Decisions.markState(c, hubCase, decisionId, approved ? "APPROVED" : "RETURNED", hubCase.version());
        HubCase saved = after.status().name().equals(hubCase.status()) ? hubCase
                : hubCase.withStatus(after.status().name(), caller.deviceId());
        return Outcome.applied(HubCase.save(c, saved));
    }

    private static @org.jspecify.annotations.Nullable UUID drafterOf(Connection c, UUID decisionId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT officer_id FROM case_decision WHERE id = ?")) {
            ps.setObject(1, decisionId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getObject(1, UUID.class) : null;
            }
        }
    }

    private static String caseOf(Connection c, UUID conflictId) throws SQLException, Rejection {
        try (PreparedStatement ps = c.prepareStatement("SELECT case_no FROM decision_conflict WHERE id = ?")) {
            ps.setObject(1, conflictId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new Rejection("no such conflict");
                }
                return rs.getString(1);
            }
        }
    }

    static UUID uuid(String text, String field) throws Rejection {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            throw new Rejection(field + " is not an id");
        }
    }
}
