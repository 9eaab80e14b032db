package org.redress.hub.push;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.jspecify.annotations.Nullable;
import org.redress.domain.access.Permission;
import org.redress.domain.appeal.AppealCase;
import org.redress.domain.appeal.CaseAction;
import org.redress.domain.appeal.CaseStatus;
import org.redress.domain.appeal.ReasonCode;
import org.redress.domain.appeal.Priority;
import org.redress.hub.accounts.Caller;
import org.redress.hub.db.ChangeLog;
import org.redress.hub.http.HubJson;
import org.redress.sync.protocol.Mutation;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Objects;
import java.util.UUID;

/**
 * Conflict rule 4 of SYNC.md: a mutable case field (assignee, priority, status) changes only if
 * it has not changed since the version the officer saw; otherwise the hub's value stays and both
 * values are kept as a field conflict.
 */
final class CaseFields {

    private CaseFields() {
    }

    /**
     * {@code case.assign}: payload {@code {"assignee": "username", "action": "ASSIGN"|"REASSIGN"?,
     * "priority": "URGENT"?}}. The gate judges the assignment on the hub's state (a case already
     * assigned is reassigned, not assigned); the assignee must be a case worker of the office who need
     * not stand aside; the status follows the state machine (RECEIVED → ASSIGNED), never the payload.
     */
    static Outcome assign(Connection c, Caller caller, Mutation m, Rules rules) throws SQLException, Rejection {
        Rules.requireRole(caller, Permission.WORK_CASES);
        JsonNode p = payload(m);
        if (!p.has("assignee") && !p.has("priority")) {
            throw new Rejection("case.assign names an assignee or a priority");
        }
        HubCase locked = HubCase.lockKnown(c, caller, m);
        Step step = new Step(locked.nextVersion(), 0);
        if (p.has("assignee")) {
            String proposed = p.get("assignee").isNull() ? null : p.get("assignee").asText();
            if (proposed == null || proposed.isBlank() || proposed.length() > 64) {
                throw Rejection.of(org.redress.domain.appeal.Rejection.of(ReasonCode.ASSIGNEE_REQUIRED));
            }
            CaseAction action = locked.assignee() == null ? CaseAction.ASSIGN : CaseAction.REASSIGN;
            if (p.path("action").isTextual()) {
                action = Rules.actionOf(p, CaseStatus.RECEIVED);
                if (action != CaseAction.ASSIGN && action != CaseAction.REASSIGN) {
                    throw new Rejection("case.assign assigns or reassigns; '" + action + "' is not one of them");
                }
            }
            AppealCase after = rules.gate(c, caller, CaseView.read(c, caller, locked), action, proposed);
            step = step.field(c, m, caller, "assignee", HubCase::assignee, HubCase::assigneeVersion,
                    h -> h.writers().assignee(), proposed, HubCase::withAssignee);
            if (!after.status().name().equals(locked.status())) {
                // Taking a case moves it on (RECEIVED -> ASSIGNED; a drafted case reassigned goes back to review).
                step = step.field(c, m, caller, "status", HubCase::status, HubCase::statusVersion,
                        h -> h.writers().status(), after.status().name(), HubCase::withStatus);
            }
        }
        if (p.has("priority")) {
            step = step.field(c, m, caller, "priority", HubCase::priority, HubCase::priorityVersion,
                    h -> h.writers().priority(), priority(p.get("priority").asText()), HubCase::withPriority);
        }
        return finish(c, step.hubCase(), step.conflicts());
    }

    /**
     * {@code case.action}: payload {@code {"action": "REQUEST_INFORMATION", "status": "AWAITING_INFORMATION"}}.
     * The action (or, without one, the one move to {@code status}) goes through the action gate on
     * the hub's state: state machine, assignee, four eyes, recusal. The new status is the machine's.
     */
    static Outcome action(Connection c, Caller caller, Mutation m, Rules rules) throws SQLException, Rejection {
        Rules.requireRole(caller, Permission.WORK_CASES);
        JsonNode p = payload(m);
        if (!p.path("status").isTextual() && !p.path("action").isTextual()) {
            throw new Rejection("case.action names the action or the case's new status");
        }
        HubCase locked = HubCase.lockKnown(c, caller, m);
        CaseView view = CaseView.read(c, caller, locked);
        CaseAction action = Rules.actionOf(p, view.appeal().status());
        if (Rules.SEPARATE_KINDS.contains(action)) {
            throw new Rejection(action + " travels as its own kind of change, not as case.action");
        }
        AppealCase after = rules.gate(c, caller, view, action, null);
        if (action == CaseAction.REOPEN) {
            Reopens.check(caller, p);
        }
        Step step = new Step(locked.nextVersion(), 0)
                .field(c, m, caller, "status", HubCase::status, HubCase::statusVersion, h -> h.writers().status(),
                        after.status().name(), HubCase::withStatus);
        return finish(c, step.hubCase(), step.conflicts());
    }

