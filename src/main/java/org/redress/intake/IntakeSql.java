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
}
