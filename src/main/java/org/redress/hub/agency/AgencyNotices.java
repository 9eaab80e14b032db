package org.redress.hub.agency;


import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.jspecify.annotations.Nullable;
import org.redress.domain.calendar.WorkingDayCalendar;
import org.redress.hub.http.HubJson;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Notices to issuing agencies (issue 19, item 5; {@code agency_notice}, hub migration V75), which
 * this class alone writes. {@link #sweep} derives them from what the hub holds: an UNDER_APPEAL
 * notice for every disputed entry of every case (from the case's deductions), and, once a case is
 * decided, an OUTCOME notice per entry of the decision in force, with the decision record embedded
 * (outcome, remedy, reasons, legal basis, new points or end of publication) and the day by which the
 * agency must correct its records: the office's {@code correct_within_working_days} (hub V82,
 * {@code redress hub set-office}) on the official calendar after the day the hub recorded the
 * decision, in the office's zone — whenever the sweep runs (at every agency read and on the hub's
 * timer, {@link AgencyNoticeSweep}), so an agency that reads late finds the same date. A case reopened and decided again gets new outcome
 * notices for the new decision. Notices carry no subject's name or identifier: the agency knows its
 * own entries by reference.
 */
public final class AgencyNotices {

    /** At most this many outcome notices are made per sweep, so a sweep stays short. */
    static final int SWEEP_BATCH = 500;

    private AgencyNotices() {
    }

    /** What a sweep made. */
    public record Swept(int underAppeal, int outcomes) {
    }

    /** How often the hub makes the notices not made yet, besides at every agency read. */
    public static final java.time.Duration SWEEP_EVERY = java.time.Duration.ofMinutes(10);

    /**
     * Makes the notices not made yet at hub start and every {@link #SWEEP_EVERY}: an "under appeal"
     * notice waits for no agency to read, and an outcome notice an agency never reads still becomes
     * an overdue item on its correct-by day.
     */
    public static org.redress.hub.db.Periodic schedule(org.redress.hub.db.HubDatabase db, WorkingDayCalendar calendar) {
        return org.redress.hub.db.Periodic.every("hub.agency_notice_sweep", java.time.Duration.ZERO, SWEEP_EVERY,
                () -> db.inTransaction(c -> sweep(c, calendar)));
    }

