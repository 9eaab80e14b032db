package org.redress.intake;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redress.catalog.CalendarCatalog;
import org.redress.catalog.SchemeCatalog;
import org.redress.store.AgencyRepository;
import org.redress.store.AgencyRow;
import org.redress.store.Database;
import org.redress.store.Workspace;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.redress.intake.FeedImporterTest.CLOCK;
import static org.redress.intake.FeedImporterTest.ZHANG;

/** Ledger rows go in several per statement; outcomes, counts and problems must be as if one at a time. */
class LedgerBatchImportTest {
    static final String HEADER = FeedImporterTest.HEADER + ",kind,target_reference";
    /** More rows than one statement holds, so files below span batches. */
    static final int ROWS = LedgerFeedWriter.ROWS_PER_STATEMENT * 2 + 7;

    @TempDir
    Path dir;
    Database db;
    FeedImporter importer;

    @BeforeEach
    void open() {
        db = Database.open(new Workspace(dir.resolve("ws")));
        db.writeAndWait(c -> {
            new AgencyRepository(c).save(new AgencyRow("RC-BANK", "荣成农商银行", "Rongcheng Rural Commercial Bank", "371082"));
            return null;
        });
        importer = new FeedImporter(db, SchemeCatalog.loadDefault(), CalendarCatalog.fromClasspath(), CLOCK);
    }

    @AfterEach
    void close() {
        db.close();
    }

    static String row(String reference, String date) {
        return reference + ",RC-BANK," + ZHANG + ",张三,RONGCHENG_POINTS,RC-FIN-03,-20," + date + ",DEDUCTION,\n";
    }

    /** Rows B-1..B-n, one a line from line 2. */
    static StringBuilder rows(int n) {
        StringBuilder body = new StringBuilder(HEADER).append('\n');
        for (int i = 1; i <= n; i++) {
            body.append(row("B-" + i, "2026-03-02"));
        }
        return body;
    }

    Path csv(String name, CharSequence body) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, body, StandardCharsets.UTF_8);
        return f;
    }

    long count(String sql) {
        return db.read(c -> {
            try (ResultSet rs = c.createStatement().executeQuery(sql)) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    @Test
    void a_file_spanning_several_batches_imports_every_row_and_again_changes_nothing() throws IOException {
        Path f = csv("many.csv", rows(ROWS));
        ImportReport first = importer.importFile(f, ImportMode.ALL_OR_NOTHING);
        assertThat(first.problems()).isEmpty();
        assertThat(first.ledgerImported()).isEqualTo(ROWS);
        assertThat(count("SELECT count(*) FROM ledger_event")).isEqualTo(ROWS);
        ImportReport again = importer.importFile(f, ImportMode.ALL_OR_NOTHING);
        assertThat(again.problems()).isEmpty();
        assertThat(again.ledgerImported()).isZero();
        assertThat(again.ledgerUnchanged()).isEqualTo(ROWS);
        assertThat(count("SELECT count(*) FROM ledger_event")).isEqualTo(ROWS);
    }

    @Test
    void a_correction_whose_target_waits_in_the_same_batch_finds_it() throws IOException {
        StringBuilder body = rows(3);
        body.append("B-2R,RC-BANK," + ZHANG + ",张三,RONGCHENG_POINTS,RC-FIN-03,20,2026-05-02,REVERSAL,B-2\n");
        ImportReport r = importer.importFile(csv("fix.csv", body), ImportMode.ALL_OR_NOTHING);
        assertThat(r.problems()).isEmpty();
        assertThat(r.committed()).isTrue();
        assertThat(r.ledgerImported()).isEqualTo(4);
        assertThat(count("""
                SELECT count(*) FROM ledger_event r JOIN ledger_event t ON t.id = r.target_id
                WHERE r.reference = 'B-2R' AND t.reference = 'B-2'""")).isEqualTo(1);
    }

    @Test
    void refusals_inside_batches_keep_their_lines_in_file_order_and_quarantine_keeps_the_rest() throws IOException {
        importer.importFile(csv("earlier.csv", HEADER + "\n" + row("OLD-1", "2026-03-02")), ImportMode.ALL_OR_NOTHING);
        StringBuilder body = rows(ROWS);
        body.append(row("B-5", "2026-03-02"));                  // twice in this file, first in an earlier batch
        body.append(row("OLD-1", "2026-03-09"));                // changed re-send
        body.append(row("B-6", "2026-03-02"));                  // twice again
        body.append(row("B-X", "2026-13-02"));                  // a bad field, refused before the writer
        body.append(row("OLD-1", "2026-03-02"));                // unchanged re-send
        body.append(row("B-LAST", "2026-03-02"));
        int first = ROWS + 2;
        ImportReport r = importer.importFile(csv("mixed.csv", body), ImportMode.QUARANTINE);
        assertThat(r.problems()).extracting(p -> p.where().position()).containsExactly(
                "line " + first, "line " + (first + 1), "line " + (first + 2), "line " + (first + 3));
        assertThat(r.problems().get(0).message()).contains("B-5").contains("appears twice");
        assertThat(r.problems().get(1).message()).contains("different content");
        assertThat(r.problems().get(2).message()).contains("B-6").contains("appears twice");
        assertThat(r.problems().get(3).field()).isEqualTo("imposed_on");
        assertThat(r.ledgerImported()).isEqualTo(ROWS + 1);
        assertThat(r.ledgerUnchanged()).isEqualTo(1);
        assertThat(r.quarantined()).isEqualTo(4);
        assertThat(count("SELECT count(*) FROM ledger_event")).isEqualTo(ROWS + 2);
    }

    @Test
    void a_duplicate_inside_one_batch_refuses_the_whole_file() throws IOException {
        StringBuilder body = rows(3).append(row("B-2", "2026-03-02"));
        ImportReport r = importer.importFile(csv("dup.csv", body), ImportMode.ALL_OR_NOTHING);
        assertThat(r.committed()).isFalse();
        assertThat(r.problems()).singleElement().satisfies(p -> {
            assertThat(p.where().position()).isEqualTo("line 5");
            assertThat(p.message()).contains("appears twice");
        });
        assertThat(count("SELECT count(*) FROM ledger_event")).isZero();
    }
}
