package org.redress.casework;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jspecify.annotations.Nullable;
import org.redress.domain.appeal.ExtensionReason;
import org.redress.domain.scheme.LapseChoice;
import org.redress.store.StoreException;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The SQL of a case's clock (migration V70): the day receipt was acknowledged, requests for
 * information, extension requests and recorded breaches. The tables belong to casework; only this
 * class writes them.
 */
final class ClockRecords {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A request for information as stored. */
    record Request(long id, long caseId, LocalDate requestedOn, LocalDate replyBy, int workingDays, List<String> items,
                   @Nullable Long requestedBy, String state, @Nullable LocalDate closedOn,
                   @Nullable LapseChoice lapseChoice) {
        boolean isOpen() {
            return state.equals("OPEN");
        }

        /** Lapsed and no choice made yet: the case waits on its officer. */
        boolean awaitsChoice() {
            return state.equals("LAPSED") && lapseChoice == null;
        }
    }

    /** An extension request as stored. */
    record Extension(long id, long caseId, Instant requestedAt, long requestedBy, ExtensionReason reason,
                     String reasonText, int workingDays, String state, @Nullable Long decidedBy,
                     @Nullable Instant decidedAt, String comment, @Nullable LocalDate deadlineBefore,
                     @Nullable LocalDate deadlineAfter) {
        boolean isPending() {
            return state.equals("PENDING");
        }
    }

    private static final java.time.format.DateTimeFormatter INSTANT = java.time.format.DateTimeFormatter
            .ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(java.time.ZoneOffset.UTC);

    /** An instant as the store writes it: fixed-width UTC with milliseconds, so text order is time order. */
    static String instant(Instant at) {
        return INSTANT.format(at);
    }

    private final Connection c;

    ClockRecords(Connection c) {
        this.c = c;
    }

