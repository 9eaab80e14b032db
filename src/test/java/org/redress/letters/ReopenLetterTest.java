package org.redress.letters;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redress.casework.ActionResult;
import org.redress.casework.CaseActionService;
import org.redress.casework.DecisionService;
import org.redress.casework.ReopenService;
import org.redress.domain.access.Officer;
import org.redress.domain.access.Role;
import org.redress.domain.appeal.CaseAction;
import org.redress.domain.appeal.CaseStatus;
import org.redress.domain.appeal.DeductionOutcome;
import org.redress.domain.appeal.OutcomeKind;
import org.redress.domain.appeal.ReasonCode;
import org.redress.domain.appeal.ReopenReason;
import org.redress.store.CaseEventRow;
import org.redress.store.CaseRepository;
import org.redress.store.CaseRow;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 19, item 6 end to end on a real workspace: a decided case with its letter issued is
 * reopened by a supervisor (an officer is refused), decided again by its officer through the
 * services, and its new letter supersedes the old one, whose verification says the case was
 * reopened and its decision superseded.
 */
class ReopenLetterTest {

    @TempDir
    static Path root;
    static LetterWorkspace workspace;
    static LetterPress press;

    static final Officer LI = new Officer("1", "li.na", "李娜", Role.OFFICER, "RD-REVIEW");
    static final Officer WANG = new Officer("2", "wang.qiang", "王强", Role.SUPERVISOR, "RD-REVIEW");

    @BeforeAll
    static void open() {
        workspace = new LetterWorkspace(root.resolve("ws"));
        press = LetterPress.create();
    }

    @AfterAll
    static void close() {
        workspace.close();
    }

    private static CaseRow row(String caseNo) {
        return workspace.database.read(c -> new CaseRepository(c, LetterWorkspace.CLOCK).byCaseNo(caseNo).orElseThrow());
    }

    private static ReopenService reopens() {
        return new ReopenService(workspace.database, LetterWorkspace.CATALOG, LetterWorkspace.CALENDAR, LetterWorkspace.CLOCK);
    }

