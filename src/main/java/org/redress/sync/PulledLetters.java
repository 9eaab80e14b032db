package org.redress.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.jspecify.annotations.Nullable;
import org.redress.audit.CoveredTable;
import org.redress.letters.LetterReplica;
import org.redress.sync.protocol.Change;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * Letters as a pull brings them ({@code letter} upserts of the hub): a letter another workstation of
 * the office issued is recorded here (its reference, hashes, language, issuer; its file stays on
 * that workstation), so {@code redress letters verify} knows it; for every letter, one's own
 * included, the hub's word on which letter replaced which is kept. One's own letters coming back
 * are recognised by their id (the mutation's) and not copied.
 */
final class PulledLetters {

    private PulledLetters() {
    }

    static boolean apply(Connection c, ReplicaLookups ids, PulledRows pulled, Change change, ObjectNode f)
            throws SQLException {
        String hubId = text(f, "letterId", change.entityId());
        Long local = ids.known("letter", hubId);
        boolean applied = false;
        if (local == null) {
            Long caseId = ids.caseId(text(f, "caseId", ""));
            if (caseId == null) {
                return false;
            }
            String decisionHub = text(f, "decisionId", null);
            Long decision = decisionHub == null ? null : ids.known("decision", decisionHub);
            if (decision == null) {
                decision = latestDecision(ids, caseId);
            }
            Instant issuedAt = instant(text(f, "issuedAt", ""));
            if (decision == null || issuedAt == null) {
                return false;
            }
            String by = text(f, "by", null);
            local = LetterReplica.recordPulled(c, caseId, decision, text(f, "referenceNo", ""), text(f, "language", ""),
                    issuedAt, by == null ? null : ids.officer(by), text(f, "sha256", ""), text(f, "recordSha256", ""),
                    f.path("signed").asBoolean(false));
            if (local == null) {
                return false;
            }
            ids.remember("letter", hubId, local);
            pulled.add(CoveredTable.LETTER, local);
            applied = true;
        }
        // The hub's chain: the letter in force before this one is replaced by it; this one, once replaced, by its successor.
        String supersedes = text(f, "supersedes", null);
        Long before = supersedes == null ? null : ids.known("letter", supersedes);
        if (before != null) {
            LetterReplica.supersede(c, before, local);
            applied = true;
        }
        String supersededBy = text(f, "supersededBy", null);
        Long after = supersededBy == null ? null : ids.known("letter", supersededBy);
        if (after != null) {
            LetterReplica.supersede(c, local, after);
            applied = true;
        }
        return applied;
    }

    private static @Nullable Long latestDecision(ReplicaLookups ids, long caseId) throws SQLException {
        PreparedStatement find = ids.statement("SELECT max(id) FROM decision WHERE case_id = ?");
        find.setLong(1, caseId);
        try (ResultSet rs = find.executeQuery()) {
            long id = rs.next() ? rs.getLong(1) : 0;
            return id == 0 ? null : id;
        }
    }

    private static @Nullable String text(ObjectNode f, String key, @Nullable String fallback) {
        JsonNode value = f.get(key);
        return value == null || value.isNull() ? fallback : value.asText();
    }

    private static @Nullable Instant instant(@Nullable String text) {
        try {
            return text == null ? null : Instant.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
