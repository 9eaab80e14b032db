package org.redress.hub.accounts;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * What an office has decided for itself that the hub's rules must know (the {@code office} row's
 * settings, migrations V16 and V82): the four-eyes sample rate, the share of decisions that need a
 * second officer although no other rule asks for one; and the working days an issuing agency has
 * to correct its records after an outcome notice. The hub judges an office's decisions with
 * the office's rate, so a workspace whose rate the office set lower sees no decision refused
 * {@code APPROVAL_REQUIRED} that its own check let through.
 */
public final class OfficeSettings {

    /** The workstation's default rate ({@code four_eyes.sample_rate} unset), and a new office's. */
    public static final double DEFAULT_SAMPLE_RATE = 0.10;

    private OfficeSettings() {
    }

    /** The office's sample rate; the default for an office the hub does not know. */
    public static double sampleRate(Connection c, String officeCode) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT four_eyes_sample_rate FROM office WHERE code = ?")) {
            ps.setString(1, officeCode);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getDouble(1) : DEFAULT_SAMPLE_RATE;
            }
        }
    }

    /** The office's own four-eyes thresholds by scheme (V83); schemes without one keep the catalogue's. */
    public static java.util.Map<String, Integer> thresholds(Connection c, String officeCode) throws SQLException {
        var out = new java.util.HashMap<String, Integer>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT scheme_code, points FROM office_four_eyes_threshold WHERE office_code = ?")) {
            ps.setString(1, officeCode);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1), rs.getInt(2));
                }
            }
        }
        return out;
    }

    /** Sets the office's threshold for a scheme; false when the hub knows no such office. */
    static boolean setThreshold(Connection c, String officeCode, String schemeCode, int points) throws SQLException {
        if (points < 0) {
            throw new IllegalArgumentException("a four-eyes threshold is 0 points or more");
        }
        try (PreparedStatement known = c.prepareStatement("SELECT 1 FROM office WHERE code = ?")) {
            known.setString(1, officeCode);
            try (ResultSet rs = known.executeQuery()) {
                if (!rs.next()) {
                    return false;
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO office_four_eyes_threshold (office_code, scheme_code, points) VALUES (?, ?, ?)
                ON CONFLICT (office_code, scheme_code) DO UPDATE SET points = EXCLUDED.points""")) {
            ps.setString(1, officeCode);
            ps.setString(2, schemeCode);
            ps.setInt(3, points);
            ps.executeUpdate();
        }
        return true;
    }

    /** Working days within which an agency corrects its records, 1 to 60; a new office's is 10. */
    public static final int DEFAULT_CORRECT_WITHIN = 10;
    public static final int MAX_CORRECT_WITHIN = 60;

    /** Sets the office's correct-by period; false when the hub knows no such office. */
    static boolean setCorrectWithin(Connection c, String officeCode, int workingDays) throws SQLException {
        if (workingDays < 1 || workingDays > MAX_CORRECT_WITHIN) {
            throw new IllegalArgumentException("the correct-by period is 1 to " + MAX_CORRECT_WITHIN + " working days");
        }
        try (PreparedStatement ps = c.prepareStatement("UPDATE office SET correct_within_working_days = ? WHERE code = ?")) {
            ps.setInt(1, workingDays);
            ps.setString(2, officeCode);
            return ps.executeUpdate() == 1;
        }
    }

    /** Sets the office's rate (0 to 1); false when the hub knows no such office. */
    static boolean setSampleRate(Connection c, String officeCode, double rate) throws SQLException {
        if (!(rate >= 0.0 && rate <= 1.0)) {
            throw new IllegalArgumentException("a sample rate lies between 0 and 1 (0.05 is 5 %)");
        }
        try (PreparedStatement ps = c.prepareStatement("UPDATE office SET four_eyes_sample_rate = ? WHERE code = ?")) {
            ps.setDouble(1, rate);
            ps.setString(2, officeCode);
            return ps.executeUpdate() == 1;
        }
    }
}
