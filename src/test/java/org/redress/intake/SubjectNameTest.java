package org.redress.intake;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.redress.intake.ImportFixture.ZHANG;
import static org.redress.intake.ImportFixture.deduction;

/**
 * A record naming a known identifier under another name is imported with a warning on its line:
 * names change and agencies spell them differently, but a mismatch may also be the identity mix-up
 * an appeal is about (issue #12).
 */
class SubjectNameTest {
    @TempDir
    Path dir;
    ImportFixture ws;

    @BeforeEach
    void open() {
        ws = new ImportFixture(dir);
    }

    @AfterEach
    void close() {
        ws.close();
    }

    static String named(String reference, String name, String imposedOn) {
        return reference + ",RC-BANK," + ZHANG + "," + name + ",RONGCHENG_POINTS,RC-FIN-03,-20," + imposedOn + ",DEDUCTION,\n";
    }

    @Test
    void a_name_differing_from_the_stored_one_imports_with_a_warning_on_its_line_and_field() throws IOException {
        ws.ledger("1.csv", deduction("B-1", "2026-03-02"));

        ImportReport r = ws.ledger("2.csv", named("B-2", "李四", "2026-04-01"));

        assertThat(r.committed()).isTrue();
        assertThat(r.ledgerImported()).isEqualTo(1);
        assertThat(r.problems()).singleElement().satisfies(p -> {
            assertThat(p.isError()).isFalse();
            assertThat(p.where().position()).isEqualTo("line 2");
            assertThat(p.field()).isEqualTo("subject_name");
            assertThat(p.message()).contains("differs from the name the workspace holds for this identifier")
                    .doesNotContain("张三").doesNotContain("李四").doesNotContain(ZHANG);
        });
        assertThat(ws.strings("SELECT name FROM subject")).containsExactly("张三");
    }

    @Test
    void a_differing_name_later_in_the_same_file_is_flagged_too() throws IOException {
        ImportReport r = ws.ledger("one.csv", deduction("B-1", "2026-03-02"), named("B-2", "张三丰", "2026-04-01"));

        assertThat(r.problems()).singleElement().satisfies(p -> {
            assertThat(p.where().position()).isEqualTo("line 3");
            assertThat(p.field()).isEqualTo("subject_name");
        });
    }

    @Test
    void spacing_letter_case_and_full_width_forms_are_the_same_name() throws IOException {
        ws.ledger("1.csv", named("B-1", "Zhang San", "2026-03-02"));

        ImportReport r = ws.ledger("2.csv", named("B-2", " ZHANG  san", "2026-04-01"), named("B-3", "Ｚｈａｎｇ Ｓａｎ", "2026-04-02"),
                named("B-4", "ZhangSan", "2026-04-03"));

        assertThat(r.problems()).isEmpty();
    }

    @Test
    void an_appeal_under_another_name_is_flagged() throws IOException {
        ws.ledger("1.csv", deduction("B-1", "2026-03-02"));

        ImportReport r = ws.appeals("a.csv", "AP-1,RC-BANK," + ZHANG + ",王五,B-1,NOT_ME,不是我,2026-09-30\n");

        assertThat(r.appealsImported()).isEqualTo(1);
        assertThat(r.problems()).singleElement().satisfies(p -> {
            assertThat(p.isError()).isFalse();
            assertThat(p.field()).isEqualTo("subject_name");
        });
    }

    @Test
    void no_name_or_identifier_reaches_the_log() throws IOException {
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        ListAppender<ILoggingEvent> logged = new ListAppender<>();
        logged.start();
        root.addAppender(logged);
        Logger intake = (Logger) LoggerFactory.getLogger("org.redress.intake");
        ch.qos.logback.classic.Level level = intake.getLevel();
        intake.setLevel(ch.qos.logback.classic.Level.DEBUG);
        try {
            ws.ledger("1.csv", deduction("B-1", "2026-03-02"));
            ws.ledger("2.csv", named("B-2", "李四", "2026-04-01"));
        } finally {
            intake.setLevel(level);
            root.detachAppender(logged);
        }
        assertThat(logged.list).isNotEmpty();
        assertThat(logged.list).extracting(ILoggingEvent::getFormattedMessage)
                .noneMatch(m -> m.contains("张三") || m.contains("李四") || m.contains(ZHANG));
    }
}
