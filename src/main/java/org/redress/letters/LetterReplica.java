package org.redress.letters;

import org.jspecify.annotations.Nullable;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;

/**
 * What sync needs of {@code issued_letter}, so the table's SQL stays here: a letter as it goes to
 * the hub ({@code letter.issue}), a letter another workstation of the office issued as a pull brings
 * it (recorded with an empty file path: its file is on that workstation), and the hub's word on
 * which letter of a case replaced which ({@code letter_superseded}).
 */
public final class LetterReplica {

    /** A letter of this workspace as the outbox words it (local ids; sync turns them into the hub's). */
    public record Outgoing(long caseId, long decisionId, String referenceNo, String language, Instant issuedAt,
                           String sha256, String recordSha256, boolean signed, @Nullable Long supersedesId) {
    }

    private LetterReplica() {
    }

    /** The letter {@code letterId} as issued; null when the table has no such row. */
    public static @Nullable Outgoing outgoing(Connection c, long letterId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT case_id, decision_id, reference_no, language, issued_at, sha256, record_sha256, signed, supersedes_id
                FROM issued_letter WHERE id = ?""")) {
            ps.setLong(1, letterId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                long supersedes = rs.getLong(9);
                return new Outgoing(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        Instant.parse(rs.getString(5)), rs.getString(6), rs.getString(7), rs.getInt(8) == 1,
                        rs.wasNull() ? null : supersedes);
            }
        }
    }

    /**
     * Records a letter another workstation of the office issued; returns its id here, or null when
     * its reference is not one of a letter or this workspace holds that reference as another letter.
     */
    public static @Nullable Long recordPulled(Connection c, long caseId, long decisionId, String referenceNo,
                                              String language, Instant issuedAt, @Nullable Long issuedBy, String sha256,
                                              String recordSha256, boolean signed) throws SQLException {
        LetterReference reference = LetterReference.parse(referenceNo).orElse(null);
        LetterLanguage lang;
        try {
            lang = LetterLanguage.valueOf(language);
        } catch (IllegalArgumentException e) {
            return null;
        }
        if (reference == null || !sha256.matches("[0-9a-f]{64}") || !recordSha256.matches("[0-9a-f]{64}")) {
            return null;
        }
        IssuedLetters letters = new IssuedLetters(c, null);
        if (letters.referenceTaken(referenceNo)) {
            return null;
        }
        return letters.insert(caseId, decisionId, reference, lang, issuedAt, issuedBy, sha256, recordSha256, "",
                signed, null);
    }

    /** The hub's word: {@code letterId} is replaced by {@code byId}. */
    public static void supersede(Connection c, long letterId, long byId) throws SQLException {
        if (letterId != byId) {
            new IssuedLetters(c, null).supersede(letterId, byId);
        }
    }
}
