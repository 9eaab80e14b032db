package org.redress.hub.push;

import com.fasterxml.jackson.databind.JsonNode;
import org.jspecify.annotations.Nullable;
import org.redress.domain.access.Officer;
import org.redress.domain.appeal.AppealCase;
import org.redress.domain.appeal.CaseClock;
import org.redress.domain.appeal.CaseNumber;
import org.redress.domain.appeal.CaseStatus;
import org.redress.domain.appeal.Channel;
import org.redress.domain.appeal.DeductionOutcome;
import org.redress.domain.appeal.DisputedEntry;
import org.redress.domain.appeal.Ground;
import org.redress.domain.appeal.OutcomeKind;
import org.redress.domain.appeal.Priority;
import org.redress.domain.appeal.RecusalDeclaration;
import org.redress.domain.appeal.RecusalPolicy;
import org.redress.domain.appeal.RecusalVerdict;
import org.redress.domain.ledger.LedgerEvent;
import org.redress.domain.ledger.LedgerEventKind;
import org.redress.hub.accounts.Caller;
import org.redress.hub.http.HubJson;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * A hub case as the domain's rules see it, for one calling officer: the {@link AppealCase} (state,
 * assignee, disputed entries), the officer, their {@link RecusalVerdict} and the disputed entries
 * as ledger events. Built from what the hub holds — the case row, the content its creation carried
 * ({@code details}), the officer's declarations — so the hub judges with the same
 * {@code org.redress.domain} code the workstation runs, on its own facts rather than the client's.
 *
 * <p>Officers are named by username on both sides of the wire (assignee, drafter); ledger entries
 * by (agency, reference), numbered here 1, 2, … in the order the case lists them.
 */
