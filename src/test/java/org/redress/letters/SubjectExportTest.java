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
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code redress export-subject} gives a subject their own copy (issue 19, item 8): a bilingual PDF/A
 * the person can read, the JSON beside it (and inside it), no internal ids, codes or file names; audited.
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
        Path zip = root.resolve("out/refused.pdf");

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
    void the_copy_is_a_bilingual_pdf_a_the_person_can_read_with_the_json_beside_it_and_no_internals() throws Exception {
        Path pdf = root.resolve("out/copy.pdf");
        StringWriter out = new StringWriter();

        int code = run(out, "export-subject", "--id", IDENTIFIER, "--workspace", root.resolve("ws").toString(),
                "--out", pdf.toString(), "--user", "wang.qiang");

        assertThat(code).as(out.toString()).isZero();
        assertThat(out.toString()).contains("1 cases").contains("1 letters").contains("2 ledger entries");
        byte[] bytes = Files.readAllBytes(pdf);
        Path jsonFile = root.resolve("out/copy.json");
        String json = Files.readString(jsonFile);
        assertThat(PdfAValidation.violations(bytes)).isEmpty();
        String text = String.join("\n", LetterFile.read(bytes).pages().stream().map(p -> String.join("\n", p)).toList());
        // What is held, in words: each entry with its rule, the score over time, the case, decision and letter.
        assertThat(text).contains("个人信用信息查询答复", "Your credit record", "刘洋", "110105********2345",
        "1. Your credit record", "2. Your score and grade over time",
                "3. Your appeals, decisions and letters", letter.referenceNo(), letter.caseNo(), "Reversed", "理由。",
                "facts wrong", "Rongcheng Market Regulation Bureau");
        ObjectMapper mapper = new ObjectMapper();
        JsonNode tree = mapper.readTree(json);
        assertThat(tree.get("format").asText()).isEqualTo("redress.subject-copy/1");
        assertThat(tree.get("schemes").get(0).get("entries")).hasSize(2);
        assertThat(tree.get("schemes").get(0).get("timeline").size()).isGreaterThan(1);
        assertThat(tree.get("cases").get(0).get("decision").get("outcomes")).hasSize(2);
        assertThat(tree.get("cases").get(0).get("letters").get(0).get("reference").asText()).isEqualTo(letter.referenceNo());
        // The JSON inside the PDF is the JSON beside it.
        assertThat(attachment(bytes)).isEqualTo(json.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        // No internals: rule codes, enum names, feed hashes, import file names, internal ids, the full identifier.
        for (String leak : java.util.List.of("RC-FIN-01", "RC-FIN-03", "FACTS_WRONG", "ALREADY_RECTIFIED", "REVERSED", "UPHELD",
                "DEDUCTION", "LETTER_ISSUED", "RONGCHENG_POINTS", "feed_hash", "feedHash", "subject_id", "\"id\"",
                "decision_id", "file_path", "letters/2026", ".csv", "TEST", IDENTIFIER)) {
            assertThat(json).as("the JSON shows " + leak).doesNotContain(leak);
            assertThat(text).as("the PDF shows " + leak).doesNotContain(leak);
        }
    }

    @Test
    void the_export_is_audited_without_the_identifier_and_an_unknown_subject_exits_one() throws Exception {
        Path zip = root.resolve("out/audited.pdf");
        run(new StringWriter(), "export-subject", "--id", IDENTIFIER, "--workspace", root.resolve("ws").toString(),
                "--out", zip.toString(), "--user", "wang.qiang");

        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + root.resolve("ws/redress.db"));
             var s = c.createStatement();
             var rs = s.executeQuery("SELECT entity_type, payload, actor_id FROM audit_event WHERE kind = 'subject.copy'")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("subject");
            assertThat(rs.getLong(3)).as("the supervisor who signed in").isEqualTo(2L);
            assertThat(rs.getString(2)).contains("pdfSha256", "jsonSha256").doesNotContain(IDENTIFIER).doesNotContain("刘洋");
        }
        assertThat(run(new StringWriter(), "export-subject", "--id", "110105199001019999", "--workspace",
                root.resolve("ws").toString(), "--out", root.resolve("out/none.pdf").toString(), "--user", "wang.qiang"))
                .isEqualTo(1);
    }

    private static byte[] attachment(byte[] pdf) throws java.io.IOException {
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            return org.redress.letters.pdf.PdfA.attachment(document, "subject-copy.json");
        }
    }
}
