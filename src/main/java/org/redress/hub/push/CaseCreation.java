package org.redress.hub.push;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.jspecify.annotations.Nullable;
import org.redress.domain.appeal.CaseNumber;
import org.redress.domain.appeal.ProvisionalCaseNumber;
import org.redress.hub.accounts.Caller;
import org.redress.hub.db.ChangeLog;
import org.redress.hub.http.HubJson;
import org.redress.hub.numbers.NumberSeries;
import org.redress.sync.protocol.Mutation;
import org.redress.sync.protocol.ReasonCodes;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.UUID;

/**
 * {@code case.create}: the one way a workstation's case comes to exist at the hub. The entity id
 * is the case's id (a UUID made where it was created); the payload carries its number, subject,
 * disputed ledger entries (by agency and reference, with what the hub needs to hold them),
 * grounds, statement, dates and channel.
 *
 * <p>The number: a provisional one ({@code RD-2026-P-3F2A9C17}) is replaced by the next of the
 * office series, and the answer names the real one; a final one must come from a block leased to
 * this workstation. A number another case holds is refused with both named
 * ({@link ReasonCodes#CASE_NUMBER_TAKEN}) — the hub never merges two cases because their numbers
 * match. Cases made before leases existed ({@code legacy: true}) keep their numbers when free; their
 * claimed state and assignee are judged by {@link LegacyCreations}.
 */
final class CaseCreation {

    static final int MAX_DEDUCTIONS = 200;

    private CaseCreation() {
    }

    static Outcome create(Connection c, Caller caller, UUID clientId, Mutation m) throws SQLException, Rejection {
        Rules.requireRole(caller, org.redress.domain.access.Permission.IMPORT_FEED);
        UUID caseId = HubCase.caseId(m.entityId());
        if (caseId == null) {
            throw invalid("a new case is named by its id, a UUID");
        }
        JsonNode p = CaseFields.payload(m);
        ObjectNode content = content(p);
        boolean legacy = p.path("legacy").asBoolean(false);
        if (!legacy && (content.path("status").isTextual() && !"RECEIVED".equals(content.get("status").asText())
                || content.path("assignee").isTextual())) {
            // A new case starts received and unassigned; every step after that is a change the gate judges.
            throw invalid("a new case is created received and unassigned; assign it and move it on afterwards");
        }
        String proposed = p.path("caseNo").asText("");
        if (legacy) {
            // Made before sync: its claimed state and assignee are judged, never simply kept.
            LegacyCreations.check(c, caller, caseId, proposed, content);
        }
        HubCase held = HubCase.lockById(c, caseId);
        if (held != null) {
            if (legacy && held.caseNo().equals(proposed) && held.officeCode().equals(caller.officeCode())) {
                // A case of the time before ids, which the hub already knew by its number: it is the same case
                // (its id is derived from that number on both sides); the hub takes the content it lacked.
                fillDetails(c, held, content);
                return Outcome.applied(held.version(), answer(held.caseNo(), caseId, null));
            }
            throw new Rejection(ReasonCodes.CASE_EXISTS, "Case " + caseId + " exists at the hub already, as "
                    + held.caseNo() + "; it was not created again.", answer(held.caseNo(), caseId, null));
        }
        String caseNo = number(c, caller, clientId, caseId, proposed, legacy);
        if (!insert(c, caller.officeCode(), caseId, caseNo, content, caller.officerId().toString())) {
            throw taken(c, caseNo, caseId);
        }
        return Outcome.applied(1, answer(caseNo, caseId, caseNo.equals(proposed) ? null : proposed));
    }