    @Test
    void a_reopened_case_is_decided_again_and_its_new_letter_supersedes_the_old_one_which_says_why() {
        String caseNo = workspace.decidedCase("周杰", "110105199001015678", OutcomeKind.REVERSED, "理由甲。");
        IssuedLetter old = workspace.issuer().issue(caseNo, LetterLanguage.BILINGUAL, press, null, 1L);
        CaseRow issued = row(caseNo);
        assertThat(issued.status()).isEqualTo(CaseStatus.LETTER_ISSUED);
        long oldDecision = latestDecision(issued.id());

        // An officer may not reopen; nor may anyone without a reason and its explanation.
        ActionResult byOfficer = reopens().reopen(issued.id(), issued.version(), LI, ReopenReason.ERROR_FOUND, "wrong");
        assertThat(((ActionResult.Refused) byOfficer).rejection().code()).isEqualTo(ReasonCode.ONLY_SUPERVISOR_REOPENS);
        ActionResult noWhy = reopens().reopen(issued.id(), issued.version(), WANG, ReopenReason.ERROR_FOUND, "  ");
        assertThat(((ActionResult.Refused) noWhy).rejection().code()).isEqualTo(ReasonCode.REOPEN_REASON_REQUIRED);

        ActionResult done = reopens().reopen(issued.id(), issued.version(), WANG, ReopenReason.ERROR_FOUND,
                "第二项扣分在作出前已经结清");
        CaseRow reopened = ((ActionResult.Done) done).appeal();
        assertThat(reopened.status()).isEqualTo(CaseStatus.IN_REVIEW);
        assertThat(reopened.assigneeId()).isEqualTo(1L);
        // A fresh decision deadline: the scheme's working days from the day it was reopened.
        assertThat(reopened.deadlineOn()).isAfter(LocalDate.of(2026, 3, 20));
        List<CaseEventRow> history = workspace.database.read(c -> new CaseRepository(c, LetterWorkspace.CLOCK)
                .history(issued.id()));
        assertThat(history).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo(ReopenService.REOPENED);
            assertThat(e.actorId()).isEqualTo(2L);
            assertThat(e.detail()).startsWith("ERROR_FOUND: ");
        });
        assertThat(history).anySatisfy(e -> {
            assertThat(e.fromStatus()).isEqualTo(CaseStatus.LETTER_ISSUED);
            assertThat(e.toStatus()).isEqualTo(CaseStatus.IN_REVIEW);
        });
        var reopening = reopens().reopenings(issued.id(), WANG).getFirst();
        assertThat(reopening.reason()).isEqualTo(ReopenReason.ERROR_FOUND);
        assertThat(reopening.fromStatus()).isEqualTo("LETTER_ISSUED");
        assertThat(reopening.decisionId()).isEqualTo(oldDecision);
        assertThat(reopening.letterId()).isEqualTo(old.id());
        // Reopened, the case is open again: a second reopening is refused in words.
        ActionResult again = reopens().reopen(reopened.id(), reopened.version(), WANG, ReopenReason.NEW_EVIDENCE, "more");
        assertThat(((ActionResult.Refused) again).rejection().code()).isEqualTo(ReasonCode.NOT_DECIDED_TO_REOPEN);

        // Its officer decides again: both entries upheld this time.
        List<Long> entries = disputed(issued.id());
        List<DeductionOutcome> outcomes = new ArrayList<>();
        entries.forEach(id -> outcomes.add(DeductionOutcome.upheld(id)));
        DecisionService decisions = new DecisionService(workspace.database, LetterWorkspace.CATALOG, LetterWorkspace.CLOCK);
        ActionResult drafted = decisions.saveDraft(reopened.id(), reopened.version(), LI, outcomes,
                "经重新审查，两项扣分均有依据，予以维持。", "《荣成市社会信用信息管理办法》第三十五条");
        CaseRow draft = ((ActionResult.Done) drafted).appeal();
        CaseActionService actions = new CaseActionService(workspace.database, LetterWorkspace.CATALOG,
                LetterWorkspace.CALENDAR, LetterWorkspace.CLOCK);
        ActionResult decided = actions.take(draft.id(), draft.version(), CaseAction.DECIDE, LI, null);
        if (decided instanceof ActionResult.Refused r && r.rejection().code() == ReasonCode.APPROVAL_REQUIRED) {
            CaseRow submitted = ((ActionResult.Done) actions.take(draft.id(), draft.version(),
                    CaseAction.SUBMIT_FOR_APPROVAL, LI, null)).appeal();
            decided = actions.take(draft.id(), submitted.version(), CaseAction.APPROVE, WANG, null);
        }
        assertThat(((ActionResult.Done) decided).appeal().status()).isEqualTo(CaseStatus.DECIDED);
        long newDecision = latestDecision(issued.id());
        assertThat(newDecision).isNotEqualTo(oldDecision);
        assertThat(supersedes(newDecision)).isEqualTo(oldDecision);

        IssuedLetter fresh = workspace.issuer().issue(caseNo, LetterLanguage.ZH, press, null, 1L);
        assertThat(fresh.supersedesId()).isEqualTo(old.id());
        assertThat(row(caseNo).status()).isEqualTo(CaseStatus.LETTER_ISSUED);

        VerificationReport report = new LetterVerifier(workspace.database).verify(old.file());
        assertThat(report.currentReference()).isEqualTo(fresh.referenceNo());
        assertThat(report.findings()).anySatisfy(f -> assertThat(f).startsWith("superseded:"));
        assertThat(report.findings()).anySatisfy(f -> assertThat(f)
                .startsWith("reopened: case " + caseNo + " was reopened on 2026-03-20 for an error found in the decision")
                .doesNotContain("结清"));
        VerificationReport current = new LetterVerifier(workspace.database).verify(fresh.file());
        assertThat(current.findings()).noneSatisfy(f -> assertThat(f).startsWith("reopened:"));
    }

    private static long latestDecision(long caseId) {
        return workspace.database.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT max(id) FROM decision WHERE case_id = ?")) {
                ps.setLong(1, caseId);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
    }

    private static long supersedes(long decisionId) {
        return workspace.database.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT supersedes_id FROM decision WHERE id = ?")) {
                ps.setLong(1, decisionId);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
    }

    private static List<Long> disputed(long caseId) {
        return workspace.database.read(c -> new CaseRepository(c, LetterWorkspace.CLOCK).disputedLedgerEventIds(caseId));
    }
}