    /** Makes the notices not made yet. */
    public static Swept sweep(Connection c, WorkingDayCalendar calendar) throws SQLException {
        int underAppeal;
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO agency_notice (id, office_code, agency_code, case_no, entry_reference, kind, record)
                SELECT gen_random_uuid(), k.office_code, d->>'agencyCode', k.case_no, d->>'reference', 'UNDER_APPEAL',
                       jsonb_build_object('caseNo', k.case_no, 'receivedOn', k.details->>'receivedOn',
                                          'reference', d->>'reference', 'ruleCode', d->>'ruleCode',
                                          'imposedOn', d->>'imposedOn', 'points', d->'points')
                FROM hub_case k CROSS JOIN jsonb_array_elements(
                         CASE WHEN jsonb_typeof(k.details->'deductions') = 'array' THEN k.details->'deductions'
                              ELSE '[]'::jsonb END) d
                WHERE coalesce(d->>'agencyCode', '') <> '' AND coalesce(d->>'reference', '') <> ''
                  AND NOT EXISTS (SELECT 1 FROM agency_notice n WHERE n.case_no = k.case_no AND n.kind = 'UNDER_APPEAL'
                                  AND n.agency_code = d->>'agencyCode' AND n.entry_reference = d->>'reference')
                ON CONFLICT DO NOTHING""")) {
            underAppeal = ps.executeUpdate();
        }
        record Due(String caseNo, String office, UUID decisionId, JsonNode decision, JsonNode outcome,
                   LocalDate decidedOn, int correctWithin) {
        }
        List<Due> due = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT k.case_no, k.office_code, dec.id, dec.payload::text, o::text,
                       (dec.recorded_at AT TIME ZONE 'Asia/Shanghai')::date,
                       coalesce(office.correct_within_working_days, 10)
                FROM hub_case k
                LEFT JOIN office ON office.code = k.office_code
                JOIN LATERAL (SELECT x.id, x.payload, x.recorded_at FROM case_decision x
                              WHERE x.case_no = k.case_no
                                AND x.state NOT IN ('SUPERSEDED', 'SET_ASIDE', 'CONFLICTED', 'RETURNED')
                              ORDER BY x.recorded_version DESC, x.recorded_at DESC LIMIT 1) dec ON true
                CROSS JOIN jsonb_array_elements(CASE WHEN jsonb_typeof(dec.payload->'outcomes') = 'array'
                                                     THEN dec.payload->'outcomes' ELSE '[]'::jsonb END) o
                WHERE k.status IN ('DECIDED', 'LETTER_ISSUED', 'CLOSED')
                  AND coalesce(o->>'agencyCode', '') <> '' AND coalesce(o->>'reference', '') <> ''
                  AND NOT EXISTS (SELECT 1 FROM agency_notice n WHERE n.case_no = k.case_no AND n.kind = 'OUTCOME'
                                  AND n.decision_id = dec.id AND n.agency_code = o->>'agencyCode'
                                  AND n.entry_reference = o->>'reference')
                LIMIT
                """ + SWEEP_BATCH)) {
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    due.add(new Due(rs.getString(1), rs.getString(2), rs.getObject(3, UUID.class),
                            HubJson.tree(rs.getString(4)), HubJson.tree(rs.getString(5)),
                            rs.getObject(6, LocalDate.class), rs.getInt(7)));
                }
            }
        }
        int outcomes = 0;
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO agency_notice (id, office_code, agency_code, case_no, entry_reference, kind, decision_id,
                                           outcome, decided_on, correct_by, record)
                VALUES (?, ?, ?, ?, ?, 'OUTCOME', ?, ?, ?, ?, ?::jsonb) ON CONFLICT DO NOTHING""")) {
            for (Due d : due) {
                var correctBy = calendar.addWorkingDays(d.decidedOn(), d.correctWithin());
                boolean provisional = !correctBy.warnings().isEmpty() || !calendar.covers(correctBy.value());
                ObjectNode record = HubJson.object();
                record.put("caseNo", d.caseNo()).put("decisionId", d.decisionId().toString())
                        .put("reference", d.outcome().path("reference").asText())
                        .put("outcome", d.outcome().path("kind").asText())
                        .put("remedy", d.outcome().path("remedy").asText(""))
                        .put("reasons", d.decision().path("reasons").asText(""))
                        .put("legalBasis", d.decision().path("legalBasis").asText(""))
                        .put("decidedOn", d.decidedOn().toString())
                        .put("correctBy", correctBy.value().toString())
                        .put("correctWithinWorkingDays", d.correctWithin())
                        .put("provisional", provisional);
                if (d.outcome().has("newPoints")) {
                    record.set("newPoints", d.outcome().get("newPoints"));
                }
                if (d.outcome().has("newPublicationUntil")) {
                    record.set("newPublicationUntil", d.outcome().get("newPublicationUntil"));
                }
                ps.setObject(1, UUID.randomUUID());
                ps.setString(2, d.office());
                ps.setString(3, d.outcome().path("agencyCode").asText());
                ps.setString(4, d.caseNo());
                ps.setString(5, d.outcome().path("reference").asText());
                ps.setObject(6, d.decisionId());
                ps.setString(7, d.outcome().path("kind").asText());
                ps.setObject(8, d.decidedOn());
                ps.setObject(9, correctBy.value());
                ps.setString(10, HubJson.write(record));
                outcomes += ps.executeUpdate();
            }
        }
        return new Swept(underAppeal, outcomes);
    }

    /** The agency's notices, unacknowledged first, oldest first within each. */
    public static ArrayNode list(Connection c, String agencyCode) throws SQLException {
        ArrayNode out = HubJson.MAPPER.createArrayNode();
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT id, case_no, entry_reference, kind, decision_id, outcome, decided_on, correct_by, record::text,
                       created_at, acknowledged_at, acknowledged_via
                FROM agency_notice WHERE agency_code = ?
                ORDER BY acknowledged_at IS NOT NULL, created_at, id""")) {
            ps.setString(1, agencyCode);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ObjectNode n = out.addObject();
                    n.put("id", rs.getString(1)).put("caseNo", rs.getString(2)).put("reference", rs.getString(3))
                            .put("kind", rs.getString(4)).put("decisionId", rs.getString(5))
                            .put("outcome", rs.getString(6)).put("decidedOn", rs.getString(7))
                            .put("correctBy", rs.getString(8));
                    n.set("record", HubJson.tree(rs.getString(9)));
                    n.put("createdAt", rs.getTimestamp(10).toInstant().toString());
                    Timestamp ack = rs.getTimestamp(11);
                    n.put("acknowledgedAt", ack == null ? null : ack.toInstant().toString());
                    n.put("acknowledgedVia", rs.getString(12));
                }
            }
        }
        return out;
    }

    /** An acknowledgement's answer: when the notice was acknowledged, and whether this call did it. */
    public record Acknowledged(UUID id, Instant at, boolean first) {
    }

    /**
     * Acknowledges the agency's notice; idempotent: a second acknowledgement (a retry, the same notice
     * in a batch) answers the first one's time and changes nothing. Null when the agency has no such notice.
     */
    public static @Nullable Acknowledged acknowledge(Connection c, String agencyCode, UUID id, String via)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                UPDATE agency_notice SET acknowledged_at = now(), acknowledged_via = ?
                WHERE id = ? AND agency_code = ? AND acknowledged_at IS NULL RETURNING acknowledged_at""")) {
            ps.setString(1, via);
            ps.setObject(2, id);
            ps.setString(3, agencyCode);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    return new Acknowledged(id, rs.getTimestamp(1).toInstant(), true);
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT acknowledged_at FROM agency_notice WHERE id = ? AND agency_code = ?")) {
            ps.setObject(1, id);
            ps.setString(2, agencyCode);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? new Acknowledged(id, rs.getTimestamp(1).toInstant(), false) : null;
            }
        }
    }

    /** An outcome notice the agency has not acknowledged by its correct-by day: an overdue item for the office. */
    public record Overdue(UUID id, String caseNo, String agencyCode, String reference, LocalDate correctBy) {
    }

    /** The office's outcome notices unacknowledged after their correct-by day, as of {@code today}. */
    public static List<Overdue> overdue(Connection c, String officeCode, LocalDate today) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT id, case_no, agency_code, entry_reference, correct_by FROM agency_notice
                WHERE office_code = ? AND kind = 'OUTCOME' AND acknowledged_at IS NULL AND correct_by < ?
                ORDER BY correct_by, case_no""")) {
            ps.setString(1, officeCode);
            ps.setObject(2, today);
            try (ResultSet rs = ps.executeQuery()) {
                List<Overdue> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(new Overdue(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getObject(5, LocalDate.class)));
                }
                return out;
            }
        }
    }
}
