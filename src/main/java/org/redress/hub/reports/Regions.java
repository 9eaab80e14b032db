package org.redress.hub.reports;

import org.redress.hub.db.HubDatabase;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Regions for reports (V96): a region is several offices, and a supervisor's or auditor's account
 * granted it reads the reports of each of them as of its own office. Set up by
 * {@code redress hub region} and {@code redress hub grant-region}; nothing else reads them.
 */
public final class Regions {

    private Regions() {
    }

    /** Creates region {@code code} (or renames it) covering exactly {@code offices}. */
    public static void define(HubDatabase db, String code, String name, List<String> offices) throws SQLException {
        if (!code.matches("[A-Za-z0-9_-]{1,32}")) {
            throw new IllegalArgumentException("a region's code is 1 to 32 letters, digits, '-' or '_'");
        }
        db.inTransaction(c -> {
            for (String office : offices) {
                try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM office WHERE code = ?")) {
                    ps.setString(1, office);
                    try (ResultSet rs = ps.executeQuery()) {
                        if (!rs.next()) {
                            throw new IllegalArgumentException("the hub knows no office " + office);
                        }
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO report_region (code, name) VALUES (?, ?) "
                    + "ON CONFLICT (code) DO UPDATE SET name = excluded.name")) {
                ps.setString(1, code);
                ps.setString(2, name);
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM report_region_office WHERE region_code = ?")) {
                ps.setString(1, code);
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO report_region_office (region_code, office_code) VALUES (?, ?) ON CONFLICT DO NOTHING")) {
                for (String office : offices) {
                    ps.setString(1, code);
                    ps.setString(2, office);
                    ps.executeUpdate();
                }
            }
            return null;
        });
    }

    /**
     * Grants (or, with {@code granted} false, withdraws) region {@code region} to the account
     * {@code username}, which must be a supervisor's or an auditor's: reports are theirs alone.
     */
    public static void grant(HubDatabase db, String username, String region, boolean granted) throws SQLException {
        db.inTransaction(c -> {
            UUID officer;
            try (PreparedStatement ps = c.prepareStatement("SELECT id, role FROM officer WHERE username = ?")) {
                ps.setString(1, username);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        throw new IllegalArgumentException("the hub knows no account " + username);
                    }
                    String role = rs.getString(2);
                    if (granted && !"SUPERVISOR".equals(role) && !"AUDITOR".equals(role)) {
                        throw new IllegalArgumentException(username + " is an account of role " + role
                                + "; only supervisors and auditors read reports, so only they are granted regions");
                    }
                    officer = rs.getObject(1, UUID.class);
                }
            }
            String sql = granted
                    ? "INSERT INTO report_region_grant (officer_id, region_code) VALUES (?, ?) ON CONFLICT DO NOTHING"
                    : "DELETE FROM report_region_grant WHERE officer_id = ? AND region_code = ?";
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setObject(1, officer);
                ps.setString(2, region);
                ps.executeUpdate();
            } catch (SQLException e) {
                if ("23503".equals(e.getSQLState())) {
                    throw new IllegalArgumentException("the hub knows no region " + region);
                }
                throw e;
            }
            return null;
        });
    }

    /** The offices of every region granted to {@code officerId}, in code order. */
    static List<String> officesOf(Connection c, UUID officerId) throws SQLException {
        List<String> offices = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT DISTINCT o.office_code FROM report_region_grant g "
                + "JOIN report_region_office o ON o.region_code = g.region_code WHERE g.officer_id = ? ORDER BY 1")) {
            ps.setObject(1, officerId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    offices.add(rs.getString(1));
                }
            }
        }
        return offices;
    }
}
