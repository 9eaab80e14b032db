package org.redress.hub.push;

import com.fasterxml.jackson.databind.JsonNode;
import org.jspecify.annotations.Nullable;
import org.redress.domain.access.Permission;
import org.redress.domain.access.Role;
import org.redress.domain.appeal.AppealCase;
import org.redress.domain.appeal.CaseAction;
import org.redress.domain.appeal.CaseActionGate;
import org.redress.domain.appeal.CaseStatus;
import org.redress.domain.appeal.Decision;
import org.redress.domain.appeal.DecisionValidator;
import org.redress.domain.appeal.DeductionOutcome;
import org.redress.domain.appeal.EarlierView;
import org.redress.domain.appeal.FourEyesPolicy;
import org.redress.domain.appeal.GateFacts;
import org.redress.domain.appeal.Problem;
import org.redress.domain.appeal.ReasonCode;
import org.redress.domain.appeal.RuleBounds;
import org.redress.domain.appeal.RuleBoundsLookup;
import org.redress.domain.appeal.Ruling;
import org.redress.domain.scheme.Catalog;
import org.redress.domain.scheme.Rule;
import org.redress.domain.scheme.Scheme;
import org.redress.hub.accounts.Caller;
import org.redress.hub.accounts.OfficeSettings;
import org.redress.hub.http.HubJson;
import org.redress.sync.protocol.ReasonCodes;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The law at the hub (TRUST.md, rule 1): every mutation that changes a case is judged here with the
 * domain's own rules on the hub's facts — the role matrix ({@link Role#may}), the state machine and
 * action gate ({@link CaseActionGate}: assignee, four eyes, recusal), recusal
 * ({@link org.redress.domain.appeal.RecusalPolicy}, declarations included), the four-eyes policy
 * ({@link FourEyesPolicy}: thresholds from the scheme catalogue or the office's own, its sample rate, drawn
 * from the case's id) and decision validity against the catalogue ({@link DecisionValidator}). A refusal is
 * a {@link Rejection} carrying the domain's reason code and its arguments, so the workstation
 * words it in the officer's language.
 */
final class Rules {

    static final int DEFAULT_THRESHOLD = 50;

    private final Catalog catalog;
    private final Map<String, Integer> thresholds;

    Rules(Catalog catalog) {
        this.catalog = catalog;
        Map<String, Integer> byScheme = new HashMap<>();
        for (Scheme scheme : catalog.schemes()) {
            byScheme.put(scheme.code(), scheme.terms().fourEyesReversalThresholdPoints());
        }
        this.thresholds = Map.copyOf(byScheme);
    }

    /** The office's four-eyes policy: the catalogue's thresholds under the office's own (V83), its sample rate (V16). */
    FourEyesPolicy fourEyes(Connection c, String officeCode) throws SQLException {
        Map<String, Integer> own = OfficeSettings.thresholds(c, officeCode);
        Map<String, Integer> applied = thresholds;
        if (!own.isEmpty()) {
            applied = new HashMap<>(thresholds);
            applied.putAll(own);
        }
        return new FourEyesPolicy(DEFAULT_THRESHOLD, applied, OfficeSettings.sampleRate(c, officeCode));
    }

    /** The role half, asked before anything is read; worded as the workstation's RoleCheck words it. */
    static void requireRole(Caller caller, Permission needed) throws Rejection {
        if (caller.role().may(needed)) {
            return;
        }
        throw Rejection.of(switch (caller.role()) {
            case AUDITOR -> org.redress.domain.appeal.Rejection.of(ReasonCode.AUDITOR_READ_ONLY);
            case ADMINISTRATOR -> org.redress.domain.appeal.Rejection.of(ReasonCode.ADMINISTRATOR_NOT_CASEWORKER);
            case OFFICER, SUPERVISOR -> org.redress.domain.appeal.Rejection.of(ReasonCode.ONLY_SUPERVISOR_APPROVES,
                    roleWords(caller.role()));
        });
    }

    static void requireRole(Caller caller, CaseAction action) throws Rejection {
        requireRole(caller, action == CaseAction.APPROVE || action == CaseAction.RETURN_DRAFT
                ? Permission.APPROVE : Permission.WORK_CASES);
    }

    /** Refused (RECUSED, every reason) when the caller must stand aside from the case. */
    static void requireNotRecused(CaseView view) throws Rejection {
        if (view.recusal().mustStandAside()) {
            throw Rejection.of(org.redress.domain.appeal.Rejection.of(ReasonCode.RECUSED, view.recusal().summary()));
        }
    }

    /**
     * The action gate on the hub's current state of the case: the case as it will stand, or the
     * refusal. {@code assignee} is the officer ASSIGN and REASSIGN give the case to (checked to be
     * an active case worker of the office who need not stand aside); else ignored.
     */
    AppealCase gate(Connection c, Caller caller, CaseView view, CaseAction action, @Nullable String assignee)
            throws SQLException, Rejection {
        requireRole(caller, action);
        Draft draft = currentDraft(c, view);
        boolean approvalRequired = draft != null
                && fourEyes(c, view.hubCase().officeCode()).requiresApproval(draft.decision(), view.ledger());
        GateFacts facts = new GateFacts(approvalRequired, draft == null ? null : draft.drafter(), view.recusal());
        boolean assigning = action == CaseAction.ASSIGN || action == CaseAction.REASSIGN;
        if (assigning && assignee != null) {
            requireAssignable(c, caller, view, assignee);
        }
        Ruling<AppealCase> ruling = CaseActionGate.apply(view.appeal(), action, view.actor(), facts, assignee,
                LocalDate.now(ZoneOffset.UTC));
        if (ruling.refusal().isPresent()) {
            throw Rejection.of(ruling.refusal().get());
        }
        return ruling.grantedValue().orElseThrow();
    }

    /** Everything wrong with a decision's content, the first problem as the refusal (as DecisionService does). */
    void validate(CaseView view, Caller caller, UUID decisionId, JsonNode payload) throws Rejection {
        Decision decision = new Decision(decisionId.toString(), view.appeal().id(), caller.username(), Instant.EPOCH,
                view.outcomes(payload), payload.path("reasons").asText(""), payload.path("legalBasis").asText(""),
                List.of(), null, null);
        List<Problem> problems = DecisionValidator.validate(decision, view.appeal(), view.ledger(), bounds());
        if (!problems.isEmpty()) {
            throw Rejection.of(problems.getFirst().rejection());
        }
    }

    /** The case's current draft (the latest decision not set aside or superseded), with its drafter. */
    @Nullable Draft currentDraft(Connection c, CaseView view) throws SQLException, Rejection {
        List<StoredDecision> all = decisions(c, view.hubCase().caseNo());
        StoredDecision latest = null;
        StoredDecision earlier = null;
        for (int i = all.size() - 1; i >= 0; i--) {
            String state = all.get(i).state();
            if (!state.equals(Decisions.SUPERSEDED) && !state.equals(Resolutions.SET_ASIDE)) {
                latest = all.get(i);
                earlier = i > 0 ? all.get(i - 1) : null;
                break;
            }
        }
        if (latest == null) {
            return null;
        }
        EarlierView view2 = null;
        if (earlier != null) {
            Map<Long, org.redress.domain.appeal.OutcomeKind> outcomes = new LinkedHashMap<>();
            for (DeductionOutcome o : view.outcomes(earlier.payload())) {
                outcomes.put(o.ledgerEventId(), o.kind());
            }
            view2 = new EarlierView(earlier.drafter(), earlier.recordedAt(), outcomes);
        }
        Decision decision = new Decision(latest.id().toString(), view.appeal().id(), latest.drafter(),
                latest.recordedAt(), view.outcomes(latest.payload()), "-", "-", List.of(), view2, null);
        return new Draft(latest.id(), latest.drafter(), latest.state(), decision);
    }

    /** A decision of the case and who drafted it (by username). */
    record Draft(UUID id, String drafter, String state, Decision decision) {
    }

    private record StoredDecision(UUID id, String drafter, String state, JsonNode payload, Instant recordedAt) {
    }

    private static List<StoredDecision> decisions(Connection c, String caseNo) throws SQLException {
        List<StoredDecision> list = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT d.id, coalesce(o.username, d.officer_id::text), d.state, d.payload::text, d.recorded_at
                FROM case_decision d LEFT JOIN officer o ON o.id = d.officer_id
                WHERE d.case_no = ? ORDER BY d.recorded_version, d.recorded_at""")) {
            ps.setString(1, caseNo);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    list.add(new StoredDecision(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                            HubJson.tree(rs.getString(4)), rs.getTimestamp(5).toInstant()));
                }
            }
        }
        return list;
    }

    /**
     * The officer a case is given to: an active case worker of the caller's office who need not
     * stand aside from it (the gate leaves the assignee's recusal to its caller).
     */
    static void requireAssignable(Connection c, Caller caller, CaseView view, String username)
            throws SQLException, Rejection {
        Caller assignee = officer(c, username);
        if (assignee == null || !assignee.officeCode().equals(caller.officeCode())) {
            throw new Rejection(ReasonCodes.ASSIGNEE_UNKNOWN, "the hub knows no active officer '" + username
                    + "' of this office to give the case to");
        }
        if (!assignee.role().worksCases()) {
            throw new Rejection(ReasonCodes.ASSIGNEE_UNKNOWN, "'" + username + "' does not work cases ("
                    + roleWords(assignee.role()) + ")");
        }
        CaseView theirs = CaseView.build(assignee, view.hubCase(), view.details(), CaseView.declarations(c, assignee));
        if (theirs.recusal().mustStandAside()) {
            throw Rejection.of(org.redress.domain.appeal.Rejection.of(ReasonCode.RECUSED, theirs.recusal().summary()));
        }
    }

    /** An active officer of the hub by username, as a caller on no device; null when none. */
    static @Nullable Caller officer(Connection c, String username) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT id, role, office_code, agency_code FROM officer WHERE username = ? AND active")) {
            ps.setString(1, username);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                return new Caller(rs.getObject(1, UUID.class), username, Role.valueOf(rs.getString(2)), rs.getString(3),
                        new UUID(0, 0), rs.getString(4));
            }
        }
    }

    private RuleBoundsLookup bounds() {
        return entry -> catalog.rule(entry.schemeCode(), entry.ruleCode(), entry.imposedOn()).map(Rules::bounds);
    }

    private static RuleBounds bounds(Rule rule) {
        return new RuleBounds(rule.code(), rule.points().min(), rule.points().max(),
                rule.publication() == null ? null : rule.publication().minimum());
    }

    /** The action a {@code case.action} names, or the one move of the state machine from the case's state to {@code status}. */
    static CaseAction actionOf(JsonNode payload, CaseStatus from) throws Rejection {
        String named = payload.path("action").asText("");
        if (!named.isBlank()) {
            try {
                return CaseAction.valueOf(named);
            } catch (IllegalArgumentException e) {
                throw new Rejection("'" + named + "' is no action of a case");
            }
        }
        CaseStatus to = CaseView.enumOr(CaseStatus.class, payload.path("status").asText(""), null);
        if (to == null) {
            throw new Rejection("case.action names the case's new status");
        }
        Optional<CaseAction> move = org.redress.domain.appeal.CaseStateMachine.transitions().stream()
                .filter(t -> t.from() == from && t.to() == to && !SEPARATE_KINDS.contains(t.action()))
                .map(org.redress.domain.appeal.CaseTransition::action).findFirst();
        if (move.isEmpty()) {
            throw Rejection.of(org.redress.domain.appeal.Rejection.of(ReasonCode.ACTION_NOT_ALLOWED,
                    "moved to " + to.name().toLowerCase().replace('_', ' '), from.name().toLowerCase().replace('_', ' ')));
        }
        return move.get();
    }

    /** Actions with a mutation kind of their own (assignments, approvals, drafts): never a bare case.action. */
    static final java.util.Set<CaseAction> SEPARATE_KINDS = java.util.EnumSet.of(CaseAction.ASSIGN, CaseAction.REASSIGN,
            CaseAction.APPROVE, CaseAction.RETURN_DRAFT, CaseAction.DRAFT_DECISION);

    static String roleWords(Role role) {
        return switch (role) {
            case OFFICER -> "an officer";
            case SUPERVISOR -> "a supervisor";
            case AUDITOR -> "an auditor";
            case ADMINISTRATOR -> "an administrator";
        };
    }

    /** For reasons that list decisions: their ids, comma-separated. */
    static String ids(List<UUID> ids) {
        return ids.stream().map(UUID::toString).collect(Collectors.joining(", "));
    }
}
