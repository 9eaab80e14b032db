package org.redress.sync;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.jspecify.annotations.Nullable;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * A case as its {@code case.create} carries it: id and number, the subject, the disputed ledger
 * entries by (agency, reference) with what the hub and other workstations need to hold them,
 * grounds, statement, dates, channel, status, assignee and the agency's reference of the appeal.
 * Read from the replica inside the caller's transaction; the same shape {@link HubCaseIntake}
 * stores on the other side. Personal data travels here (the hub holds the office's cases), never
 * into logs or audit payloads.
 */
public final class CaseContent {

    private static final String CASE = """
            SELECT c.id, c.case_uuid, c.case_no, c.scheme_code, c.status, c.priority, c.received_on, c.deadline_on,
                   c.ack_deadline_on, c.channel, c.grounds, c.ground_text, c.statement, c.region, c.agency_code,
                   c.rule_category, c.rule_code, c.points, o.username,
                   s.kind, s.identifier, s.id_kind, s.id_verdict, s.id_override_reason, s.name, s.region, s.birth_date,
                   i.agency_code, i.reference, i.content_hash
            FROM appeal_case c JOIN subject s ON s.id = c.subject_id
            LEFT JOIN officer o ON o.id = c.assignee_id
            LEFT JOIN appeal_intake i ON i.case_id = c.id""";

    private final Connection connection;
    private @Nullable PreparedStatement deductions;

    private CaseContent(Connection connection) {
        this.connection = connection;
    }

    /** The content of local case {@code caseStoreId}. */
    public static ObjectNode of(Connection c, long caseStoreId) throws SQLException {
        CaseContent reader = new CaseContent(c);
        try (PreparedStatement ps = c.prepareStatement(CASE + " WHERE c.id = ?")) {
            ps.setLong(1, caseStoreId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new SQLException("no case " + caseStoreId + " to describe");
                }
                return reader.read(rs);
            } finally {
                reader.close();
            }
        }
    }

    /** Every case of the workspace, in id order (small workspaces; see {@link #page} for large ones). */
    public static List<ObjectNode> all(Connection c) throws SQLException {
        return page(c, 0, Integer.MAX_VALUE);
    }

    /** Up to {@code limit} cases whose local id is above {@code afterId}, in id order (seeding a hub a page at a time). */
    public static List<ObjectNode> page(Connection c, long afterId, int limit) throws SQLException {
        CaseContent reader = new CaseContent(c);
        List<ObjectNode> list = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(CASE + " WHERE c.id > ? ORDER BY c.id LIMIT ?")) {
            ps.setLong(1, afterId);
            ps.setInt(2, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ObjectNode n = reader.read(rs);
                    n.put("storeId", rs.getLong(1));
                    list.add(n);
                }
            }
        } finally {
            reader.close();
        }
        return list;
    }

    private ObjectNode read(ResultSet rs) throws SQLException {
        ObjectNode n = SyncJson.MAPPER.createObjectNode();
        n.put("caseId", rs.getString(2));
        n.put("caseNo", rs.getString(3));
        n.put("schemeCode", rs.getString(4));
        n.put("status", rs.getString(5));
        n.put("priority", rs.getString(6));
        n.put("receivedOn", rs.getString(7));
        n.put("deadlineOn", rs.getString(8));
        n.put("ackDeadlineOn", rs.getString(9));
        n.put("channel", rs.getString(10));
        ArrayNode grounds = n.putArray("grounds");
        for (String g : rs.getString(11).split(",")) {
            if (!g.isBlank()) {
                grounds.add(g);
            }
        }
        n.put("groundText", rs.getString(12));
        n.put("statement", rs.getString(13));
        n.put("region", rs.getString(14));
        n.put("agencyCode", rs.getString(15));
        n.put("ruleCategory", rs.getString(16));
        n.put("ruleCode", rs.getString(17));
        n.put("points", rs.getInt(18));
        n.put("assignee", rs.getString(19));
        ObjectNode s = n.putObject("subject");
        s.put("kind", rs.getString(20));
        s.put("identifier", rs.getString(21));
        s.put("idKind", rs.getString(22));
        s.put("idVerdict", rs.getString(23));
        s.put("overrideReason", rs.getString(24));
        s.put("name", rs.getString(25));
        s.put("region", rs.getString(26));
        s.put("birthDate", rs.getString(27));
        if (rs.getString(28) != null) {
            n.putObject("intake").put("agency", rs.getString(28)).put("reference", rs.getString(29))
                    .put("contentHash", rs.getString(30));
        }
        deductions(rs.getLong(1), n.putArray("deductions"));
        return n;
    }

    private void deductions(long caseStoreId, ArrayNode into) throws SQLException {
        if (deductions == null) {
            deductions = connection.prepareStatement("""
                    SELECT l.agency_code, l.reference, l.scheme_code, l.rule_code, l.kind, l.points, l.imposed_on,
                           l.publication_until, o.username
                    FROM case_deduction d JOIN ledger_event l ON l.id = d.ledger_event_id
                    LEFT JOIN officer o ON o.id = l.imposed_by_officer
                    WHERE d.case_id = ? ORDER BY l.id""");
        }
        deductions.setLong(1, caseStoreId);
        try (ResultSet rs = deductions.executeQuery()) {
            while (rs.next()) {
                ObjectNode d = into.addObject();
                d.put("agencyCode", rs.getString(1));
                d.put("reference", rs.getString(2));
                d.put("schemeCode", rs.getString(3));
                d.put("ruleCode", rs.getString(4));
                d.put("kind", rs.getString(5));
                d.put("points", rs.getInt(6));
                d.put("imposedOn", rs.getString(7));
                d.put("publicationUntil", rs.getString(8));
                if (rs.getString(9) != null) {
                    // Who imposed it, when an officer of this office did: the hub's recusal check reads it.
                    d.put("imposedBy", rs.getString(9));
                }
            }
        }
    }

    private void close() throws SQLException {
        if (deductions != null) {
            deductions.close();
        }
    }
}
