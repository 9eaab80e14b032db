package org.redress.letters;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redress.audit.AuditVerifier;
import org.redress.audit.IntegrityBreak;
import org.redress.audit.VerificationReport;
import org.redress.casework.LetterDesk;
import org.redress.casework.Officers;
import org.redress.domain.appeal.OutcomeKind;
import org.redress.store.OfficerRepository;
import org.redress.vault.SealMigration;
import org.redress.vault.SealedFiles;
import org.redress.vault.Vault;
import org.redress.vault.WorkspaceKeys;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Letters issued into a workspace with a key are sealed; previews, exports and verify open them; a changed byte is named. */
class SealedLetterTest {

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
        Vault.of(workspace.database.workspace()).lock();
        workspace.close();
    }

    private static String head(Path file) throws Exception {
        return new String(Files.readAllBytes(file), 0, 5, StandardCharsets.ISO_8859_1);
    }

    private static List<IntegrityBreak> letterBreaks() {
        VerificationReport report = workspace.database.read(c -> new AuditVerifier(workspace.database.workspace()).verify(c, null));
        return report.breaks().stream().filter(b -> b.area() == IntegrityBreak.Area.LETTERS).toList();
    }

    @Test
    void letters_are_sealed_once_the_workspace_has_a_key_and_the_ones_before_are_sealed_in_place() throws Exception {
        IssuedLetter before = workspace.issuer().issue(workspace.decidedCase("陈静", "110105199001011234",
                OutcomeKind.REVERSED, "理由。"), LetterLanguage.ZH, press, null, 1L);
        assertThat(head(before.file())).isEqualTo("%PDF-");

        WorkspaceKeys keys = new WorkspaceKeys(workspace.database, LetterWorkspace.CLOCK);
        keys.create(false);
        keys.grant(1, LetterWorkspace.PASSWORD.toCharArray());
        IssuedLetter after = workspace.issuer().issue(workspace.decidedCase("刘洋", "110105199001012345",
                OutcomeKind.REVERSED, "理由。"), LetterLanguage.ZH, press, null, 1L);

        byte[] onDisk = Files.readAllBytes(after.file());
        assertThat(head(after.file())).isNotEqualTo("%PDF-");
        assertThat(new String(onDisk, StandardCharsets.ISO_8859_1)).doesNotContain("%PDF").doesNotContain("/Type");
        SealedFiles files = SealedFiles.reading(workspace.database.workspace());
        assertThat(DecisionRecord.sha256(files.read(after.file()))).isEqualTo(after.sha256());
        var officer = Officers.of(workspace.database.read(c -> new OfficerRepository(c).byId(1)).orElseThrow());
        try (LetterDesk desk = new LetterDesk(workspace.database, workspace.issuer())) {
            assertThat(desk.firstPage(officer, after.file(), 20f)).isPresent();
        }

        SealMigration.Report report = new SealMigration(workspace.database, LetterWorkspace.CLOCK).run();
        assertThat(report.mismatches()).isEmpty();
        assertThat(head(before.file())).isNotEqualTo("%PDF-");
        assertThat(DecisionRecord.sha256(files.read(before.file()))).isEqualTo(before.sha256());
        assertThat(letterBreaks()).isEmpty();

        // A changed byte: verify with the key names the letter; without it, only the size is held (same size: unseen).
        onDisk[onDisk.length - 40] ^= 0x01;
        Files.write(after.file(), onDisk);
        assertThat(letterBreaks()).singleElement().satisfies(b -> {
            assertThat(b.what()).contains("letter " + after.referenceNo()).contains("cannot be opened")
                    .contains("changed or damaged");
            assertThat(b.where()).contains("letters/");
        });
        Vault.of(workspace.database.workspace()).lock();
        VerificationReport locked = workspace.database.read(c -> new AuditVerifier(workspace.database.workspace()).verify(c, null));
        assertThat(locked.notChecked()).anySatisfy(line -> assertThat(line).contains("contents of 2 encrypted files"));
    }
}
