package org.redress.letters;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redress.cli.RedressCommand;
import org.redress.domain.appeal.OutcomeKind;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.ZipFile;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code redress export-subject} gives a subject their own record as one zip — ledger, cases,
 * decisions, letters with the PDFs exactly as issued — and the export is audited.
 */
class SubjectExportTest {

    private static final String IDENTIFIER = "110105199001012345";

    @TempDir
    static Path root;
    static LetterWorkspace workspace;
    static IssuedLetter letter;

    @BeforeAll
    static void open() {
        workspace = new LetterWorkspace(root.resolve("ws"));
        String caseNo = workspace.decidedCase("刘洋", IDENTIFIER, OutcomeKind.REVERSED, "理由。");
        letter = workspace.issuer().issue(caseNo, LetterLanguage.ZH, LetterPress.create(), null, 1L);
        workspace.close();
    }

    @AfterAll
    static void close() {
        workspace.close();
    }

    private static int run(StringWriter out, String... args) {
        return run(out, new StringWriter(), args);
    }

    private static int run(StringWriter out, StringWriter err, String... args) {
        var cmd = new CommandLine(new RedressCommand());
        cmd.setOut(new PrintWriter(out, true));
        cmd.setErr(new PrintWriter(err, true));
        try (AutoCloseable ignored = org.redress.cli.SignInOption.environmentForTests(
                Map.of(org.redress.cli.SignInOption.PASSWORD_VARIABLE, LetterWorkspace.PASSWORD))) {
            return cmd.execute(args);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void an_export_needs_a_signed_in_officer_whose_role_may_export() {
        StringWriter err = new StringWriter();
        Path zip = root.resolve("out/refused.zip");

        int nobody = run(new StringWriter(), err, "export-subject", "--id", IDENTIFIER, "--workspace",
                root.resolve("ws").toString(), "--out", zip.toString());
        int officer = run(new StringWriter(), err, "export-subject", "--id", IDENTIFIER, "--workspace",
                root.resolve("ws").toString(), "--out", zip.toString(), "--user", "li.na");

        assertThat(nobody).isEqualTo(org.redress.cli.SignInOption.REFUSED);
        assertThat(officer).isEqualTo(org.redress.cli.SignInOption.REFUSED);
        assertThat(err.toString()).contains("sign in with --user").contains("may not export subject");
        assertThat(zip).doesNotExist();
    }

    @Test
    void the_zip_holds_the_subjects_ledger_cases_decisions_and_the_letter_as_issued() throws Exception {
        Path zip = root.resolve("out/export.zip");
        StringWriter out = new StringWriter();

        int code = run(out, "export-subject", "--id", IDENTIFIER, "--workspace", root.resolve("ws").toString(),
                "--out", zip.toString(), "--user", "wang.qiang");

        assertThat(code).isZero();
        assertThat(out.toString()).contains("1 cases").contains("1 letters");
        Map<String, byte[]> entries = new HashMap<>();
        try (ZipFile z = new ZipFile(zip.toFile())) {
            z.stream().forEach(e -> {
                try (var in = z.getInputStream(e)) {
                    entries.put(e.getName(), in.readAllBytes());
                } catch (java.io.IOException ex) {
                    throw new java.io.UncheckedIOException(ex);
                }
            });
        }
        assertThat(entries).containsKeys("subject.json", "ledger.json", "cases.json", "decisions.json", "letters.json",
                "manifest.json", "letters/" + letter.referenceNo() + ".pdf");
        assertThat(entries.get("letters/" + letter.referenceNo() + ".pdf")).isEqualTo(Files.readAllBytes(letter.file()));
        ObjectMapper json = new ObjectMapper();
        assertThat(json.readTree(entries.get("subject.json")).get("identifier").asText()).isEqualTo(IDENTIFIER);
        assertThat(json.readTree(entries.get("ledger.json"))).hasSize(2);
        JsonNode decision = json.readTree(entries.get("decisions.json")).get(0);
        assertThat(decision.get("outcomes")).hasSize(2);
        assertThat(decision.get("approvals").get(0).get("verdict").asText()).isEqualTo("APPROVED");
        assertThat(json.readTree(entries.get("manifest.json")).get("sha256").size()).isEqualTo(entries.size() - 1);
    }

    @Test
    void the_export_is_audited_without_the_identifier_and_an_unknown_subject_exits_one() throws Exception {
        Path zip = root.resolve("out/audited.zip");
        run(new StringWriter(), "export-subject", "--id", IDENTIFIER, "--workspace", root.resolve("ws").toString(),
                "--out", zip.toString(), "--user", "wang.qiang");

        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + root.resolve("ws/redress.db"));
             var s = c.createStatement();
             var rs = s.executeQuery("SELECT entity_type, payload, actor_id FROM audit_event WHERE kind = 'subject.export'")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("subject");
            assertThat(rs.getLong(3)).as("the supervisor who signed in").isEqualTo(2L);
            assertThat(rs.getString(2)).contains("zipSha256").doesNotContain(IDENTIFIER);
        }
        assertThat(run(new StringWriter(), "export-subject", "--id", "110105199001019999", "--workspace",
                root.resolve("ws").toString(), "--out", root.resolve("out/none.zip").toString(), "--user", "wang.qiang"))
                .isEqualTo(1);
    }
}
