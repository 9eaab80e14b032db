package org.redress.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.redress.domain.access.Officer;
import org.redress.domain.access.Role;
import org.redress.store.Database;
import org.redress.store.LocalChange;
import org.redress.sync.protocol.MutationKind;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The supervisors' queue of decision conflicts, as the last pull left them, and their
 * resolution: a resolution names every decision it resolves (the hub refuses one that does not,
 * because the conflict grew meanwhile) and travels as a {@code conflict.resolve} mutation.
 */
public final class ConflictQueue {

    private final Database database;
    private final Clock clock;

    public ConflictQueue(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    public List<OpenConflict> open() {
        return database.read(c -> {
            List<OpenConflict> list = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT conflict_id, case_no, version, decisions, opened_at FROM decision_conflict
                    WHERE state = 'OPEN' ORDER BY opened_at, conflict_id""");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    list.add(new OpenConflict(rs.getString(1), rs.getString(2), rs.getLong(3),
                            competing(c, Outbox.parse(rs.getString(4))), SyncTimes.parse(normal(rs.getString(5)))));
                }
            }
            return list;
        });
    }

    static int countOpen(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM decision_conflict WHERE state = 'OPEN'");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /**
     * A supervisor resolves {@code conflict} by choosing {@code chosenDecisionId}, having seen
     * every decision in it; the others are set aside. Refused for anyone but a supervisor, and
     * when the choice is not one of the conflict's decisions.
     */
    public void resolve(OpenConflict conflict, String chosenDecisionId, String reason, Officer supervisor, long supervisorStoreId) {
        if (supervisor.role() != Role.SUPERVISOR) {
            throw new IllegalArgumentException("only a supervisor resolves decision conflicts");
        }
        Set<String> seen = conflict.decisions().stream().map(OpenConflict.Competing::decisionId)
                .collect(Collectors.toCollection(java.util.LinkedHashSet::new));
        if (!seen.contains(chosenDecisionId)) {
            throw new IllegalArgumentException("the chosen decision is not one of the conflict's");
        }
        if (reason.isBlank()) {
            throw new IllegalArgumentException("a resolution gives its reason");
        }
        ObjectNode payload = SyncJson.MAPPER.createObjectNode()
                .put("conflictId", conflict.conflictId())
                .put("caseNo", conflict.caseNo())
                .put("chosenDecisionId", chosenDecisionId)
                .put("reason", reason.strip());
        ArrayNode list = payload.putArray("seenDecisionIds");
        seen.forEach(list::add);
        ObjectNode resolution = payload.putObject("resolution");
        resolution.put("chosenDecisionId", chosenDecisionId).put("reason", reason.strip());
        database.writeAndWait(c -> {
            database.journal().record(c, new LocalChange(MutationKind.CONFLICT_RESOLVE, "conflict",
                    conflict.conflictId(), supervisorStoreId, conflict.version(), payload, clock.instant()));
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE decision_conflict SET state = 'RESOLVED', resolution = ?, updated_at = ? WHERE conflict_id = ?")) {
                ps.setString(1, resolution.toString());
                ps.setString(2, SyncTimes.text(clock.instant()));
                ps.setString(3, conflict.conflictId());
                ps.executeUpdate();
            }
            return null;
        });
    }

    /** The competing decisions side by side, read from the replica (the hub's conflict names them by id). */
    private static List<OpenConflict.Competing> competing(Connection c, JsonNode ids) throws SQLException {
        List<OpenConflict.Competing> list = new ArrayList<>();
        for (JsonNode idNode : ids) {
            String id = idNode.isObject() ? idNode.path("id").asText(idNode.path("decisionId").asText()) : idNode.asText();
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT o.username, d.drafted_at, h.base_version, d.reasons, d.id
                    FROM synced_record s JOIN decision d ON d.id = s.local_id JOIN officer o ON o.id = d.drafter_id
                    LEFT JOIN hub_decision h ON h.hub_id = s.hub_id
                    WHERE s.entity = 'decision' AND s.hub_id = ?""")) {
                ps.setString(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        list.add(new OpenConflict.Competing(id, rs.getString(1), rs.getString(2), rs.getLong(3),
                                rs.getString(4), outcomes(c, rs.getLong(5))));
                    } else {
                        list.add(new OpenConflict.Competing(id, "?", "", 0, "(not yet on this workstation)", ""));
                    }
                }
            }
        }
        return list;
    }

    private static String outcomes(Connection c, long decisionId) throws SQLException {
        StringBuilder text = new StringBuilder();
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT l.reference, o.outcome, o.new_points FROM decision_outcome o
                JOIN ledger_event l ON l.id = o.ledger_event_id WHERE o.decision_id = ? ORDER BY l.reference""")) {
            ps.setLong(1, decisionId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if (!text.isEmpty()) {
                        text.append("; ");
                    }
                    text.append(rs.getString(1)).append(": ").append(rs.getString(2));
                    if (rs.getObject(3) != null) {
                        text.append(" → ").append(rs.getLong(3));
                    }
                }
            }
        }
        return text.toString();
    }

    private static String normal(String instant) {
        return instant.endsWith("Z") ? instant : instant + "Z";
    }
}
