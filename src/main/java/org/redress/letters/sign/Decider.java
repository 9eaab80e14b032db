package org.redress.letters.sign;

import org.redress.letters.LetterException;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** The account of the officer who drafted (made) a decision: the only one whose key signs its letter. */
public final class Decider {

    private Decider() {
    }

    public static String username(Connection c, long decisionId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT o.username FROM decision d JOIN officer o ON o.id = d.drafter_id WHERE d.id = ?")) {
            ps.setLong(1, decisionId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new LetterException("decision " + decisionId + " has no deciding officer");
                }
                return rs.getString(1);
            }
        }
    }
}
