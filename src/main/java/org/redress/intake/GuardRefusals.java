package org.redress.intake;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

/**
 * Re-deduction attempts the guard refused at import, counted in {@code guard_refusal} (V60) for the
 * outcomes report: a reversed deduction sent again is the signal, whether or not its file was kept, so
 * they are written after the import's own transaction (which an all-or-nothing file with errors rolls
 * back), in a write of their own. No subject, name or reference is kept; a dry run writes nothing.
 */
final class GuardRefusals {

    /** One refused entry: who sent it, under which rule, dated when. */
    record Refusal(String agency, String scheme, String rule, LocalDate imposedOn) {
    }

    private GuardRefusals() {
    }

    static void record(Connection connection, LocalDate refusedOn, List<Refusal> refusals) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("""
                INSERT INTO guard_refusal (refused_on, agency_code, scheme_code, rule_code, imposed_on)
                VALUES (?, ?, ?, ?, ?)""")) {
            for (Refusal r : refusals) {
                ps.setString(1, refusedOn.toString());
                ps.setString(2, r.agency());
                ps.setString(3, r.scheme());
                ps.setString(4, r.rule());
                ps.setString(5, r.imposedOn().toString());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }
}
