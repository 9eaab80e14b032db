package org.redress.intake;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

final class IntakeSql {
    private IntakeSql() {}

    /** The highest id of a table; the import hands out ids itself (it is the only writer). */
    static long maxId(Connection connection, String table) throws SQLException {
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT ifnull(max(id), 0) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** An insert of {@code rows} ledger rows, 15 parameters each; a taken reference skips its row. */
    static String ledgerInsert(int rows) {
        StringBuilder sql = new StringBuilder("""
                INSERT INTO ledger_event (id, subject_id, scheme_code, rule_code, kind, points, agency_code, imposed_on,
                    reference, target_id, publication_until, imposed_by_officer, decision_id, reported_score, source,
                    created_at, feed_hash)
                VALUES """);
        for (int i = 0; i < rows; i++) {
            sql.append(i == 0 ? "" : ",\n    ").append("(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, NULL, ?, ?, ?, ?)");
        }
        return sql.append("\nON CONFLICT (agency_code, reference) DO NOTHING").toString();
    }
}
