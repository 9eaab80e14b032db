package org.redress.hub.push;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.jspecify.annotations.Nullable;
import org.redress.hub.accounts.Caller;
import org.redress.hub.db.ChangeLog;
import org.redress.hub.http.HubJson;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.regex.Pattern;

/**
 * A case row of the hub, locked for the mutation's transaction. A case the hub has never seen
 * is created lazily in the caller's office (workstations of the demo are seeded locally).
 */
record HubCase(String caseNo, String officeCode, long version, @Nullable String status, long statusVersion,
               @Nullable String assignee, long assigneeVersion, @Nullable String priority, long priorityVersion,
               boolean decisionConflict) {

    private static final Pattern CASE_NO = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_./-]{0,63}");

    /** Creates the case if new, else locks it (DO UPDATE takes the row lock): one round trip. */
    static final String UPSERT_AND_LOCK = """
            INSERT INTO hub_case (case_no, office_code, created_by) VALUES (?, ?, ?)
            ON CONFLICT (case_no) DO UPDATE SET case_no = EXCLUDED.case_no
            RETURNING case_no, office_code, version, status, status_version, assignee, assignee_version,
                      priority, priority_version, decision_conflict""";

    static boolean isCaseNumber(String caseNo) {
        return caseNo != null && CASE_NO.matcher(caseNo).matches() && !caseNo.contains("..");
    }

    static void bindUpsert(PreparedStatement ps, int offset, Caller caller, String caseNo) throws SQLException {
        ps.setString(offset + 1, caseNo);
        ps.setString(offset + 2, caller.officeCode());
        ps.setString(offset + 3, caller.officerId().toString());
    }

    static HubCase lockOrCreate(Connection c, Caller caller, String caseNo) throws SQLException, Rejection {
        if (!isCaseNumber(caseNo)) {
            throw new Rejection("not a case number");
        }
        HubCase found;
        try (PreparedStatement ps = c.prepareStatement(UPSERT_AND_LOCK)) {
            bindUpsert(ps, 0, caller, caseNo);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                found = read(rs);
            }
        }
        if (!found.officeCode().equals(caller.officeCode())) {
            throw new Rejection("the case belongs to another office");
        }
        return found;
    }

    static @Nullable HubCase lock(Connection c, String caseNo) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT case_no, office_code, version, status, status_version, assignee, assignee_version,
                       priority, priority_version, decision_conflict
                FROM hub_case WHERE case_no = ? FOR UPDATE""")) {
            ps.setString(1, caseNo);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                return read(rs);
            }
        }
    }

    static HubCase read(ResultSet rs) throws SQLException {
        return new HubCase(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getString(4), rs.getLong(5),
                rs.getString(6), rs.getLong(7), rs.getString(8), rs.getLong(9), rs.getBoolean(10));
    }

    /** Bumps the version, stores the fields given and publishes the case to change_log. */
    static long save(Connection c, HubCase updated) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                UPDATE hub_case SET version = ?, status = ?, status_version = ?, assignee = ?, assignee_version = ?,
                    priority = ?, priority_version = ?, decision_conflict = ?, updated_at = now()
                WHERE case_no = ?""")) {
            ps.setLong(1, updated.version());
            ps.setString(2, updated.status());
            ps.setLong(3, updated.statusVersion());
            ps.setString(4, updated.assignee());
            ps.setLong(5, updated.assigneeVersion());
            ps.setString(6, updated.priority());
            ps.setLong(7, updated.priorityVersion());
            ps.setBoolean(8, updated.decisionConflict());
            ps.setString(9, updated.caseNo());
            ps.executeUpdate();
        }
        ChangeLog.append(c, updated.officeCode(), "case", updated.caseNo(), "upsert", updated.version(), updated.toJson());
        return updated.version();
    }

    HubCase nextVersion() {
        return new HubCase(caseNo, officeCode, version + 1, status, statusVersion, assignee, assigneeVersion,
                priority, priorityVersion, decisionConflict);
    }

    HubCase withStatus(String newStatus) {
        return new HubCase(caseNo, officeCode, version, newStatus, version, assignee, assigneeVersion,
                priority, priorityVersion, decisionConflict);
    }

    HubCase withAssignee(@Nullable String newAssignee) {
        return new HubCase(caseNo, officeCode, version, status, statusVersion, newAssignee, version,
                priority, priorityVersion, decisionConflict);
    }

    HubCase withPriority(String newPriority) {
        return new HubCase(caseNo, officeCode, version, status, statusVersion, assignee, assigneeVersion,
                newPriority, version, decisionConflict);
    }

    HubCase withDecisionConflict(boolean flag) {
        return new HubCase(caseNo, officeCode, version, status, statusVersion, assignee, assigneeVersion,
                priority, priorityVersion, flag);
    }

    ObjectNode toJson() {
        ObjectNode n = HubJson.object();
        n.put("caseNo", caseNo);
        n.put("officeCode", officeCode);
        n.put("version", version);
        n.put("status", status);
        n.put("assignee", assignee);
        n.put("priority", priority);
        n.put("decisionConflict", decisionConflict);
        return n;
    }
}
