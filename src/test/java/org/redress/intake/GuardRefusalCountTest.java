package org.redress.intake;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redress.catalog.CalendarCatalog;
import org.redress.catalog.SchemeCatalog;
import org.redress.domain.access.Officer;
import org.redress.domain.access.Role;
import org.redress.reports.Figure;
import org.redress.reports.FigureId;
import org.redress.reports.Measure;
import org.redress.reports.ReportName;
import org.redress.reports.ReportRequest;
import org.redress.reports.ReportService;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.redress.intake.ImportFixture.deduction;
import static org.redress.intake.LedgerCorrectionChecksTest.reversal;

/**
 * A re-deduction the guard refuses is counted in guard_refusal (agency, scheme, rule, the day it was
 * dated, the office's day of the import; nothing naming the subject), whether or not its file was
 * kept, but not by a dry run; and the outcomes report shows the count by agency.
 */
class GuardRefusalCountTest {
    @TempDir
    Path dir;
    ImportFixture ws;

    @BeforeEach
    void open() throws IOException {
        ws = new ImportFixture(dir);
        ws.ledger("1.csv", deduction("B-1", "2026-03-02"), reversal("B-1R", 20, "2026-05-02", "B-1"));
    }

    @AfterEach
    void close() {
        ws.close();
    }

    private List<List<String>> refusals() {
        return ws.db.read(c -> {
            List<List<String>> rows = new ArrayList<>();
            try (var rs = c.createStatement().executeQuery("SELECT refused_on, agency_code, scheme_code, rule_code, "
                    + "imposed_on FROM guard_refusal ORDER BY id")) {
                while (rs.next()) {
                    rows.add(List.of(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)));
                }
            }
            return rows;
        });
    }

    @Test
    void a_refused_re_deduction_is_counted_though_its_all_or_nothing_file_imported_nothing() throws IOException {
        ImportReport r = ws.ledger("2.csv", deduction("B-9", "2026-03-03"));

        assertThat(r.committed()).isFalse();
        String today = LocalDate.ofInstant(FeedImporterTest.CLOCK.instant(), java.time.ZoneId.of("Asia/Shanghai"))
                .toString();
        assertThat(refusals()).containsExactly(List.of(today, "RC-BANK", "RONGCHENG_POINTS", "RC-FIN-03", "2026-03-03"));
    }

    @Test
    void a_dry_run_counts_nothing_and_a_quarantine_import_counts_its_refusals() throws IOException {
        ws.importer.importFile(ws.file("dry.csv", ImportFixture.LEDGER + "\n" + deduction("B-8", "2026-03-03")),
                ImportMode.DRY_RUN);
        assertThat(refusals()).isEmpty();

        ws.importer.importFile(ws.file("q.csv", ImportFixture.LEDGER + "\n" + deduction("B-8", "2026-03-03")
                + deduction("B-7", "2026-03-04")), ImportMode.QUARANTINE);
        assertThat(refusals()).hasSize(2);
    }

    @Test
    void the_outcomes_report_shows_the_refusals_by_agency() throws IOException {
        ws.ledger("2.csv", deduction("B-9", "2026-03-03"));
        ws.ledger("3.csv", deduction("B-8", "2026-03-01"));
        LocalDate today = LocalDate.ofInstant(FeedImporterTest.CLOCK.instant(), java.time.ZoneId.of("Asia/Shanghai"));
        ReportService reports = new ReportService(ws.db, SchemeCatalog.loadDefault(), CalendarCatalog.fromClasspath(),
                FeedImporterTest.CLOCK);
        Officer supervisor = new Officer("1", "s", "S", Role.SUPERVISOR, "RD");

        Figure refused = reports.report(supervisor, ReportName.OUTCOMES,
                        new ReportRequest(today.minusDays(7), today, null, null)).figures().stream()
                .filter(f -> f.id() == FigureId.REDEDUCTIONS_REFUSED).findFirst().orElseThrow();

        assertThat(refused.rows()).hasSize(1);
        assertThat(refused.rows().getFirst().key()).isEqualTo("RC-BANK");
        assertThat(refused.rows().getFirst().count(Measure.ATTEMPTS)).isEqualTo(2);
    }
}
