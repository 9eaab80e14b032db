package org.redress.letters;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redress.audit.AuditVerifier;
import org.redress.audit.IntegrityBreak;
import org.redress.audit.VerificationReport;
import org.redress.domain.appeal.OutcomeKind;

import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import static org.assertj.core.api.Assertions.assertThat;

/** An issued letter is an audit event vouching for its row; a letter file cut short afterwards is named. */
class LetterAuditTest {

    @TempDir
    static Path root;
    static LetterWorkspace workspace;

    @BeforeAll
    static void open() {
        workspace = new LetterWorkspace(root);
    }

    @AfterAll
    static void close() {
        workspace.close();
    }

    @Test
    void issuing_is_audited_and_a_truncated_letter_is_named_by_its_reference() throws Exception {
        String caseNo = workspace.decidedCase("刘洋", "110105199001012345", OutcomeKind.REVERSED, "理由。");
        IssuedLetter letter = workspace.issuer().issue(caseNo, LetterLanguage.ZH, LetterPress.create(), null, 1L);

        // The hand-made workspace lists evidence it never stored on disk; everything else must hold.
        assertThat(verify().breaks()).allMatch(b -> b.area() == IntegrityBreak.Area.EVIDENCE);
        String kinds = workspace.database.read(c -> {
            try (var s = c.createStatement(); var rs = s.executeQuery("SELECT group_concat(kind) FROM audit_event")) {
                rs.next();
                return rs.getString(1);
            }
        });
        assertThat(kinds).isEqualTo("audit.baseline,letter.issue");

        try (FileChannel ch = FileChannel.open(letter.file(), StandardOpenOption.WRITE)) {
            ch.truncate(ch.size() - 100);
        }
        IntegrityBreak first = verify().breaks().stream().filter(b -> b.area() != IntegrityBreak.Area.EVIDENCE)
                .findFirst().orElseThrow();

        assertThat(first.area()).isEqualTo(IntegrityBreak.Area.LETTERS);
        assertThat(first.what()).startsWith("letter " + letter.referenceNo()).contains("SHA-256");
    }

    private static VerificationReport verify() {
        return workspace.database.read(c -> new AuditVerifier(workspace.database.workspace()).verify(c, null));
    }
}
