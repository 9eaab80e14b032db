package org.redress.sync;

import org.redress.casework.ActionResult;
import org.redress.casework.CaseworkFixture;
import org.redress.casework.DecisionService;
import org.redress.casework.NoteService;
import org.redress.domain.access.Officer;
import org.redress.domain.appeal.DeductionOutcome;
import org.redress.store.Database;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/** Casework the sync tests do through the real services: notes and decisions on demo cases. */
final class SyncCases {

    private SyncCases() {
    }

    /** Cases under review with one disputed deduction, by case number. */
    static List<String> decidable(Database database, int limit) {
        return database.read(c -> {
            List<String> list = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT a.case_no FROM appeal_case a
                    WHERE a.status = 'IN_REVIEW' AND a.scheme_code = 'RONGCHENG_POINTS'
                      AND (SELECT count(*) FROM case_deduction d JOIN ledger_event l ON l.id = d.ledger_event_id
                           WHERE d.case_id = a.id AND l.points < 0) = 1
                      AND (SELECT count(*) FROM case_deduction d WHERE d.case_id = a.id) = 1
                    ORDER BY a.case_no LIMIT ?""")) {
                ps.setInt(1, limit);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        list.add(rs.getString(1));
                    }
                }
            }
            return list;
        });
    }

    static List<String> anyCases(Database database, int limit) {
        return database.read(c -> {
            List<String> list = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT case_no FROM appeal_case ORDER BY case_no LIMIT ?")) {
                ps.setInt(1, limit);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        list.add(rs.getString(1));
                    }
                }
            }
            return list;
        });
    }

    /** The username of the case's assignee on this workstation (as the hub was seeded with it). */
    static String assignee(Database database, String caseNo) {
        return database.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT o.username FROM appeal_case a JOIN officer o ON o.id = a.assignee_id WHERE a.case_no = ?")) {
                ps.setString(1, caseNo);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getString(1);
                }
            }
        });
    }

    static long caseId(Database database, String caseNo) {
        return database.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT id FROM appeal_case WHERE case_no = ?")) {
                ps.setString(1, caseNo);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
    }

    static void note(Database database, Officer author, String caseNo, String body) {
        new NoteService(database, Clock.systemUTC()).add(caseId(database, caseNo), author, body);
    }

    /** {@code drafter} drafts a reversal on {@code caseNo} (made its assignee first, as a supervisor would). */
    static void decide(Database database, Officer drafter, long drafterStoreId, String caseNo, String reasons) {
        if (!tryDecide(database, drafter, drafterStoreId, caseNo, reasons)) {
            throw new IllegalStateException("the draft was refused");
        }
    }

    /** Like {@link #decide}; false when the case's state refuses a draft now. */
    static boolean tryDecide(Database database, Officer drafter, long drafterStoreId, String caseNo, String reasons) {
        long caseId = caseId(database, caseNo);
        long[] facts = database.writeAndWait(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE appeal_case SET assignee_id = ? WHERE id = ?")) {
                ps.setLong(1, drafterStoreId);
                ps.setLong(2, caseId);
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT (SELECT version FROM appeal_case WHERE id = ?), ledger_event_id FROM case_deduction WHERE case_id = ?")) {
                ps.setLong(1, caseId);
                ps.setLong(2, caseId);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return new long[] {rs.getLong(1), rs.getLong(2)};
                }
            }
        });
        ActionResult result = new DecisionService(database, CaseworkFixture.CATALOG,
                CaseworkFixture.clockOn(CaseworkFixture.TODAY)).saveDraft(caseId, facts[0], drafter,
                List.of(DeductionOutcome.reversed(facts[1], "Restore the points")), reasons, "Article 28");
        return result instanceof ActionResult.Done;
    }
}
