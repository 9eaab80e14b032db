package org.redress.hub.intake;

import com.fasterxml.jackson.databind.JsonNode;
import org.jspecify.annotations.Nullable;
import org.redress.domain.appeal.ReDeductionGuard;
import org.redress.domain.appeal.ReImpositionAuthorisation;
import org.redress.domain.appeal.ReversedDeduction;
import org.redress.domain.ledger.LedgerEvent;
import org.redress.domain.ledger.LedgerEventKind;
import org.redress.domain.scheme.Catalog;
import org.redress.hub.http.HubJson;
import org.redress.intake.IncomingLedgerEntry;
import org.redress.intake.LedgerChecks;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The importer's ledger-side checks at the hub's intake, on the hub's rows: a correction must name
 * an entry the hub took from that agency for the same subject, not reversed already (by the agency
 * or by a decision of the office), and fit it ({@link LedgerChecks}, the workstation's words); a
 * new deduction or list entry meets the domain's {@link ReDeductionGuard}, fed with the subject's
 * entries reversed at the hub — by an agency's reversal or removal, or by a final decision of the
 * office (ACTIVE, on a decided case) that reversed them.
 */
final class HubLedgerChecks {

    private static final String WHERE = "at the hub";

    private HubLedgerChecks() {
    }

    /** What is wrong with ledger record {@code e} given what the hub holds; null when it may be taken. */
    static LedgerChecks.@Nullable Misfit problem(Connection c, String office, IncomingLedgerEntry e, Catalog catalog)
            throws SQLException {
        if (taken(c, e.agency() + "/" + e.reference())) {
            return null; // the same reference again: store() answers unchanged or conflicting
        }
        if (e.correctsAnother()) {
            return correctionProblem(c, office, e, catalog);
        }
        if (e.kind() != LedgerEventKind.DEDUCTION && e.kind() != LedgerEventKind.LIST_ENTRY) {
            return null;
        }
        String subject = e.subject().identifier();
        ReDeductionGuard guard = new ReDeductionGuard(reversed(c, office, subject), List.<ReImpositionAuthorisation>of());
        LedgerEvent incoming = new LedgerEvent(0, e.schemeCode(), e.ruleCode(), e.kind(), e.points(), e.agency(),
                e.imposedOn(), e.reference(), null, e.publicationUntil());
        return guard.check(subject, incoming, e.decisionRef()).map(HubLedgerChecks::words).orElse(null);
    }

    /** The guard's refusal without the store's row ids, which the hub does not have (it names entries by reference). */
    private static LedgerChecks.Misfit words(org.redress.domain.appeal.Rejection r) {
        List<String> a = r.arguments();
        if (r.code() == org.redress.domain.appeal.ReasonCode.REVERSED_DEDUCTION_REIMPOSED && a.size() == 4) {
            return new LedgerChecks.Misfit("imposed_on", "incoming entry " + a.get(0) + " re-imposes (" + a.get(2)
                    + "), reversed by decision " + a.get(3) + "; a new decision is needed to impose it again");
        }
        return new LedgerChecks.Misfit("imposed_on", r.reason());
    }

    private static LedgerChecks.@Nullable Misfit correctionProblem(Connection c, String office, IncomingLedgerEntry e,
                                                                  Catalog catalog) throws SQLException {
        String targetRef = e.targetReference();
        JsonNode target = ledgerRecord(c, office, e.agency() + "/" + targetRef);
        if (target == null) {
            return LedgerChecks.noTarget(targetRef, e.agency(), WHERE);
        }
        if (!e.subject().identifier().equals(target.path("subject").path("identifier").asText())) {
            return LedgerChecks.otherSubject(targetRef);
        }
        String by = reversedBy(c, office, e.agency(), targetRef);
        if (by != null) {
            return LedgerChecks.alreadyReversed(targetRef, by, WHERE);
        }
        List<LedgerChecks.Misfit> misfits = LedgerChecks.correctionMisfits(e, new LedgerChecks.Target(targetRef,
                LedgerEventKind.valueOf(target.path("kind").asText()), target.path("points").asInt(),
                target.path("schemeCode").asText(), target.path("ruleCode").asText(),
                LocalDate.parse(target.path("imposedOn").asText())), catalog);
        return misfits.isEmpty() ? null : misfits.getFirst();
    }

    private static boolean taken(Connection c, String key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM intake_record WHERE reference = ?")) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static @Nullable JsonNode ledgerRecord(Connection c, String office, String key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT payload::text FROM intake_record WHERE reference = ? AND kind = 'ledger_event' AND office_code = ?")) {
            ps.setString(1, key);
            ps.setString(2, office);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? HubJson.tree(rs.getString(1)) : null;
            }
        }
    }

    /** What reversed the agency's entry already, in words: a standing reversal or removal, or a final decision; null if nothing. */
    private static @Nullable String reversedBy(Connection c, String office, String agency, String reference)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT r.payload->>'reference' FROM intake_record r
                WHERE r.kind = 'ledger_event' AND r.office_code = ? AND r.payload->>'agency' = ?
                  AND r.payload->>'targetReference' = ? AND r.payload->>'kind' IN ('REVERSAL', 'LIST_REMOVAL')
                  AND NOT EXISTS (SELECT 1 FROM intake_record x WHERE x.kind = 'ledger_event'
                      AND x.payload->>'agency' = r.payload->>'agency'
                      AND x.payload->>'targetReference' = r.payload->>'reference' AND x.payload->>'kind' = 'REVERSAL')
                ORDER BY r.received_at LIMIT 1""")) {
            ps.setString(1, office);
            ps.setString(2, agency);
            ps.setString(3, reference);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    return rs.getString(1);
                }
            }
        }
        for (ReversedByDecision r : byDecisions(c, office, null)) {
            if (r.agency().equals(agency) && r.reference().equals(reference)) {
                return "decision " + r.decisionId() + " of case " + r.caseNo();
            }
        }
        return null;
    }

    /** The subject's entries reversed at the hub, for the guard. */
    private static List<ReversedDeduction> reversed(Connection c, String office, String subject) throws SQLException {
        List<ReversedDeduction> list = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT t.payload::text, r.payload->>'reference' FROM intake_record r
                JOIN intake_record t ON t.reference = (r.payload->>'agency') || '/' || (r.payload->>'targetReference')
                WHERE r.kind = 'ledger_event' AND r.office_code = ? AND r.payload->>'kind' IN ('REVERSAL', 'LIST_REMOVAL')
                  AND t.kind = 'ledger_event' AND t.payload->'subject'->>'identifier' = ?""")) {
            ps.setString(1, office);
            ps.setString(2, subject);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    LedgerEvent entry = event(HubJson.tree(rs.getString(1)), "agency");
                    if (entry != null) {
                        list.add(new ReversedDeduction(subject, entry, "correction " + rs.getString(2)));
                    }
                }
            }
        }
        for (ReversedByDecision r : byDecisions(c, office, subject)) {
            list.add(new ReversedDeduction(subject, r.entry(), r.decisionId()));
        }
        return list;
    }

    private record ReversedByDecision(String agency, String reference, String decisionId, String caseNo, LedgerEvent entry) {
    }

    /**
     * Entries that final decisions of the office reversed (the decision ACTIVE, its case decided or
     * past it), with the entry as the case disputes it, or as intake took it; of one subject, or all.
     */
    private static List<ReversedByDecision> byDecisions(Connection c, String office, @Nullable String subject)
            throws SQLException {
        List<ReversedByDecision> list = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT o->>'agencyCode', o->>'reference', d.id::text, k.case_no,
                       (SELECT e FROM jsonb_array_elements(k.details->'deductions') e
                         WHERE e->>'agencyCode' = o->>'agencyCode' AND e->>'reference' = o->>'reference' LIMIT 1)::text,
                       (SELECT i.payload::text FROM intake_record i
                         WHERE i.reference = (o->>'agencyCode') || '/' || (o->>'reference') AND i.kind = 'ledger_event')
                FROM case_decision d JOIN hub_case k ON k.case_no = d.case_no
                CROSS JOIN LATERAL jsonb_array_elements(d.payload->'outcomes') o
                WHERE k.office_code = ? AND d.state = 'ACTIVE' AND k.status IN ('DECIDED', 'LETTER_ISSUED', 'CLOSED')
                  AND o->>'kind' = 'REVERSED' AND (?::text IS NULL OR k.details->'subject'->>'identifier' = ?)""")) {
            ps.setString(1, office);
            ps.setString(2, subject);
            ps.setString(3, subject);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    LedgerEvent entry = rs.getString(5) != null ? event(HubJson.tree(rs.getString(5)), "agencyCode")
                            : rs.getString(6) != null ? event(HubJson.tree(rs.getString(6)), "agency") : null;
                    if (entry != null) {
                        list.add(new ReversedByDecision(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                                entry));
                    }
                }
            }
        }
        return list;
    }

    /** A deduction or list entry as the guard compares it, from a case's disputed entry or an intake record. */
    private static @Nullable LedgerEvent event(JsonNode n, String agencyField) {
        LedgerEventKind kind;
        try {
            kind = LedgerEventKind.valueOf(n.path("kind").asText("DEDUCTION"));
            LocalDate imposed = LocalDate.parse(n.path("imposedOn").asText());
            if (kind != LedgerEventKind.DEDUCTION && kind != LedgerEventKind.LIST_ENTRY) {
                return null;
            }
            return new LedgerEvent(0, n.path("schemeCode").asText(), n.path("ruleCode").asText(), kind,
                    n.path("points").asInt(), n.path(agencyField).asText(), imposed, n.path("reference").asText(),
                    null, null);
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            return null;
        }
    }
}
