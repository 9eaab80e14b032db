package org.redress.intake;

import org.redress.domain.ledger.LedgerEventKind;
import org.redress.domain.scheme.Catalog;
import org.redress.domain.scheme.Rule;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

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

    /** Reports every misfit on {@code out}; true when there is none. */
    boolean fits(IncomingLedgerEntry e, LedgerFeedWriter.Existing target, FieldCheckSink out) throws SQLException {
        boolean fits = true;
        String named = "entry " + target.reference();
        reversedBy.setLong(1, target.id());
        reversedBy.setString(2, e.agency());
        reversedBy.setString(3, e.reference());
        try (ResultSet rs = reversedBy.executeQuery()) {
            if (rs.next()) {
                String by = rs.getString(2).equals(e.agency()) ? rs.getString(3) : rs.getString(2) + ":" + rs.getString(3);
                out.error("target_reference", named + " was already reversed by " + by
                        + (rs.getLong(1) >= firstNewId ? " earlier in this file" : " in the workspace")
                        + "; an entry is reversed once, and a reversed entry is not corrected again");
                fits = false;
            }
        }
        if (e.kind() == LedgerEventKind.LIST_REMOVAL && target.kind() != LedgerEventKind.LIST_ENTRY) {
            out.error("target_reference", named + " is a " + target.kind() + "; a list removal removes a list entry");
            fits = false;
        }
        if (!e.schemeCode().equals(target.schemeCode())) {
            out.error("scheme", named + " is under scheme " + target.schemeCode() + "; a correction names its target's scheme");
            return false;
        }
        if (!e.ruleCode().equals(target.ruleCode())) {
            out.error("rule", named + " was imposed under rule " + target.ruleCode()
                    + "; a correction names its target's rule, found " + e.ruleCode());
            fits = false;
        }
        if (e.imposedOn().isBefore(target.imposedOn())) {
            out.error("imposed_on", e.imposedOn() + " is before " + target.imposedOn() + ", when " + named
                    + " it corrects was imposed");
            fits = false;
        }
        return pointsFit(e, target, named, out) && fits;
    }

    private boolean pointsFit(IncomingLedgerEntry e, LedgerFeedWriter.Existing target, String named, FieldCheckSink out) {
        if (e.kind() == LedgerEventKind.AMENDMENT) {
            Rule rule = catalog.scheme(target.schemeCode()).flatMap(s -> s.rule(target.ruleCode(), target.imposedOn()))
                    .orElse(null);
            if (rule == null || !e.ruleCode().equals(target.ruleCode())) {
                return true; // no version to judge by, or the rule itself was refused above
            }
            boolean fits = true;
            if (!rule.allows(e.points())) {
                out.error("points", e.points() + " is outside the range of rule " + rule.code() + " as in force on "
                        + target.imposedOn() + ", when " + named + " was imposed (" + rule.points() + ")");
                fits = false;
            }
            if (e.publicationUntil() != null && rule.publication() != null
                    && !rule.publication().allows(target.imposedOn(), e.publicationUntil())) {
                out.error("publication_until", "publication from " + target.imposedOn() + " to " + e.publicationUntil()
                        + " is outside the rule's period (" + rule.publication().earliestLastDay(target.imposedOn())
                        + " to " + rule.publication().latestLastDay(target.imposedOn()) + ")");
                fits = false;
            }
            return fits;
        }
        int restores = -target.points();
        if (e.points() != restores) {
            String what = e.kind() == LedgerEventKind.REVERSAL ? "a reversal" : "a list removal";
            out.error("points", what + " restores exactly its target's points: " + named + " has " + target.points()
                    + ", so its " + e.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + " has "
                    + restores + "; found " + e.points());
            return false;
        }
        return true;
    }

    @Override
    public void close() throws SQLException {
        reversedBy.close();
    }
}
