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
                            competing(Outbox.parse(rs.getString(4))), SyncTimes.parse(normal(rs.getString(5)))));
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

    private static List<OpenConflict.Competing> competing(JsonNode decisions) {
        List<OpenConflict.Competing> list = new ArrayList<>();
        for (JsonNode raw : decisions) {
            ObjectNode d = ReplicaApplier.flatten(raw);
            StringBuilder outcomes = new StringBuilder();
            for (JsonNode o : d.path("outcomes")) {
                if (!outcomes.isEmpty()) {
                    outcomes.append("; ");
                }
                outcomes.append(o.path("reference").asText("?")).append(": ").append(o.path("kind").asText("?"));
                if (o.hasNonNull("newPoints")) {
                    outcomes.append(" → ").append(o.get("newPoints").asText());
                }
            }
            list.add(new OpenConflict.Competing(d.path("decisionId").asText(d.path("id").asText()),
                    d.path("by").asText(d.path("drafter").asText(d.path("officer").asText("?"))),
                    d.path("at").asText(d.path("recordedAt").asText("")), d.path("baseVersion").asLong(),
                    d.path("reasons").asText(""), outcomes.toString()));
        }
        return list;
    }

    private static String normal(String instant) {
        return instant.endsWith("Z") ? instant : instant + "Z";
    }
}
