package org.redress.demo;

import org.redress.store.NumberSeries;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The demo's place in the office's number series. Its cases are the office's history, numbered
 * in order per year; the workspace records the highest number of each series as given, and holds
 * a first block of this year's case numbers and letter references, as if its hub had leased them.
 * The demo's hub, when first made, takes over the same record ({@code DemoHub}): its series start
 * past the cases, and the blocks are leased to this workspace there too.
 */
final class DemoNumbers {

    private DemoNumbers() {
    }

    static void record(Connection c, LocalDate today, Instant at) throws SQLException {
        NumberSeries numbers = new NumberSeries(c);
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT substr(case_no, 1, length(case_no) - 12), CAST(substr(case_no, -11, 4) AS INTEGER),
                       max(CAST(substr(case_no, -6) AS INTEGER))
                FROM appeal_case GROUP BY 1, 2""");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                numbers.raiseFloor(NumberSeries.Kind.CASE, rs.getString(1), rs.getInt(2), rs.getLong(3));
            }
        }
        int year = today.getYear();
        String prefix = ReviewOffice.CASE_NUMBER_PREFIX;
        long caseFloor = numbers.floor(NumberSeries.Kind.CASE, prefix, year);
        if (caseFloor + NumberSeries.BLOCK <= org.redress.domain.appeal.CaseNumber.MAX_SEQUENCE) {
            numbers.addLease(NumberSeries.Kind.CASE, prefix, year, caseFloor + 1, caseFloor + NumberSeries.BLOCK, at);
        }
        numbers.addLease(NumberSeries.Kind.LETTER, prefix, year, 1, NumberSeries.BLOCK, at);
    }
}