    @Nullable LocalDate acknowledgedOn(long caseId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT acknowledged_on FROM appeal_case WHERE id = ?")) {
            ps.setLong(1, caseId);
            try (ResultSet rs = ps.executeQuery()) {
                String on = rs.next() ? rs.getString(1) : null;
                return on == null ? null : LocalDate.parse(on);
            }
        }
    }

    /** Records the acknowledgement; the case's version moves on (a change other replicas see). */
    void acknowledge(long caseId, LocalDate on, String updatedAt) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE appeal_case SET acknowledged_on = ?, version = version + 1, updated_at = ? WHERE id = ?")) {
            ps.setString(1, on.toString());
            ps.setString(2, updatedAt);
            ps.setLong(3, caseId);
            ps.executeUpdate();
        }
    }

    Request insertRequest(long caseId, LocalDate requestedOn, LocalDate replyBy, int workingDays, List<String> items,
                          @Nullable Long requestedBy) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO information_request (case_id, requested_on, reply_by, working_days, items, requested_by)
                VALUES (?, ?, ?, ?, ?, ?) RETURNING id""")) {
            ps.setLong(1, caseId);
            ps.setString(2, requestedOn.toString());
            ps.setString(3, replyBy.toString());
            ps.setInt(4, workingDays);
            ps.setString(5, JSON.writeValueAsString(items));
            ps.setObject(6, requestedBy);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return new Request(rs.getLong(1), caseId, requestedOn, replyBy, workingDays, List.copyOf(items),
                        requestedBy, "OPEN", null, null);
            }
        } catch (JsonProcessingException e) {
            throw new StoreException("items not written as JSON", e);
        }
    }

    List<Request> requests(long caseId) throws SQLException {
        return requests("SELECT * FROM information_request WHERE case_id = ? ORDER BY id", caseId);
    }

    /** The case's latest request, if it is open or lapsed awaiting the officer's choice. */
    Optional<Request> pendingRequest(long caseId) throws SQLException {
        List<Request> all = requests(caseId);
        if (all.isEmpty()) {
            return Optional.empty();
        }
        Request last = all.getLast();
        return last.isOpen() || last.awaitsChoice() ? Optional.of(last) : Optional.empty();
    }

    /** Open requests whose reply-by passed before {@code today}, oldest first. */
    List<Request> lapsing(LocalDate today, int limit) throws SQLException {
        return requests("SELECT * FROM information_request WHERE state = 'OPEN' AND reply_by < ? ORDER BY reply_by, id LIMIT "
                + limit, today.toString());
    }

    void close(long requestId, String state, LocalDate closedOn) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE information_request SET state = ?, closed_on = ? WHERE id = ?")) {
            ps.setString(1, state);
            ps.setString(2, closedOn.toString());
            ps.setLong(3, requestId);
            ps.executeUpdate();
        }
    }

    void choose(long requestId, LapseChoice choice) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE information_request SET lapse_choice = ? WHERE id = ?")) {
            ps.setString(1, choice.name());
            ps.setLong(2, requestId);
            ps.executeUpdate();
        }
    }

    private List<Request> requests(String sql, Object param) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setObject(1, param);
            try (ResultSet rs = ps.executeQuery()) {
                List<Request> out = new ArrayList<>();
                while (rs.next()) {
                    long by = rs.getLong("requested_by");
                    Long requestedBy = rs.wasNull() ? null : by;
                    String closed = rs.getString("closed_on");
                    String choice = rs.getString("lapse_choice");
                    out.add(new Request(rs.getLong("id"), rs.getLong("case_id"), LocalDate.parse(rs.getString("requested_on")),
                            LocalDate.parse(rs.getString("reply_by")), rs.getInt("working_days"),
                            items(rs.getString("items")), requestedBy, rs.getString("state"),
                            closed == null ? null : LocalDate.parse(closed),
                            choice == null ? null : LapseChoice.valueOf(choice)));
                }
                return out;
            }
        }
    }

    private static List<String> items(String json) {
        try {
            return List.copyOf(JSON.readValue(json, new TypeReference<List<String>>() { }));
        } catch (JsonProcessingException e) {
            throw new StoreException("information_request.items is not a JSON list", e);
        }
    }

    Extension insertExtension(long caseId, Instant at, long requestedBy, ExtensionReason reason, String reasonText,
                              int workingDays) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO extension_request (case_id, requested_at, requested_by, reason_code, reason_text, working_days)
                VALUES (?, ?, ?, ?, ?, ?) RETURNING id""")) {
            ps.setLong(1, caseId);
            ps.setString(2, instant(at));
            ps.setLong(3, requestedBy);
            ps.setString(4, reason.name());
            ps.setString(5, reasonText);
            ps.setInt(6, workingDays);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return extension(rs.getLong(1)).orElseThrow();
            }
        }
    }

    Optional<Extension> extension(long id) throws SQLException {
        List<Extension> list = extensions("SELECT * FROM extension_request WHERE id = ?", id);
        return list.isEmpty() ? Optional.empty() : Optional.of(list.getFirst());
    }

    List<Extension> extensions(long caseId) throws SQLException {
        return extensions("SELECT * FROM extension_request WHERE case_id = ? ORDER BY id", caseId);
    }

    List<Extension> pendingExtensions(int limit) throws SQLException {
        return extensions("SELECT * FROM extension_request WHERE state = ? ORDER BY id LIMIT " + limit, "PENDING");
    }

    /** The working days the case's approved extensions add up to. */
    int approvedDays(long caseId) throws SQLException {
        return extensions(caseId).stream().filter(e -> e.state().equals("APPROVED")).mapToInt(Extension::workingDays).sum();
    }

    void decide(long id, boolean approved, long decidedBy, Instant at, String comment, @Nullable LocalDate before,
                @Nullable LocalDate after) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                UPDATE extension_request SET state = ?, decided_by = ?, decided_at = ?, comment = ?,
                    deadline_before = ?, deadline_after = ? WHERE id = ? AND state = 'PENDING'""")) {
            ps.setString(1, approved ? "APPROVED" : "REFUSED");
            ps.setLong(2, decidedBy);
            ps.setString(3, instant(at));
            ps.setString(4, comment);
            ps.setString(5, before == null ? null : before.toString());
            ps.setString(6, after == null ? null : after.toString());
            ps.setLong(7, id);
            if (ps.executeUpdate() != 1) {
                throw new StoreException("extension request " + id + " is no longer pending");
            }
        }
    }

    private List<Extension> extensions(String sql, Object param) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setObject(1, param);
            try (ResultSet rs = ps.executeQuery()) {
                List<Extension> out = new ArrayList<>();
                while (rs.next()) {
                    long decider = rs.getLong("decided_by");
                    Long decidedBy = rs.wasNull() ? null : decider;
                    String decidedAt = rs.getString("decided_at");
                    String before = rs.getString("deadline_before");
                    String after = rs.getString("deadline_after");
                    out.add(new Extension(rs.getLong("id"), rs.getLong("case_id"), Instant.parse(rs.getString("requested_at")),
                            rs.getLong("requested_by"), ExtensionReason.valueOf(rs.getString("reason_code")),
                            rs.getString("reason_text"), rs.getInt("working_days"), rs.getString("state"), decidedBy,
                            decidedAt == null ? null : Instant.parse(decidedAt), rs.getString("comment"),
                            before == null ? null : LocalDate.parse(before), after == null ? null : LocalDate.parse(after)));
                }
                return out;
            }
        }
    }

    /** Records a breach once per (case, deadline); false when it was recorded already. */
    boolean recordBreach(long caseId, LocalDate deadlineOn, LocalDate noticedOn, String rule, @Nullable Long reassignedTo)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO deadline_breach (case_id, deadline_on, noticed_on, rule, reassigned_to)
                VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")) {
            ps.setLong(1, caseId);
            ps.setString(2, deadlineOn.toString());
            ps.setString(3, noticedOn.toString());
            ps.setString(4, rule);
            ps.setObject(5, reassignedTo);
            return ps.executeUpdate() == 1;
        }
    }

    /** Open cases whose decision deadline passed before {@code today} with no breach recorded for it yet. */
    List<Long> unrecordedBreaches(LocalDate today, int limit) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT a.id FROM appeal_case a
                WHERE a.status IN ('RECEIVED', 'ASSIGNED', 'IN_REVIEW', 'AWAITING_INFORMATION', 'DECISION_DRAFTED',
                                   'AWAITING_APPROVAL')
                  AND a.deadline_key < ?
                  AND NOT EXISTS (SELECT 1 FROM deadline_breach b WHERE b.case_id = a.id AND b.deadline_on = a.deadline_on)
                ORDER BY a.deadline_key, a.id LIMIT ?""")) {
            ps.setString(1, today.toString());
            ps.setInt(2, limit);
            try (ResultSet rs = ps.executeQuery()) {
                List<Long> ids = new ArrayList<>();
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
                return ids;
            }
        }
    }
}
