package org.redress.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Keeps {@code case_search} (rowid = case id) in step with cases and notes. Called by the
 * repositories inside the same write transaction as the change it mirrors.
 */
public final class CaseSearchIndex {

    private final Connection connection;

    public CaseSearchIndex(Connection connection) {
        this.connection = connection;
    }

    /** Indexes a new case; its statement column carries the applicant's statement and grounds text. */
    public void addCase(long caseId, String caseNo, String subjectName, String statement, String groundText)
            throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(
                "INSERT INTO case_search (rowid, case_no, subject_name, statement, notes) VALUES (?, ?, ?, ?, '')")) {
            bindCase(ps, caseId, caseNo, subjectName, statement, groundText);
            ps.executeUpdate();
        }
    }

    static void bindCase(PreparedStatement ps, long caseId, String caseNo, String subjectName, String statement,
                         String groundText) throws SQLException {
        ps.setLong(1, caseId);
        ps.setString(2, CaseSearchText.caseNumber(caseNo));
        ps.setString(3, CaseSearchText.segment(subjectName));
        ps.setString(4, groundText.isEmpty() ? CaseSearchText.segment(statement)
                : CaseSearchText.segment(statement + "\n" + groundText));
    }

    /** Adds a note's text to its case's searchable notes. */
    public void addNote(long caseId, String body) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(
                "UPDATE case_search SET notes = notes || char(10) || ? WHERE rowid = ?")) {
            ps.setString(1, CaseSearchText.segment(body));
            ps.setLong(2, caseId);
            ps.executeUpdate();
        }
    }

    /** The case is known by another number now; searching for the new one finds it. */
    public void renumber(long caseId, String caseNo) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("UPDATE case_search SET case_no = ? WHERE rowid = ?")) {
            ps.setString(1, CaseSearchText.caseNumber(caseNo));
            ps.setLong(2, caseId);
            ps.executeUpdate();
        }
    }

    /** Rebuilds one case's row from the tables, e.g. after its subject's name was corrected. */
    public void reindexCase(long caseId) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM case_search WHERE rowid = ?")) {
            delete.setLong(1, caseId);
            delete.executeUpdate();
        }
        try (PreparedStatement read = connection.prepareStatement("""
                SELECT c.case_no, s.name, c.statement, c.ground_text FROM appeal_case c
                JOIN subject s ON s.id = c.subject_id WHERE c.id = ?""")) {
            read.setLong(1, caseId);
            try (ResultSet rs = read.executeQuery()) {
                if (!rs.next()) {
                    return;
                }
                addCase(caseId, rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4));
            }
        }
        try (PreparedStatement notes = connection.prepareStatement(
                "SELECT body FROM note WHERE case_id = ? ORDER BY id")) {
            notes.setLong(1, caseId);
            try (ResultSet rs = notes.executeQuery()) {
                while (rs.next()) {
                    addNote(caseId, rs.getString(1));
                }
            }
        }
    }
}
