package org.redress.intake;

import org.redress.domain.scheme.Catalog;
import org.redress.store.ScoreChecks;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;

/**
 * Checks, before an import commits, every reported score its entries bring or change against the
 * score recomputed from the ledger ({@code LedgerDerivation.checkReported}, through
 * {@link ScoreChecks}), and warns of each difference at the line that carried it: a score an agency
 * reported that its own ledger does not give is the trace of a manipulated or mis-kept record. A
 * difference on an entry already in the workspace (this file's entry dated earlier moved it) is one
 * warning for the whole file. Warnings never stop the import.
 */
final class ReportedScoreWarnings {

    private ReportedScoreWarnings() {
    }

    static String key(String agency, String reference) {
        return agency + '\u0000' + reference;
    }

    static void check(Connection connection, Catalog catalog, String file, Map<String, SourceLocation> reportedHere,
                      ImportReport report) throws SQLException {
        ScoreChecks checks = new ScoreChecks(connection, catalog);
        if (checks.pending() == 0) {
            return;
        }
        long elsewhere = 0;
        try (PreparedStatement reference = connection.prepareStatement(
                "SELECT agency_code, reference FROM ledger_event WHERE id = ?")) {
            for (ScoreChecks.Settled s : checks.settleAll()) {
                if (!s.check().differs()) {
                    continue;
                }
                reference.setLong(1, s.check().eventId());
                SourceLocation where = null;
                try (ResultSet rs = reference.executeQuery()) {
                    if (rs.next()) {
                        where = reportedHere.get(key(rs.getString(1), rs.getString(2)));
                    }
                }
                if (where == null) {
                    elsewhere++;
                    continue;
                }
                report.add(FeedProblem.warning(where, "reported_score", String.format(Locale.ROOT,
                        "the agency reported a score of %d, but the ledger gives %d at the end of %s (%s, "
                                + "difference %+d); the case screen and the discrepancies report show it",
                        s.check().reported(), s.check().recomputed(), s.check().at(), s.schemeCode(),
                        s.check().difference())));
            }
        }
        if (elsewhere > 0) {
            report.add(FeedProblem.warning(SourceLocation.wholeFile(file), "reported_score", String.format(Locale.ROOT,
                    "%d score(s) reported earlier now differ from the ledger, which this file's entries changed; "
                            + "the discrepancies report lists them", elsewhere)));
        }
    }
}