    /**
     * Stores a new case (version 1) and publishes it with its content; false when its id or number
     * is held already (nothing stored).
     */
    static boolean insert(Connection c, String office, UUID caseId, String caseNo, ObjectNode content, String createdBy)
            throws SQLException {
        String status = content.path("status").isTextual() ? content.get("status").asText() : "RECEIVED";
        String assignee = content.path("assignee").isTextual() ? content.get("assignee").asText() : null;
        String priority = content.path("priority").isTextual() ? content.get("priority").asText() : null;
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO hub_case (case_no, case_id, office_code, version, status, status_version, assignee,
                    assignee_version, priority, priority_version, details, created_by)
                VALUES (?, ?, ?, 1, ?, 0, ?, 0, ?, 0, ?::jsonb, ?) ON CONFLICT DO NOTHING""")) {
            ps.setString(1, caseNo);
            ps.setObject(2, caseId);
            ps.setString(3, office);
            ps.setString(4, status);
            ps.setString(5, assignee);
            ps.setString(6, priority);
            ps.setString(7, HubJson.write(content));
            ps.setString(8, createdBy);
            if (ps.executeUpdate() == 0) {
                return false;
            }
        }
        // The fields' versions stay 0: what the case was created with is no change anyone could have missed.
        HubCase created = new HubCase(caseNo, office, 1, status, 0, assignee, 0, priority, 0, false, caseId,
                HubCase.Writers.NONE);
        ChangeLog.append(c, office, "case", caseId.toString(), "upsert", 1, created.toJson(content));
        return true;
    }

    /** The case's content as the hub keeps it: the payload without the workstation's number and flags. */
    static ObjectNode content(JsonNode p) throws Rejection {
        if (!p.isObject()) {
            throw invalid("a new case carries its content");
        }
        JsonNode subject = p.path("subject");
        if (!subject.isObject() || blank(subject.path("identifier")) || blank(subject.path("name"))) {
            throw invalid("a new case names its subject (identifier and name)");
        }
        JsonNode deductions = p.path("deductions");
        if (!deductions.isArray() || deductions.isEmpty() || deductions.size() > MAX_DEDUCTIONS) {
            throw invalid("a new case disputes 1 to " + MAX_DEDUCTIONS + " ledger entries");
        }
        for (JsonNode d : deductions) {
            if (blank(d.path("agencyCode")) || blank(d.path("reference")) || blank(d.path("schemeCode"))
                    || blank(d.path("imposedOn"))) {
                throw invalid("each disputed ledger entry names its agency, reference, scheme and day");
            }
        }
        try {
            LocalDate.parse(p.path("receivedOn").asText(""));
        } catch (DateTimeParseException e) {
            throw invalid("a new case has its day of receipt (YYYY-MM-DD)");
        }
        if (p.path("status").isTextual()) {
            CaseFields.status(p.get("status").asText());
        }
        ObjectNode content = p.deepCopy();
        content.remove("caseNo");
        content.remove("legacy");
        return content;
    }

    private static String number(Connection c, Caller caller, UUID clientId, UUID caseId, String proposed, boolean legacy)
            throws SQLException, Rejection {
        var provisional = ProvisionalCaseNumber.tryParse(proposed);
        if (provisional.isPresent()) {
            ProvisionalCaseNumber p = provisional.get();
            for (int attempt = 0; attempt < 16; attempt++) {
                Long next = NumberSeries.allocate(c, NumberSeries.CASE, p.office(), p.year());
                if (next == null) {
                    throw invalid("the office's case numbers for " + p.year() + " are used up");
                }
                String real = new CaseNumber(p.office(), p.year(), Math.toIntExact(next)).toString();
                if (holderOf(c, real) == null) {
                    return real;
                }
            }
            throw invalid("no free case number was found for " + proposed);
        }
        var number = CaseNumber.tryParse(proposed);
        if (number.isEmpty() && !(legacy && HubCase.isCaseNumber(proposed))) {
            throw invalid("'" + proposed + "' is neither an office case number nor a provisional one");
        }
        if (holderOf(c, proposed) != null) {
            throw taken(c, proposed, caseId);
        }
        if (number.isEmpty()) {
            return proposed;
        }
        CaseNumber n = number.get();
        switch (NumberSeries.holder(c, NumberSeries.CASE, n.office(), n.year(), n.sequence(), clientId)) {
            case CALLER -> {
                return proposed;
            }
            case OTHER_DEVICE -> throw new Rejection(ReasonCodes.CASE_NUMBER_NOT_LEASED, "Case number " + proposed
                    + " was leased to another workstation; case " + caseId + " was not created under it.",
                    answer(proposed, caseId, null));
            case NO_LEASE -> {
                if (!legacy) {
                    throw new Rejection(ReasonCodes.CASE_NUMBER_NOT_LEASED, "Case number " + proposed
                            + " was never leased to this workstation; case " + caseId + " was not created under it.",
                            answer(proposed, caseId, null));
                }
                NumberSeries.passBeyond(c, NumberSeries.CASE, n.office(), n.year(), n.sequence());
                return proposed;
            }
            default -> throw new IllegalStateException();
        }
    }

    /** The refusal naming both cases: the one that holds the number and the one that asked for it. */
    static Rejection taken(Connection c, String caseNo, UUID caseId) throws SQLException {
        UUID holder = holderOf(c, caseNo);
        ObjectNode detail = answer(caseNo, caseId, null);
        detail.put("heldBy", holder == null ? null : holder.toString());
        return new Rejection(ReasonCodes.CASE_NUMBER_TAKEN, "Case number " + caseNo + " is already case "
                + (holder == null ? "(another)" : holder.toString()) + " at the hub; case " + caseId
                + " was not created under it. The hub never merges two cases because their numbers match.", detail);
    }

    private static @Nullable UUID holderOf(Connection c, String caseNo) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT case_id FROM hub_case WHERE case_no = ?")) {
            ps.setString(1, caseNo);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getObject(1, UUID.class) : null;
            }
        }
    }

    private static void fillDetails(Connection c, HubCase held, ObjectNode content) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE hub_case SET details = ?::jsonb WHERE case_id = ? AND details = '{}'::jsonb")) {
            ps.setString(1, HubJson.write(content));
            ps.setObject(2, held.caseId());
            if (ps.executeUpdate() == 0) {
                return;
            }
        }
        // Workstations that skipped the case for want of content can store it now.
        ChangeLog.append(c, held.officeCode(), "case", held.caseId().toString(), "upsert", held.version(),
                held.toJson(content));
    }

    static ObjectNode answer(String caseNo, UUID caseId, @Nullable String replaced) {
        ObjectNode n = HubJson.object();
        n.put("caseId", caseId.toString());
        n.put("caseNo", caseNo);
        if (replaced != null) {
            n.put("provisionalCaseNo", replaced);
        }
        return n;
    }

    private static Rejection invalid(String why) {
        return new Rejection(ReasonCodes.CASE_CREATE_INVALID, why);
    }

    private static boolean blank(JsonNode node) {
        return !node.isTextual() || node.asText().isBlank();
    }
}
