package org.redress.sync;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.redress.audit.AuditChain;
import org.redress.audit.AuditEntry;
import org.redress.audit.CoveredTable;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Rows another workstation wrote and a pull brought here enter the audit chain like local ones:
 * {@code sync.pulled} events vouching for each row's content (up to {@value #ROWS_PER_EVENT} rows an
 * event, written when the page is applied), so {@code redress verify} tells a pulled note from one
 * slipped into the database by hand.
 */
final class PulledRows {

    static final String KIND = "sync.pulled";
    static final int ROWS_PER_EVENT = 500;

    private record Row(CoveredTable table, long id) {
    }

    private final List<Row> rows = new ArrayList<>();

    void add(CoveredTable table, long localId) {
        rows.add(new Row(table, localId));
    }

    /** Writes the events for the rows added since the last call, in the page's own transaction. */
    void vouch(Connection c, Instant at) throws SQLException {
        for (int from = 0; from < rows.size(); from += ROWS_PER_EVENT) {
            List<Row> part = rows.subList(from, Math.min(rows.size(), from + ROWS_PER_EVENT));
            ObjectNode payload = JsonNodeFactory.instance.objectNode().put("count", part.size());
            for (Row row : part) {
                AuditChain.cover(c, payload, row.table(), row.id());
            }
            AuditChain.append(c, new AuditEntry(at, null, KIND, "pull", "page", payload));
        }
        rows.clear();
    }
}
