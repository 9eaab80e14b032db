package org.redress.hub.push;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.jspecify.annotations.Nullable;
import org.redress.hub.accounts.Caller;
import org.redress.hub.db.ChangeLog;
import org.redress.hub.http.HubJson;
import org.redress.sync.protocol.Mutation;
import org.redress.sync.protocol.ReasonCodes;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A case row of the hub, locked for the mutation's transaction. Mutations name a case by its id
 * (the UUID made where the case was created); a case comes to exist only by its own
 * {@code case.create} ({@link CaseCreation}), intake, or seeding. A mutation on a case the hub does
 * not hold is refused ({@link ReasonCodes#CASE_UNKNOWN}), never the occasion to make one.
 */
record HubCase(String caseNo, String officeCode, long version, @Nullable String status, long statusVersion,
               @Nullable String assignee, long assigneeVersion, @Nullable String priority, long priorityVersion,
               boolean decisionConflict, UUID caseId, Writers writers) {

    /** The device that last wrote each field (null: intake, seeding, or before hub V81). */
    record Writers(@Nullable UUID status, @Nullable UUID assignee, @Nullable UUID priority) {
        static final Writers NONE = new Writers(null, null, null);
    }

    private static final Pattern CASE_NO = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_./-]{0,63}");
    private static final Pattern UUID_TEXT = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    static final String COLUMNS = """
            case_no, office_code, version, status, status_version, assignee, assignee_version,
            priority, priority_version, decision_conflict, case_id, status_by, assignee_by, priority_by""";
    /** How many {@link #COLUMNS} there are: a query selecting more reads its own from the next one on. */
    static final int COLUMN_COUNT = 14;

    static boolean isCaseNumber(@Nullable String caseNo) {
        return caseNo != null && CASE_NO.matcher(caseNo).matches() && !caseNo.contains("..");
    }

    static boolean isCaseId(@Nullable String text) {
        return text != null && UUID_TEXT.matcher(text).matches();
    }

    static @Nullable UUID caseId(@Nullable String text) {
        return isCaseId(text) ? UUID.fromString(text) : null;
    }

    /** The case {@code m} names, locked; refused when the hub does not hold it or it is another office's. */
    static HubCase lockKnown(Connection c, Caller caller, Mutation m) throws SQLException, Rejection {
        UUID id = caseId(m.entityId());
        HubCase found = id == null ? null : lockById(c, id);
        if (found == null) {
            throw unknown(m);
        }
        if (!found.officeCode().equals(caller.officeCode())) {
            throw new Rejection(ReasonCodes.OTHER_OFFICE, "the case belongs to another office");
        }
        return found;
    }

    /** The refusal of a mutation naming a case the hub does not hold, in words the officer can act on. */
    static Rejection unknown(Mutation m) {
        String number = m.payload() == null ? "" : m.payload().path("caseNo").asText("");
        ObjectNode detail = HubJson.object();
        detail.put("caseId", m.entityId());
        if (isCaseNumber(number)) {
            detail.put("caseNo", number);
        }
        return new Rejection(ReasonCodes.CASE_UNKNOWN, "The hub holds no case " + m.entityId()
                + (isCaseNumber(number) ? " (" + number + " on this workstation)" : "")
                + ": its creation has not reached the hub or was refused, so this change was not applied.", detail);
    }

    static @Nullable HubCase lockById(Connection c, UUID caseId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM hub_case WHERE case_id = ? FOR UPDATE")) {
            ps.setObject(1, caseId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? read(rs) : null;
            }
        }
    }

    /** The hub's own lookup by number (conflicts, resolutions): the number is the hub's key, never a workstation's claim. */
    static @Nullable HubCase lock(Connection c, String caseNo) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM hub_case WHERE case_no = ? FOR UPDATE")) {
            ps.setString(1, caseNo);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? read(rs) : null;
            }
        }
    }

    /** Reads the fourteen {@link #COLUMNS} from the current row, starting at column 1. */
    static HubCase read(ResultSet rs) throws SQLException {
        return new HubCase(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getString(4), rs.getLong(5),
                rs.getString(6), rs.getLong(7), rs.getString(8), rs.getLong(9), rs.getBoolean(10),
                rs.getObject(11, UUID.class), new Writers(rs.getObject(12, UUID.class), rs.getObject(13, UUID.class),
                        rs.getObject(14, UUID.class)));
    }

    /** Bumps the version, stores the fields given and publishes the case to change_log. */
    static long save(Connection c, HubCase updated) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                UPDATE hub_case SET version = ?, status = ?, status_version = ?, assignee = ?, assignee_version = ?,
                    priority = ?, priority_version = ?, decision_conflict = ?, status_by = ?, assignee_by = ?,
                    priority_by = ?, updated_at = now()
                WHERE case_id = ?""")) {
            ps.setLong(1, updated.version());
            ps.setString(2, updated.status());
            ps.setLong(3, updated.statusVersion());
            ps.setString(4, updated.assignee());
            ps.setLong(5, updated.assigneeVersion());
            ps.setString(6, updated.priority());
            ps.setLong(7, updated.priorityVersion());
            ps.setBoolean(8, updated.decisionConflict());
            ps.setObject(9, updated.writers().status());
            ps.setObject(10, updated.writers().assignee());
            ps.setObject(11, updated.writers().priority());
            ps.setObject(12, updated.caseId());
            ps.executeUpdate();
        }
        ChangeLog.append(c, updated.officeCode(), "case", updated.caseId().toString(), "upsert", updated.version(),
                updated.toJson());
        return updated.version();
    }

    HubCase nextVersion() {
        return new HubCase(caseNo, officeCode, version + 1, status, statusVersion, assignee, assigneeVersion,
                priority, priorityVersion, decisionConflict, caseId, writers);
    }

    /** The status set by {@code device} (null when no device of the office wrote it). */
    HubCase withStatus(String newStatus, @Nullable UUID device) {
        return new HubCase(caseNo, officeCode, version, newStatus, version, assignee, assigneeVersion,
                priority, priorityVersion, decisionConflict, caseId,
                new Writers(device, writers.assignee(), writers.priority()));
    }

    HubCase withAssignee(@Nullable String newAssignee, @Nullable UUID device) {
        return new HubCase(caseNo, officeCode, version, status, statusVersion, newAssignee, version,
                priority, priorityVersion, decisionConflict, caseId,
                new Writers(writers.status(), device, writers.priority()));
    }

    HubCase withPriority(@Nullable String newPriority, @Nullable UUID device) {
        return new HubCase(caseNo, officeCode, version, status, statusVersion, assignee, assigneeVersion,
                newPriority, version, decisionConflict, caseId,
                new Writers(writers.status(), writers.assignee(), device));
    }

    HubCase withDecisionConflict(boolean flag) {
        return new HubCase(caseNo, officeCode, version, status, statusVersion, assignee, assigneeVersion,
                priority, priorityVersion, flag, caseId, writers);
    }

    /** The case as pullers see it: its id, the number the hub gave it, its fields and version. */
    ObjectNode toJson() {
        ObjectNode n = HubJson.object();
        n.put("caseId", caseId.toString());
        n.put("caseNo", caseNo);
        n.put("officeCode", officeCode);
        n.put("version", version);
        n.put("status", status);
        n.put("assignee", assignee);
        n.put("priority", priority);
        n.put("decisionConflict", decisionConflict);
        return n;
    }

    /** {@link #toJson()} with the content the case was created with (subject, disputed entries …), for its first change. */
    ObjectNode toJson(JsonNode details) {
        ObjectNode n = toJson();
        n.set("details", details);
        return n;
    }
}
