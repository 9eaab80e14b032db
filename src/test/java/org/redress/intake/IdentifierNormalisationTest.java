package org.redress.intake;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redress.cli.RedressCommand;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Import and {@code export-subject --id} read an identifier the same way: one normalisation (issue #12). */
class IdentifierNormalisationTest {
    static final String USCC = "91350100M000100Y43";
    static final String LEGACY = "110105491231002";
    static final String LEGACY_AS_STORED = "11010519491231002X";
    static final String PASSWORD = "auditor-password-2026";

    @TempDir
    Path dir;

    @Test
    void an_identifier_is_found_for_export_in_every_form_the_import_accepts() throws IOException {
        try (ImportFixture ws = new ImportFixture(dir)) {
            ImportReport r = ws.importer.importFile(ws.file("feed.csv", FeedImporterTest.HEADER + "\n"
                    + "B-1,RC-BANK," + USCC.toLowerCase(java.util.Locale.ROOT) + ",荣成某公司,RONGCHENG_POINTS,RC-FIN-03,-20,2026-03-02\n"
                    + "B-2,RC-BANK," + LEGACY + ",张三,RONGCHENG_POINTS,RC-FIN-03,-20,2026-03-02\n"), ImportMode.ALL_OR_NOTHING);
            assertThat(r.problems()).isEmpty();
            assertThat(ws.strings("SELECT identifier FROM subject ORDER BY id")).containsExactly(USCC, LEGACY_AS_STORED);
            // export-subject signs in: an auditor's account, as the office's administrator would have made it.
            String hash = new org.redress.security.PasswordHasher().hash(PASSWORD.toCharArray());
            ws.db.writeAndWait(c -> new org.redress.store.OfficerRepository(c).insert(new org.redress.store.OfficerRow(0,
                    "auditor", "Auditor", "AUDITOR", null, hash, java.time.Instant.parse("2026-01-05T01:00:00Z"))));
            // The subject's copy is a document on the office's letterhead: the office has set it up.
            ws.db.writeAndWait(c -> {
                var settings = new org.redress.store.SettingsRepository(c);
                settings.put(org.redress.letters.LetterSettings.OFFICE_CODE, "RD");
                settings.put(org.redress.letters.LetterSettings.OFFICE_NAME_ZH, "荣成市社会信用复核办公室");
                settings.put(org.redress.letters.LetterSettings.OFFICE_NAME_EN, "Rongcheng Social Credit Review Office");
                return null;
            });
        }

        for (String asTyped : new String[] {USCC.toLowerCase(java.util.Locale.ROOT), " " + USCC + " ", LEGACY,
                LEGACY_AS_STORED.toLowerCase(java.util.Locale.ROOT)}) {
            StringWriter err = new StringWriter();
            var cli = new CommandLine(new RedressCommand());
            cli.setOut(new PrintWriter(new StringWriter(), true));
            cli.setErr(new PrintWriter(err, true));
            int code;
            try (AutoCloseable ignored = org.redress.cli.SignInOption.environmentForTests(
                    java.util.Map.of(org.redress.cli.SignInOption.PASSWORD_VARIABLE, PASSWORD))) {
                code = cli.execute("export-subject", "--id", asTyped, "--workspace", dir.resolve("ws").toString(),
                        "--out", dir.resolve("export-" + asTyped.strip() + ".pdf").toString(), "--user", "auditor");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            assertThat(code).as("export-subject --id '%s': %s", asTyped, err).isZero();
        }
    }
}
