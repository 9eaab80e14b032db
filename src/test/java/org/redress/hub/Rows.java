package org.redress.hub;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Counts rows straight from the hub's database, to prove what was (not) stored. */
final class Rows {

    private Rows() {
    }

    static long count(String sql, Object... params) {
        try (Connection c = TestHub.server().database().connection();
             PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The first column of the first row as text (null when no row). */
    static String text(String sql, Object... params) {
        try (Connection c = TestHub.server().database().connection();
             PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static long changes(String office) {
        return count("SELECT count(*) FROM change_log WHERE office_code = ?", office);
    }

    static long mutations(java.util.UUID client) {
        return count("SELECT count(*) FROM applied_mutation WHERE client_id = ?", client);
    }
}
