package org.redress.audit;

import org.redress.audit.IntegrityBreak.Area;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * A case's status is not vouched for by the chain (it changes all the time) but replayed: every
 * change of status writes a history line ({@code case_event.to_status}), itself vouched for by
 * range, so the status a case shows must be the one its history ends at. A case set to WITHDRAWN
 * with the sqlite3 shell, or whose last history lines were deleted, no longer agrees.
 */
final class CaseReplay {

    private CaseReplay() {
    }

    /** Returns the cases checked. */
    static long check(Connection c, AuditVerifier.Breaks breaks) throws SQLException {
        long cases = 0;
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT k.id, k.case_no, k.status,
                       (SELECT e.to_status FROM case_event e WHERE e.case_id = k.id AND e.to_status IS NOT NULL
                        ORDER BY e.id DESC LIMIT 1)
                FROM appeal_case k ORDER BY k.id""")) {
            ps.setFetchSize(4096);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    cases++;
                    String status = rs.getString(3);
                    String replayed = rs.getString(4);
                    if (!status.equals(replayed)) {
                        breaks.add(new IntegrityBreak(Area.ROWS, null, "case " + rs.getString(2) + " is " + status
                                + (replayed == null ? ", but its history records no status at all"
                                : ", but its history ends at " + replayed), "appeal_case " + rs.getLong(1)));
                    }
                }
            }
        }
        return cases;
    }
}
