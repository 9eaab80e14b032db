package org.redress.intake;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** A score an agency reported that the ledger does not give is a warning at import, at its line (issue 18). */
class ReportedScoreImportTest {

    static final String HEADER = ImportFixture.LEDGER + ",reported_score";

    @TempDir
    Path dir;
    ImportFixture fx;

    @BeforeEach
    void open() {
        fx = new ImportFixture(dir);
    }

    @AfterEach
    void close() {
        fx.close();
    }

    private static String row(String reference, String imposedOn, String reported) {
        return ImportFixture.deduction(reference, imposedOn).stripTrailing() + "," + reported + "\n";
    }

    private ImportReport importRows(String name, String... rows) throws IOException {
        return fx.importer.importFile(fx.file(name, HEADER + "\n" + String.join("", rows)), ImportMode.ALL_OR_NOTHING);
    }

    @Test
    void a_reported_score_the_ledger_does_not_give_is_a_warning_at_its_line_and_the_file_still_imports() throws IOException {
        ImportReport report = importRows("bank.csv", row("B-1", "2026-03-02", "980"), row("B-2", "2026-04-01", "123"));

        assertThat(report.committed()).isTrue();
        assertThat(report.ledgerImported()).isEqualTo(2);
        assertThat(report.problems()).singleElement().satisfies(p -> {
            assertThat(p.isError()).isFalse();
            assertThat(p.field()).isEqualTo("reported_score");
            assertThat(p.where().position()).isEqualTo("line 3");
            assertThat(p.message()).contains("reported a score of 123", "ledger gives 960", "2026-04-01");
        });
        assertThat(fx.count("SELECT count(*) FROM score_check WHERE reported <> recomputed")).isEqualTo(1);
        assertThat(fx.count("SELECT count(*) FROM score_check_pending")).isZero();
    }

    @Test
    void an_entry_dated_earlier_that_moves_a_score_already_reported_is_one_warning_for_the_file() throws IOException {
        assertThat(importRows("first.csv", row("B-1", "2026-04-01", "980")).problems()).isEmpty();

        ImportReport later = importRows("second.csv", row("B-0", "2026-03-01", ""));

        assertThat(later.committed()).isTrue();
        assertThat(later.problems()).singleElement().satisfies(p -> {
            assertThat(p.where().position()).isEqualTo("file");
            assertThat(p.message()).startsWith("1 score(s) reported earlier now differ");
        });
    }
}