    /** The case as changed so far and the field conflicts recorded on the way. */
    private record Step(HubCase hubCase, int conflicts) {

        /**
         * Rule 4: the field takes {@code proposed} unless it moved on after {@code m}'s base version to
         * another value, written by another device: a workstation's own earlier changes, sent with
         * the same base version because it was offline, are changes it has seen.
         */
        Step field(Connection c, Mutation m, Caller caller, String name,
                   java.util.function.Function<HubCase, @Nullable String> current,
                   java.util.function.ToLongFunction<HubCase> version,
                   java.util.function.Function<HubCase, @Nullable UUID> writer, @Nullable String proposed,
                   Writing with) throws SQLException {
            boolean movedOn = version.applyAsLong(hubCase) > m.baseVersion()
                    && !(caller.deviceId() != null && caller.deviceId().equals(writer.apply(hubCase)));
            if (movedOn && !Objects.equals(current.apply(hubCase), proposed)) {
                return new Step(hubCase, conflicts + recordConflict(c, hubCase, name, current.apply(hubCase), proposed, m,
                        version.applyAsLong(hubCase)));
            }
            return new Step(with.apply(hubCase, proposed, caller.deviceId()), conflicts);
        }
    }

    /** One of {@link HubCase}'s field setters: the new value and the device writing it. */
    @FunctionalInterface
    private interface Writing {
        HubCase apply(HubCase hubCase, @Nullable String value, UUID device);
    }

    private static Outcome finish(Connection c, HubCase hubCase, int conflicts) throws SQLException {
        long version = HubCase.save(c, hubCase);
        if (conflicts == 0) {
            return Outcome.applied(version);
        }
        ObjectNode detail = HubJson.object();
        detail.put("fieldConflicts", conflicts);
        return Outcome.conflict("the field changed on the hub after you saw it; both values are kept", version, detail);
    }

    private static int recordConflict(Connection c, HubCase hubCase, String field, @Nullable String hubValue,
                                      @Nullable String proposed, Mutation m, long fieldVersion) throws SQLException {
        UUID id = UUID.randomUUID();
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO field_conflict (id, case_no, field, hub_value, proposed_value, mutation_id, base_version, field_version)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")) {
            ps.setObject(1, id);
            ps.setString(2, hubCase.caseNo());
            ps.setString(3, field);
            ps.setString(4, hubValue);
            ps.setString(5, proposed);
            ps.setObject(6, m.id());
            ps.setLong(7, m.baseVersion());
            ps.setLong(8, fieldVersion);
            ps.executeUpdate();
        }
        ObjectNode n = HubJson.object();
        n.put("id", id.toString());
        n.put("caseId", hubCase.caseId().toString());
        n.put("caseNo", hubCase.caseNo());
        n.put("field", field);
        n.put("hubValue", hubValue);
        n.put("proposedValue", proposed);
        n.put("mutationId", m.id().toString());
        ChangeLog.append(c, hubCase.officeCode(), "field_conflict", id.toString(), "append", 1, n);
        return 1;
    }

    static String status(String name) throws Rejection {
        try {
            return CaseStatus.valueOf(name).name();
        } catch (IllegalArgumentException e) {
            throw new Rejection("not a case status");
        }
    }

    private static String priority(String name) throws Rejection {
        try {
            return Priority.valueOf(name).name();
        } catch (IllegalArgumentException e) {
            throw new Rejection("not a priority");
        }
    }

    static JsonNode payload(Mutation m) {
        return m.payload() == null ? HubJson.object() : m.payload();
    }
}
