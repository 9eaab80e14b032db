package org.redress.audit;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redress.store.Database;
import org.redress.store.LocalChange;
import org.redress.store.Workspace;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whatever a caller hands the audit log, a name and an identifier never land in it: every event
 * kind, fed free text naming a person and giving their identifier under every key it allows (and
 * under keys it does not, nested, in lists, in the keys the chain adds itself), written through
 * the chain and through the journal, leaves neither in {@code audit_event}.
 */
class AuditPayloadPrivacyTest {

    static final String NAME = "张伟";
    static final String IDENTIFIER = "110105199003072316";
    static final String TEXT = NAME + " (" + IDENTIFIER + ") says the fine was paid";

    @TempDir
    Path temp;

    private static ObjectNode poisoned(Iterable<String> keys) {
        JsonNodeFactory json = JsonNodeFactory.instance;
        ObjectNode payload = json.objectNode();
        for (String key : keys) {
            payload.put(key, TEXT);
        }
        payload.put("reason", TEXT).put("body", TEXT).put("fileName", NAME + ".pdf").put("identifier", IDENTIFIER)
                .put("referenceNo", IDENTIFIER).put("value", IDENTIFIER).put(NAME, 1);
        payload.putArray("outcomes").addObject().put("ledgerEventId", 1).put("kind", TEXT).put("remedy", TEXT)
                .put("newPublicationUntil", IDENTIFIER);
        payload.putArray("seenDecisionIds").add(IDENTIFIER).add(TEXT);
        payload.putObject("details").put("statement", TEXT);
        ArrayNode rows = payload.putArray("rows");
        rows.addObject().put("table", NAME).put("id", 1).put("sha256", IDENTIFIER);
        payload.putArray("state").addObject().put("table", "settings").put("key", IDENTIFIER).put("sha256", TEXT);
        return payload;
    }

    @Test
    void no_event_kind_keeps_a_name_or_an_identifier_however_it_is_fed() throws Exception {
        List<String> kinds = new ArrayList<>(AuditPayloads.kinds());
        kinds.add("some.kind.nobody.listed");
        // The audit log alone hears the journal here: the outbox would want the rows these changes name.
        try (Database db = Database.open(new Workspace(temp.resolve("ws")), 2,
                org.redress.store.Journal.of(List.of(new AuditSink())))) {
            for (String kind : kinds) {
                var allowed = AuditPayloads.ALLOWED.getOrDefault(kind, java.util.Map.of()).keySet();
                db.writeAndWait(c -> AuditChain.append(c, new AuditEntry(Instant.parse("2026-11-27T02:00:00Z"), 1L, kind,
                        "case", "RD-2026-000001", poisoned(allowed))));
                if (!kind.startsWith("audit.")) {
                    db.writeAndWait(c -> {
                        db.journal().record(c, new LocalChange(kind, "case", "RD-2026-000001", 1L, 3,
                                poisoned(allowed), Instant.parse("2026-11-27T02:00:00Z")));
                        return null;
                    });
                }
            }
            List<String> everything = db.read(c -> {
                List<String> rows = new ArrayList<>();
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                        "SELECT kind, entity_type, entity_id, payload FROM audit_event ORDER BY seq")) {
                    while (rs.next()) {
                        rows.add(rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3) + " " + rs.getString(4));
                    }
                }
                return rows;
            });
            assertThat(everything).hasSizeGreaterThan(2 * AuditPayloads.kinds().size() - 3);
            assertThat(everything).allSatisfy(row -> assertThat(row).doesNotContain(NAME).doesNotContain(IDENTIFIER)
                    .doesNotContain("fine was paid"));
            assertThat(everything).anySatisfy(row -> assertThat(row).startsWith("case.action").contains("\"withheld\""));
        }
    }
}
