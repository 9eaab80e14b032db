package org.redress.letters;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redress.domain.appeal.OutcomeKind;
import org.redress.store.CaseRepository;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LetterIssuerTest {

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
    void aLetterStatesTheEffectOfTheDecisionDerivedFromTheLedger() {
        String caseNo = workspace.decidedCase("陈静", "110105199001011234", OutcomeKind.REVERSED, "还款凭证证明逾期不存在。");
        DecidedCase decided = workspace.database.read(c -> new DecidedCaseReader(c).byCaseNo(caseNo));
        LetterContent content = new LetterComposer(LetterWorkspace.CATALOG, LetterWorkspace.CALENDAR,
                workspace.issuer().settings()).compose(decided, "RD-L-2026-000999", LetterSamples.ISSUED,
                LetterLanguage.BILINGUAL, null);

        assertThat(content.addressee().maskedIdentifier()).isEqualTo("110105********1234");
        assertThat(content.disputed()).extracting(LetterContent.Disputed::outcome)
                .containsExactly(OutcomeKind.REVERSED, OutcomeKind.UPHELD);
        assertThat(content.disputed().getFirst().legalBasis().zh()).contains("第二十一条");
        LetterContent.Effect effect = content.effects().getFirst();
        assertThat(effect.scoreBefore()).isEqualTo(970);
        assertThat(effect.scoreAfter()).isEqualTo(980);
        assertThat(effect.agencyMustActBy()).isEqualTo(LetterWorkspace.CALENDAR.addWorkingDays(
                java.time.LocalDate.of(2026, 3, 20), 10).value());
        assertThat(content.nextStep().deadline()).isEqualTo(java.time.LocalDate.of(2026, 4, 13));
        assertThat(content.signatories().approvedBy()).isEqualTo("王强");
        assertThat(content.evidence()).hasSize(2);
    }

    @Test
    void issuingStoresTheFileRecordsItsHashesAndMovesTheCaseOn() throws Exception {
        String caseNo = workspace.decidedCase("刘洋", "110105199001012345", OutcomeKind.REVERSED, "理由。");
        IssuedLetter letter = workspace.issuer().issue(caseNo, LetterLanguage.ZH, press, null, 1L);

        assertThat(letter.file()).startsWith(workspace.root().resolve("letters"));
        assertThat(DecisionRecord.sha256(Files.readAllBytes(letter.file()))).isEqualTo(letter.sha256());
        var row = workspace.database.read(c -> new CaseRepository(c).byCaseNo(caseNo)).orElseThrow();
        assertThat(row.status().name()).isEqualTo("LETTER_ISSUED");
        var history = workspace.database.read(c -> new CaseRepository(c).history(row.id()));
        assertThat(history).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo(LetterIssuer.LETTER_ISSUED);
            assertThat(e.detail()).isEqualTo(letter.referenceNo());
        });
    }

    @Test
    void reIssuingMakesANewLetterThatSupersedesAndOverwritesNothing() throws Exception {
        String caseNo = workspace.decidedCase("赵敏", "110105199001013456", OutcomeKind.REVERSED, "理由。");
        IssuedLetter first = workspace.issuer().issue(caseNo, LetterLanguage.ZH, press, null, 1L);
        byte[] firstBytes = Files.readAllBytes(first.file());
        IssuedLetter second = workspace.issuer().issue(caseNo, LetterLanguage.EN, press, null, 1L);

        assertThat(second.referenceNo()).isNotEqualTo(first.referenceNo());
        assertThat(second.supersedesId()).isEqualTo(first.id());
        assertThat(Files.readAllBytes(first.file())).isEqualTo(firstBytes);
        IssuedLetter reread = workspace.database.read(c -> new IssuedLetters(c, workspace.database.workspace())
                .byReference(first.referenceNo())).orElseThrow();
        assertThat(reread.supersededBy()).isEqualTo(second.referenceNo());
        byte[] record = PdfAttachments.record(Files.readAllBytes(second.file()));
        assertThat(new String(record, java.nio.charset.StandardCharsets.UTF_8))
                .contains("\"supersedes\":\"" + first.referenceNo() + "\"");
    }

    @Test
    void referenceNumbersRunInSequencePerOfficeAndYearAndAreNeverReused() {
        List<String> references = workspace.database.writeAndWait(c -> List.of(
                LetterReference.reserve(c, "ZZ", 2026, 1).toString(),
                LetterReference.reserve(c, "ZZ", 2026, 3).toString(),
                LetterReference.reserve(c, "ZZ", 2026, 1).toString(),
                LetterReference.reserve(c, "ZZ", 2027, 1).toString()));
        assertThat(references).containsExactly("ZZ-L-2026-000001", "ZZ-L-2026-000002", "ZZ-L-2026-000005",
                "ZZ-L-2027-000001");
        assertThatThrownBy(() -> workspace.database.writeAndWait(c -> {
            try (var s = c.createStatement()) {
                s.executeUpdate("UPDATE letter_reference_counter SET last_sequence = 1 WHERE office_code = 'ZZ'");
            }
            return null;
        })).hasMessageContaining("never reused");
    }

    @Test
    void issuedLettersAreAppendOnly() {
        String caseNo = workspace.decidedCase("孙丽", "110105199001014567", OutcomeKind.UPHELD, "理由。");
        workspace.issuer().issue(caseNo, LetterLanguage.ZH, press, null, 1L);
        assertThatThrownBy(() -> workspace.database.writeAndWait(c -> {
            try (var s = c.createStatement()) {
                s.executeUpdate("DELETE FROM issued_letter");
            }
            return null;
        })).hasMessageContaining("append-only");
    }

    @Test
    void aCaseWithoutADecisionHasNoLetter() {
        assertThatThrownBy(() -> workspace.issuer().issue("RD-2026-999999", null, press, null, 1L))
                .isInstanceOf(LetterException.class).hasMessageContaining("no case RD-2026-999999");
    }
}
