package org.redress.intake;

import org.redress.domain.scheme.Catalog;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * Whether a correction (reversal, amendment, list removal) fits the entry it names: the same
 * scheme and rule, dated no earlier, an entry not reversed already, and points that follow from
 * the target — a reversal or removal restores exactly the target's points (a reversal of -20 is
 * +20), an amendment's new value lies within the rule as in force when the target was imposed.
 */
final class CorrectionCheck implements AutoCloseable {
    private final Catalog catalog;
    private final long firstNewId;
    /** A standing reversal or removal of the target (one not itself reversed), other than the row's own. */
    private final PreparedStatement reversedBy;

    CorrectionCheck(Connection connection, Catalog catalog, long firstNewId) throws SQLException {
        this.catalog = catalog;
        this.firstNewId = firstNewId;
        reversedBy = connection.prepareStatement("""
                SELECT r.id, r.agency_code, r.reference FROM ledger_event r
                WHERE r.target_id = ? AND r.kind IN ('REVERSAL', 'LIST_REMOVAL')
                  AND NOT (r.agency_code = ? AND r.reference = ?)
                  AND NOT EXISTS (SELECT 1 FROM ledger_event x WHERE x.target_id = r.id AND x.kind = 'REVERSAL')
                ORDER BY r.id LIMIT 1""");
    }

    /** Reports every misfit on {@code out}; true when there is none. The checks are {@link LedgerChecks}'. */
    boolean fits(IncomingLedgerEntry e, LedgerFeedWriter.Existing target, FieldCheckSink out) throws SQLException {
        boolean fits = true;
        reversedBy.setLong(1, target.id());
        reversedBy.setString(2, e.agency());
        reversedBy.setString(3, e.reference());
        try (ResultSet rs = reversedBy.executeQuery()) {
            if (rs.next()) {
                String by = rs.getString(2).equals(e.agency()) ? rs.getString(3) : rs.getString(2) + ":" + rs.getString(3);
                LedgerChecks.Misfit m = LedgerChecks.alreadyReversed(target.reference(), by,
                        rs.getLong(1) >= firstNewId ? "earlier in this file" : "in the workspace");
                out.error(m.field(), m.message());
                fits = false;
            }
        }
        List<LedgerChecks.Misfit> misfits = LedgerChecks.correctionMisfits(e, new LedgerChecks.Target(target.reference(),
                target.kind(), target.points(), target.schemeCode(), target.ruleCode(), target.imposedOn()), catalog);
        misfits.forEach(m -> out.error(m.field(), m.message()));
        return misfits.isEmpty() && fits;
    }

    @Override
    public void close() throws SQLException {
        reversedBy.close();
    }
}
