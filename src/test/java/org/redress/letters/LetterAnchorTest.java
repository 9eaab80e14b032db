package org.redress.letters;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redress.audit.AuditChain;
import org.redress.audit.ChainHead;
import org.redress.cli.RedressCommand;
import org.redress.domain.appeal.OutcomeKind;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every letter anchors the history before it: its embedded record names the audit chain's head
 * when it was made, so a chain rewritten afterwards no longer passes through the head a letter in
 * a recipient's hands names, which {@code redress verify --letter} tells without any hub.
 */
class LetterAnchorTest {

    @TempDir
    Path root;

    private static int verify(StringWriter out, String... args) {
        var cmd = new picocli.CommandLine(new RedressCommand());
        cmd.setOut(new PrintWriter(out, true));
        cmd.setErr(new PrintWriter(out, true));
        return cmd.execute(args);
    }

    @Test
    void a_letters_record_names_the_chains_head_and_a_chain_rewritten_since_no_longer_reaches_it() throws Exception {
        Path ws = root.resolve("ws");
        LetterWorkspace workspace = new LetterWorkspace(ws);
        IssuedLetter letter;
        ChainHead before;
        try {
            String caseNo = workspace.decidedCase("刘洋", "110105199001012345", OutcomeKind.REVERSED, "理由。");
            // The test's case was written straight to the store; the chain begins by sealing it, as a demo's does.
            workspace.database.writeAndWait(c -> {
                AuditChain.sealExisting(c, Instant.parse("2026-11-27T02:00:00Z"));
                return null;
            });
            before = workspace.database.read(c -> AuditChain.head(c).orElseThrow());
            letter = workspace.issuer().issue(caseNo, LetterLanguage.ZH, LetterPress.create(), null, 1L);
        } finally {
            workspace.close();
        }
        byte[] record = PdfAttachments.record(Files.readAllBytes(letter.file()));
        Path copy = Files.copy(letter.file(), root.resolve("in-the-applicants-hands.pdf"));

        assertThat(DecisionRecord.auditHeadIn(record)).isEqualTo(before);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(letter.file()))).isEqualTo("rw-------");
        StringWriter intact = new StringWriter();
        verify(intact, "verify", "--workspace", ws.toString(), "--letter", copy.toString());
        // (This test's workspace has evidence rows without files, which verify names too; the letter is what matters here.)
        assertThat(intact.toString()).contains("that the chain passes through the heads named by 1 letter(s)")
                .doesNotContain("ANCHOR").doesNotContain("letter in-the-applicants-hands.pdf names");

        // The forger empties the log and seals the workspace as it now stands; the letter is out of reach.
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + ws.resolve("redress.db"));
             Statement s = c.createStatement()) {
            s.execute("DROP TRIGGER audit_event_append_only_delete");
            s.execute("DELETE FROM audit_event");
            s.execute("DELETE FROM audit_watermark");
            AuditChain.sealExisting(c, Instant.parse("2026-11-27T03:00:00Z"));
        }
        StringWriter broken = new StringWriter();
        assertThat(verify(broken, "verify", "--workspace", ws.toString(), "--letter", copy.toString())).isEqualTo(1);
        assertThat(broken.toString()).contains("is not the one letter in-the-applicants-hands.pdf names");
    }
}
