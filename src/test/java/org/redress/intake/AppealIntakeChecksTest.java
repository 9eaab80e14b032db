package org.redress.intake;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.redress.intake.ImportFixture.appeal;
import static org.redress.intake.ImportFixture.deduction;

/** Appeals that contradict the workspace or each other are refused with the field and the reason (issue #12). */
class AppealIntakeChecksTest {
    @TempDir
    Path dir;
    ImportFixture ws;

    @BeforeEach
    void open() throws IOException {
        ws = new ImportFixture(dir);
        assertThat(ws.ledger("ledger.csv", deduction("B-1", "2026-03-02"), deduction("B-2", "2026-04-01"))
                .committed()).isTrue();
    }

    @AfterEach
    void close() {
        ws.close();
    }

    @Test
    void a_second_open_appeal_on_the_same_entry_in_one_file_is_refused_naming_the_first_case() throws IOException {
        ImportReport r = ws.appeals("a.csv", appeal("AP-1", "B-1", "2026-09-30"), appeal("AP-2", "B-1", "2026-10-09"));

        assertThat(r.committed()).isFalse();
        assertThat(r.problems()).singleElement().satisfies(p -> {
            assertThat(p.isError()).isTrue();
            assertThat(p.where().position()).isEqualTo("line 3");
            assertThat(p.field()).isEqualTo("disputed");
            assertThat(p.message()).contains("B-1", "RD-2026-000001", "AP-1", "line 2");
        });
        assertThat(ws.count("SELECT count(*) FROM appeal_case")).isZero();
    }

    @Test
    void an_appeal_on_an_entry_an_open_case_of_the_workspace_already_disputes_is_refused() throws IOException {
        assertThat(ws.appeals("first.csv", appeal("AP-1", "B-1;B-2", "2026-09-30")).committed()).isTrue();

        ImportReport r = ws.appeals("second.csv", appeal("AP-7", "B-2", "2026-10-09"));

        assertThat(r.committed()).isFalse();
        assertThat(r.problems()).singleElement().satisfies(p -> {
            assertThat(p.where().position()).isEqualTo("line 2");
            assertThat(p.field()).isEqualTo("disputed");
            assertThat(p.message()).contains("B-2", "RD-2026-000001", "RECEIVED");
        });
        assertThat(ws.count("SELECT count(*) FROM appeal_case")).isEqualTo(1);
    }

    @Test
    void once_the_first_case_is_no_longer_open_a_new_appeal_on_the_entry_is_taken() throws IOException {
        ws.appeals("first.csv", appeal("AP-1", "B-1", "2026-09-30"));
        ws.db.writeAndWait(c -> c.createStatement().executeUpdate("UPDATE appeal_case SET status = 'WITHDRAWN'"));

        ImportReport r = ws.appeals("second.csv", appeal("AP-2", "B-1", "2026-10-09"));

        assertThat(r.problems()).isEmpty();
        assertThat(r.appealsImported()).isEqualTo(1);
    }

    @Test
    void re_importing_the_same_appeal_file_is_still_unchanged_not_a_collision_with_itself() throws IOException {
        ws.appeals("a.csv", appeal("AP-1", "B-1", "2026-09-30"));

        ImportReport again = ws.importer.importFile(dir.resolve("a.csv"), ImportMode.ALL_OR_NOTHING);

        assertThat(again.problems()).isEmpty();
        assertThat(again.appealsUnchanged()).isEqualTo(1);
    }

    @Test
    void an_appeal_received_before_the_disputed_entry_was_imposed_is_refused() throws IOException {
        ImportReport r = ws.appeals("early.csv", appeal("AP-1", "B-2", "2026-03-31"));

        assertThat(r.committed()).isFalse();
        assertThat(r.problems()).singleElement().satisfies(p -> {
            assertThat(p.where().position()).isEqualTo("line 2");
            assertThat(p.field()).isEqualTo("received_on");
            assertThat(p.message()).contains("2026-03-31", "B-2", "2026-04-01");
        });
    }

    @Test
    void an_appeal_received_on_the_day_of_the_deduction_is_taken() throws IOException {
        ImportReport r = ws.appeals("sameday.csv", appeal("AP-1", "B-2", "2026-04-01"));

        assertThat(r.problems()).isEmpty();
        assertThat(r.appealsImported()).isEqualTo(1);
    }
}
