package org.redress.letters;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteDataSource;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * V40 gives every decision written before it one text, in the language it was typed in: such a
 * decision can be issued in that language only, until an officer adds the translation.
 */
class DecisionTextMigrationTest {

    @TempDir
    Path dir;

    @Test
    void olderDecisionsKeepTheirOneTextInTheLanguageItWasTypedIn() throws Exception {
        SQLiteDataSource data = new SQLiteDataSource();
        data.setUrl("jdbc:sqlite:" + dir.resolve("old.db"));
        Flyway.configure().dataSource(data).locations("classpath:db/workstation").target("7").load().migrate();
        try (Connection c = data.getConnection(); var s = c.createStatement()) {
            s.executeUpdate("INSERT INTO decision (id, case_id, drafter_id, drafted_at, reasons, legal_basis, remedies,"
                    + " state) VALUES (1, 1, 1, '2026-01-05T08:00:00Z', '经审查，原记录应予撤销。The agency agreed.',"
                    + " '《办法》第十条', '撤销记录', 'FINAL'),"
                    + " (2, 2, 1, '2026-01-06T08:00:00Z', 'The record was entered against the wrong person.',"
                    + " 'Article 10', '', 'FINAL')");
        }
        Flyway.configure().dataSource(data).locations("classpath:db/workstation").load().migrate();

        List<String> texts = new ArrayList<>();
        try (Connection c = data.getConnection(); var s = c.createStatement();
             var rs = s.executeQuery("SELECT decision_id, language, reasons, legal_basis, remedies, written_at, written_by"
                     + " FROM decision_text ORDER BY decision_id")) {
            while (rs.next()) {
                texts.add(rs.getLong(1) + " " + rs.getString(2) + " " + rs.getString(3) + " | " + rs.getString(4) + " | "
                        + rs.getString(5) + " | " + rs.getString(6) + " | " + rs.getLong(7));
            }
        }
        assertThat(texts).containsExactly(
                "1 zh 经审查，原记录应予撤销。The agency agreed. | 《办法》第十条 | 撤销记录 | 2026-01-05T08:00:00Z | 1",
                "2 en The record was entered against the wrong person. | Article 10 |  | 2026-01-06T08:00:00Z | 1");
        assertThat(DecisionText.detect("经审查，原记录应予撤销。The agency agreed.")).isEqualTo(DecisionText.Language.ZH);
        assertThat(DecisionText.detect("The record was entered against the wrong person."))
                .isEqualTo(DecisionText.Language.EN);
    }
}
