package org.redress.sync;

import org.redress.casework.CaseworkFixture;
import org.redress.domain.identity.PersonIdValidator;
import org.redress.intake.FeedImporter;
import org.redress.intake.ImportMode;
import org.redress.intake.ImportReport;
import org.redress.store.Database;
import org.redress.store.NumberSeries;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/** Appeals arriving on a workstation the way agencies send them: a feed file through {@code redress import}'s importer. */
final class SyncImports {

    static final String AGENCY = "RC-RCB";

    private SyncImports() {
    }

    /** A made-up, valid resident identifier (Rongcheng, born 1980s). */
    static String residentId() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        String first17 = "371082" + (1980 + r.nextInt(10)) + "%02d%02d".formatted(1 + r.nextInt(12), 1 + r.nextInt(28))
                + "%03d".formatted(r.nextInt(1000));
        return first17 + PersonIdValidator.checkCharacter(first17);
    }

    /**
     * Imports one deduction and one appeal against it for a subject of its own ({@code tag} keeps
     * the references apart) and returns the new case's id.
     */
    static String appeal(SyncTestbed.Station station, String tag, String subjectName) {
        String id = residentId();
        String feed = """
                {"ledgerEvents": [
                   {"reference": "L-%1$s", "agency": "%2$s", "subject_id": "%3$s", "subject_name": "%4$s",
                    "scheme": "RONGCHENG_POINTS", "rule": "RC-FIN-03", "points": -20, "imposed_on": "2026-03-02"}],
                 "appeals": [
                   {"reference": "A-%1$s", "agency": "%2$s", "subject_id": "%3$s", "subject_name": "%4$s",
                    "disputed": ["L-%1$s"], "grounds": ["FACTS_WRONG"], "statement": "Appeal %1$s",
                    "received_on": "2026-11-20"}]}
                """.formatted(tag, AGENCY, id, subjectName);
        try {
            Path file = station.root().resolve("feed-" + tag + ".json");
            Files.writeString(file, feed, StandardCharsets.UTF_8);
            ImportReport report = new FeedImporter(station.database(), CaseworkFixture.CATALOG, CaseworkFixture.CALENDAR,
                    CaseworkFixture.clockOn(CaseworkFixture.TODAY)).importFile(file, ImportMode.ALL_OR_NOTHING);
            if (!report.committed() || report.appealsImported() != 1) {
                throw new IllegalStateException("the appeal " + tag + " was not imported: " + report.problems());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return station.database().read(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT a.case_uuid FROM appeal_intake i JOIN appeal_case a ON a.id = i.case_id
                    WHERE i.agency_code = ? AND i.reference = ?""")) {
                ps.setString(1, AGENCY);
                ps.setString(2, "A-" + tag);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getString(1);
                }
            }
        });
    }

    /** Uses up every leased case number the station holds (as if it had numbered that many cases). */
    static void exhaustCaseNumbers(Database database) {
        database.writeAndWait(c -> {
            NumberSeries numbers = new NumberSeries(c);
            while (numbers.next(NumberSeries.Kind.CASE, "RD", 2026).isPresent()) {
                // taken
            }
            return null;
        });
    }

    /** The station's case number of case {@code caseId}; null when it does not hold the case. */
    static String caseNo(SyncTestbed.Station station, String caseId) {
        return text(station, "SELECT case_no FROM appeal_case WHERE case_uuid = ?", caseId).stream().findFirst().orElse(null);
    }

    /** The bodies of the station's notes on case {@code caseId}, in order. */
    static List<String> notes(SyncTestbed.Station station, String caseId) {
        return text(station, "SELECT n.body FROM note n JOIN appeal_case a ON a.id = n.case_id WHERE a.case_uuid = ? ORDER BY n.body",
                caseId);
    }

    static long localCaseId(SyncTestbed.Station station, String caseId) {
        return Long.parseLong(text(station, "SELECT id FROM appeal_case WHERE case_uuid = ?", caseId).getFirst());
    }

    static List<String> text(SyncTestbed.Station station, String sql, String arg) {
        return station.database().read(c -> {
            List<String> list = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setString(1, arg);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        list.add(rs.getString(1));
                    }
                }
            }
            return list;
        });
    }
}
