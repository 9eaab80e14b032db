package org.redress.letters;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redress.catalog.CalendarCatalog;
import org.redress.catalog.SchemeCatalog;
import org.redress.demo.DemoBuilder;
import org.redress.demo.DemoRequest;
import org.redress.store.Database;
import org.redress.store.Workspace;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo workspace is what an officer first tries letters on: its settings must be complete. */
class DemoLetterTest {
    @TempDir
    Path dir;

    @Test
    void a_decided_case_of_the_demo_workspace_gets_a_genuine_letter() {
        Path root = dir.resolve("ws");
        new DemoBuilder(new DemoRequest(150, 7, LocalDate.of(2026, 11, 27))).build(root);
        try (Database db = Database.open(new Workspace(root))) {
            String caseNo = db.read(c -> {
                try (ResultSet rs = c.createStatement().executeQuery(
                        "SELECT case_no FROM appeal_case WHERE status = 'DECIDED' ORDER BY id LIMIT 1")) {
                    return rs.next() ? rs.getString(1) : null;
                }
            });
            assertThat(caseNo).isNotNull();
            IssuedLetter letter = new LetterIssuer(db, SchemeCatalog.loadDefault(), CalendarCatalog.fromClasspath(),
                    Clock.systemUTC()).issue(caseNo, LetterLanguage.BILINGUAL, LetterPress.create(), null, null);
            assertThat(letter.referenceNo()).startsWith("RD-L-");
            assertThat(new LetterVerifier(db).verify(letter.file()).verdict()).isEqualTo(LetterVerdict.GENUINE);
        }
    }
}
