package org.redress.letters;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redress.domain.appeal.OutcomeKind;
import org.redress.store.NumberSeries;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Letter references come only from the blocks the hub leased to the workstation: the next of the
 * block is the letter's, and with none left nothing is issued and the officer is told why.
 */
class LetterNumbersTest {

    @TempDir
    static Path root;
    static LetterWorkspace workspace;
    static LetterPress press;

    @BeforeAll
    static void open() {
        workspace = new LetterWorkspace(root);
        press = LetterPress.create();
    }

    @AfterAll
    static void close() {
        workspace.close();
    }

    @Test
    void a_letter_takes_the_next_reference_of_the_leased_block_and_with_none_left_is_not_issued() throws Exception {
        workspace.database.writeAndWait(c -> {
            NumberSeries numbers = new NumberSeries(c);
            while (numbers.remaining(NumberSeries.Kind.LETTER, "RD", 2026) > 1) {
                numbers.next(NumberSeries.Kind.LETTER, "RD", 2026);
            }
            return null;
        });
        String first = workspace.decidedCase("孙丽", "110105199001013456", OutcomeKind.REVERSED, "理由。");
        String second = workspace.decidedCase("周强", "110105199001014567", OutcomeKind.UPHELD, "理由。");

        IssuedLetter letter = workspace.issuer().issue(first, LetterLanguage.ZH, press, null, 1L);

        assertThat(letter.referenceNo()).isEqualTo("RD-L-2026-000100");
        assertThatThrownBy(() -> workspace.issuer().issue(second, LetterLanguage.ZH, press, null, 1L))
                .isInstanceOf(NoLetterNumbersLeft.class)
                .hasMessageContaining("No letter reference numbers of RD for 2026 are left on this workstation")
                .hasMessageContaining("sync with the hub");
        assertThat(count("SELECT count(*) FROM issued_letter")).isEqualTo(1);
        try (var files = Files.walk(root.resolve("letters"))) {
            assertThat(files.filter(Files::isRegularFile).count()).isEqualTo(1);
        }

        workspace.database.writeAndWait(c -> new NumberSeries(c).addLease(NumberSeries.Kind.LETTER, "RD", 2026, 301, 400,
                LetterWorkspace.CLOCK.instant()));
        assertThat(workspace.issuer().issue(second, LetterLanguage.ZH, press, null, 1L).referenceNo())
                .as("after a sync brought a block").isEqualTo("RD-L-2026-000301");
    }

    private static long count(String sql) {
        return workspace.database.read(c -> {
            try (ResultSet rs = c.createStatement().executeQuery(sql)) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }
}