record CaseView(HubCase hubCase, JsonNode details, AppealCase appeal, Officer actor, RecusalVerdict recusal,
                Map<Long, LedgerEvent> ledger, Map<String, Long> entryIds) {

    /** Reads what the rules need of {@code hubCase} (locked by the caller) for {@code caller}. */
    static CaseView read(Connection c, Caller caller, HubCase hubCase) throws SQLException {
        JsonNode details = details(c, hubCase.caseId());
        return build(caller, hubCase, details, declarations(c, caller));
    }

    static CaseView build(Caller caller, HubCase hubCase, JsonNode details, List<HubDeclaration> declarations) {
        Map<Long, LedgerEvent> ledger = new LinkedHashMap<>();
        Map<String, Long> ids = new HashMap<>();
        List<DisputedEntry> disputed = new ArrayList<>();
        long next = 1;
        for (JsonNode d : details.path("deductions")) {
            LedgerEvent e = entry(next, d);
            if (e == null) {
                continue;
            }
            ledger.put(next, e);
            ids.put(key(e.agencyCode(), e.reference()), next);
            disputed.add(new DisputedEntry(e, d.path("imposedBy").isTextual() ? d.get("imposedBy").asText() : null));
            next++;
        }
        Officer actor = officer(caller);
        String subject = subjectKey(details, hubCase.caseId());
        List<RecusalDeclaration> touching = new ArrayList<>();
        Set<String> agencies = new java.util.HashSet<>();
        ledger.values().forEach(e -> agencies.add(e.agencyCode()));
        for (HubDeclaration d : declarations) {
            if (hubCase.caseId().equals(d.caseId()) || subject.equals(d.subjectKey())
                    || d.agencyCode() != null && agencies.contains(d.agencyCode())) {
                touching.add(new RecusalDeclaration(actor.id(), subject, d.relation(), d.declaredAt(), ""));
            }
        }
        RecusalVerdict recusal = RecusalPolicy.assess(actor, subject, disputed, touching);
        return new CaseView(hubCase, details, appeal(hubCase, details, subject, ledger), actor, recusal, ledger, ids);
    }

    /** The calling officer as the domain knows officers: id and username both the hub username. */
    static Officer officer(Caller caller) {
        String agency = caller.agencyCode() == null || caller.agencyCode().isBlank()
                ? "office:" + caller.officeCode() : caller.agencyCode();
        return new Officer(caller.username(), caller.username(), caller.username(), caller.role(), agency);
    }

    /** The decision's outcomes on this case's entries; an entry the case does not dispute gets an id of its own (never disputed). */
    List<DeductionOutcome> outcomes(JsonNode payload) throws Rejection {
        List<DeductionOutcome> outcomes = new ArrayList<>();
        long stray = -1;
        for (JsonNode o : payload.path("outcomes")) {
            Long id = entryIds.get(key(o.path("agencyCode").asText(""), o.path("reference").asText("")));
            OutcomeKind kind;
            try {
                kind = OutcomeKind.valueOf(o.path("kind").asText(""));
            } catch (IllegalArgumentException e) {
                throw new Rejection("an outcome names no kind the hub knows");
            }
            Integer points = o.path("newPoints").isInt() ? o.get("newPoints").asInt() : null;
            LocalDate until = o.path("newPublicationUntil").isTextual() ? date(o.get("newPublicationUntil").asText()) : null;
            if (o.path("newPublicationUntil").isTextual() && until == null) {
                throw new Rejection("an outcome's new end of publication is not a date");
            }
            outcomes.add(new DeductionOutcome(id == null ? stray-- : id, kind, points, until, o.path("remedy").asText("")));
        }
        return outcomes;
    }

    private static AppealCase appeal(HubCase k, JsonNode details, String subject, Map<Long, LedgerEvent> ledger) {
        LocalDate received = date(details.path("receivedOn").asText(""));
        if (received == null) {
            received = LocalDate.of(2000, 1, 1);
        }
        CaseStatus status = enumOr(CaseStatus.class, k.status(), CaseStatus.RECEIVED);
        String assignee = k.assignee() == null || k.assignee().isBlank() ? null : k.assignee();
        if (assignee == null && status != CaseStatus.RECEIVED && status != CaseStatus.WITHDRAWN
                && status != CaseStatus.NOT_ADMISSIBLE) {
            // A case past RECEIVED with nobody named: nobody is its assignee, so no review action passes.
            assignee = "(nobody)";
        }
        Set<Ground> grounds = EnumSet.noneOf(Ground.class);
        for (JsonNode g : details.path("grounds")) {
            Ground ground = enumOr(Ground.class, g.asText(""), null);
            if (ground != null) {
                grounds.add(ground);
            }
        }
        if (grounds.isEmpty()) {
            grounds.add(Ground.OTHER);
        }
        String scheme = details.path("schemeCode").asText("");
        if (scheme.isBlank()) {
            scheme = ledger.isEmpty() ? "UNKNOWN" : ledger.values().iterator().next().schemeCode();
        }
        CaseNumber number = CaseNumber.tryParse(k.caseNo()).orElseGet(() -> new CaseNumber("RD", 2000, 1));
        List<Long> disputed = ledger.isEmpty() ? List.of(0L) : List.copyOf(ledger.keySet());
        return new AppealCase(k.caseId().toString(), number, subject, scheme, disputed, grounds,
                details.path("groundText").asText(""), details.path("statement").asText(""), received,
                enumOr(Channel.class, details.path("channel").asText(""), Channel.HUB), status, received,
                enumOr(Priority.class, k.priority(), Priority.NORMAL), assignee, k.version(), CaseClock.notComputed());
    }

    private static @Nullable LedgerEvent entry(long id, JsonNode d) {
        LocalDate imposed = date(d.path("imposedOn").asText(""));
        LedgerEventKind kind = enumOr(LedgerEventKind.class, d.path("kind").asText("DEDUCTION"), LedgerEventKind.DEDUCTION);
        if (imposed == null || kind == LedgerEventKind.REVERSAL || kind == LedgerEventKind.AMENDMENT
                || kind == LedgerEventKind.LIST_REMOVAL) {
            return null;
        }
        String until = d.path("publicationUntil").asText("");
        return new LedgerEvent(id, d.path("schemeCode").asText(""), d.path("ruleCode").asText(""), kind,
                d.path("points").asInt(0), d.path("agencyCode").asText(""), imposed, d.path("reference").asText(""),
                null, until.isBlank() ? null : date(until));
    }

    /** Whom a case is about, as declarations name them: the subject's kind and identifier. */
    static String subjectKey(JsonNode details, UUID caseId) {
        JsonNode s = details.path("subject");
        String id = s.path("identifier").asText("");
        return id.isBlank() ? "case:" + caseId : s.path("kind").asText("") + ":" + id;
    }

    static String key(String agency, String reference) {
        return agency + '\u0000' + reference;
    }

    static JsonNode details(Connection c, UUID caseId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT details::text FROM hub_case WHERE case_id = ?")) {
            ps.setObject(1, caseId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? HubJson.tree(rs.getString(1)) : HubJson.object();
            }
        }
    }

    /** One declaration of the hub: about a case (and so its subject) or an agency. */
    record HubDeclaration(@Nullable UUID caseId, @Nullable String subjectKey, @Nullable String agencyCode,
                          String relation, java.time.Instant declaredAt) {
    }

    static List<HubDeclaration> declarations(Connection c, Caller caller) throws SQLException {
        List<HubDeclaration> list = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT case_id, subject_key, agency_code, relation, declared_at FROM recusal_declaration
                WHERE officer_id = ?""")) {
            ps.setObject(1, caller.officerId());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    list.add(new HubDeclaration(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                            rs.getString(4), rs.getTimestamp(5).toInstant()));
                }
            }
        }
        return list;
    }

    static @Nullable LocalDate date(String text) {
        try {
            return text.isBlank() ? null : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    static <E extends Enum<E>> E enumOr(Class<E> type, @Nullable String name, E fallback) {
        if (name == null || name.isBlank()) {
            return fallback;
        }
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            return fallback;
        }
    }
}
