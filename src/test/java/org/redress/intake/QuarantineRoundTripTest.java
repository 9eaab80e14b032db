package org.redress.intake;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redress.domain.identity.IdentifierGenerator;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.redress.intake.ImportFixture.ZHANG;

/** Import with --quarantine, fix the refused rows in the quarantine file, import that file (issue #12). */
class QuarantineRoundTripTest {
    @TempDir
    Path dir;
    ImportFixture ws;
    final IdentifierGenerator ids = new IdentifierGenerator(new SplittableRandom(12));
    final String formulaPerson = ids.residentId(LocalDate.of(1960, 1, 1), LocalDate.of(1990, 1, 1));
    final String apostrophePerson = ids.residentId(LocalDate.of(1960, 1, 1), LocalDate.of(1990, 1, 1));

    @BeforeEach
    void open() {
        ws = new ImportFixture(dir);
    }

    @AfterEach
    void close() {
        ws.close();
    }

    private Path quarantineOf(Path feed, String body) throws IOException {
        Files.writeString(feed, body, StandardCharsets.UTF_8);
        ImportReport first = ws.importer.importFile(feed, ImportMode.QUARANTINE);
        assertThat(first.committed()).isTrue();
        assertThat(first.quarantineFile()).isNotNull();
        return first.quarantineFile();
    }

    @Test
    void a_fixed_quarantine_file_imports_and_stores_exactly_what_the_agency_sent() throws IOException {
        Path q = quarantineOf(dir.resolve("feed.csv"), ImportFixture.LEDGER + "\n"
                + ImportFixture.deduction("B-1", "2026-03-02")
                // a formula-like name, protected with ' in the quarantine file; a bad date
                + "B-2,RC-BANK," + formulaPerson + ",=SUM(A1),RONGCHENG_POINTS,RC-FIN-03,-20,2026-02-30,DEDUCTION,\n"
                // a name that really starts with ' (Dutch), and an unknown rule
                + "B-3,RC-BANK," + apostrophePerson + ",'t Hooft,RONGCHENG_POINTS,RC-NOPE,-20,2026-03-03,DEDUCTION,\n"
                // an unreadable record: nothing of it can be kept
                + "B-4,RC-BANK\n");
        String quarantined = Files.readString(q);
        assertThat(quarantined).startsWith("quarantine_kind,quarantine_location,quarantine_fields,quarantine_problems,");
        assertThat(quarantined).contains("'=SUM(A1)", "''t Hooft");

        // Left as it is, the row with no record is refused by its line; the rows with their old problems too.
        ImportReport unfixed = ws.importer.importFile(q, ImportMode.DRY_RUN);
        assertThat(unfixed.problems()).filteredOn(FeedProblem::isError).extracting(FeedProblem::field)
                .contains("imposed_on", "rule", "quarantine_kind")
                .doesNotContain("quarantine_location", "quarantine_fields", "quarantine_problems");

        String fixed = quarantined.replace("2026-02-30", "2026-03-01").replace("RC-NOPE", "RC-FIN-03");
        fixed = fixed.lines().filter(line -> !line.contains("has 2 columns")).reduce("", (a, b) -> a + b + "\r\n");
        Files.writeString(q, fixed, StandardCharsets.UTF_8);
        ImportReport again = ws.importer.importFile(q, ImportMode.ALL_OR_NOTHING);

        assertThat(again.problems()).isEmpty();
        assertThat(again.committed()).isTrue();
        assertThat(again.ledgerImported()).isEqualTo(2);
        assertThat(ws.strings("SELECT name FROM subject WHERE identifier = '" + formulaPerson + "'"))
                .containsExactly("=SUM(A1)");
        assertThat(ws.strings("SELECT name FROM subject WHERE identifier = '" + apostrophePerson + "'"))
                .containsExactly("'t Hooft");
        assertThat(ws.strings("SELECT imposed_on FROM ledger_event WHERE reference = 'B-2'")).containsExactly("2026-03-01");

        // The same records sent again in an ordinary feed are recognised as the ones already imported.
        ImportReport resent = ws.importer.importFile(ws.file("resent.csv", ImportFixture.LEDGER + "\n"
                + "B-2,RC-BANK," + formulaPerson + ",=SUM(A1),RONGCHENG_POINTS,RC-FIN-03,-20,2026-03-01,DEDUCTION,\n"
                + "B-3,RC-BANK," + apostrophePerson + ",'t Hooft,RONGCHENG_POINTS,RC-FIN-03,-20,2026-03-03,DEDUCTION,\n"),
                ImportMode.ALL_OR_NOTHING);
        assertThat(resent.problems()).isEmpty();
        assertThat(resent.ledgerUnchanged()).isEqualTo(2);
    }

    @Test
    void a_quarantined_appeal_comes_back_as_an_appeal() throws IOException {
        ws.ledger("ledger.csv", ImportFixture.deduction("B-1", "2026-03-02"));
        Path q = quarantineOf(dir.resolve("appeals.csv"), ImportFixture.APPEALS + "\n"
                + "AP-1,RC-BANK," + ZHANG + ",张三,B-1,NOT_IT,-不是我,2026-09-30\n");

        Files.writeString(q, Files.readString(q).replace("NOT_IT", "NOT_ME"), StandardCharsets.UTF_8);
        ImportReport r = ws.importer.importFile(q, ImportMode.ALL_OR_NOTHING);

        assertThat(r.problems()).isEmpty();
        assertThat(r.appealsImported()).isEqualTo(1);
        assertThat(ws.strings("SELECT statement FROM appeal_case")).containsExactly("-不是我");
    }

    @Test
    void a_quarantine_column_in_an_ordinary_feed_is_still_an_unknown_column() throws IOException {
        ImportReport r = ws.importer.importFile(ws.file("odd.csv", FeedImporterTest.HEADER + ",quarantine_problems\n"
                + "B-1,RC-BANK," + ZHANG + ",张三,RONGCHENG_POINTS,RC-FIN-03,-20,2026-03-02,\n"), ImportMode.DRY_RUN);

        assertThat(r.problems()).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("quarantine_problems");
            assertThat(p.message()).contains("unknown column", "column 9");
        });
    }
}
