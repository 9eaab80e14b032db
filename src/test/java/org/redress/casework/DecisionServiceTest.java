package org.redress.casework;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.redress.domain.access.Officer;
import org.redress.domain.access.Role;
import org.redress.domain.appeal.CaseAction;
import org.redress.domain.appeal.CaseStatus;
import org.redress.domain.appeal.DeductionOutcome;
import org.redress.domain.appeal.Problem;
import org.redress.domain.appeal.ReasonCode;
import org.redress.domain.ledger.StandingChange;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DecisionServiceTest {

    private static CaseworkFixture fixture;
    private static DecisionService decisions;
    private static List<CaseFile> candidates;

    @BeforeAll
    static void workspace() {
        fixture = CaseworkFixture.create();
        decisions = new DecisionService(fixture.database, CaseworkFixture.CATALOG,
                CaseworkFixture.clockOn(CaseworkFixture.TODAY));
        // Cases in review under the points scheme whose assignee is an officer (a supervisor can then approve).
        candidates = fixture.cases(CaseStatus.IN_REVIEW).stream()
                .filter(l -> l.schemeCode().equals("RONGCHENG_POINTS"))
                .map(l -> fixture.caseFiles().load(l.caseId(), fixture.officer("sun.li")))
                .filter(f -> f.disputed().size() == 1 && f.disputed().getFirst().entry().points() < 0)
                .filter(f -> assignee(f).role() == Role.OFFICER)
                .toList();
    }

    @AfterAll
    static void close() {
        fixture.close();
    }

    private static Officer assignee(CaseFile file) {
        return fixture.demo.accounts().stream().filter(o -> o.id() == file.appeal().assigneeId()).findFirst()
                .orElseThrow().asOfficer();
    }

    private static long entry(CaseFile file) {
        return file.disputed().getFirst().entry().id();
    }

    @Test
    void a_draft_without_reasons_lists_every_problem_at_once() {
        CaseFile file = candidates.get(0);

        List<Problem> problems = decisions.problems(file, assignee(file), List.of(), " ", "");

        assertThat(problems).extracting(Problem::code).contains(ReasonCode.REASONS_REQUIRED,
                ReasonCode.LEGAL_BASIS_REQUIRED, ReasonCode.OUTCOME_MISSING);
    }

    @Test
    void reversing_the_deduction_gives_its_points_back_in_the_preview() {
        CaseFile file = candidates.get(0);
        int points = file.disputed().getFirst().entry().points();

        StandingChange change = decisions.effect(fixture.reader(), file, List.of(DeductionOutcome.reversed(entry(file), ""))).orElseThrow();

        assertThat(change.scoreDelta()).isEqualTo(-points);
        assertThat(decisions.effect(fixture.reader(), file, List.of(DeductionOutcome.upheld(entry(file)))).orElseThrow().changesAnything())
                .isFalse();
    }

    @Test
    void an_amendment_beyond_what_the_rule_allows_is_a_problem() {
        CaseFile file = candidates.get(0);
        var rule = file.disputed().getFirst().rule();

        List<Problem> problems = decisions.problems(file, assignee(file), List.of(
                DeductionOutcome.amendedPoints(entry(file), rule.points().max() + 5, "")), "Reasons", "Basis");

        assertThat(problems).extracting(Problem::code).containsAnyOf(ReasonCode.AMENDED_POINTS_OUT_OF_RANGE,
                ReasonCode.AMENDMENT_WORSENS, ReasonCode.AMENDMENT_CHANGES_NOTHING);
    }

    @Test
    void a_saved_draft_is_kept_then_submitted_and_approved_by_another_supervisor_never_by_its_drafter() {
        CaseFile file = candidates.get(1);
        Officer drafter = assignee(file);

        ActionResult saved = decisions.saveDraft(file.appeal().id(), file.appeal().version(), drafter,
                List.of(DeductionOutcome.reversed(entry(file), "Restore the points")), "The record was entered in error.",
                "Article 28");

        assertThat(saved).isInstanceOf(ActionResult.Done.class);
        var drafted = ((ActionResult.Done) saved).appeal();
        assertThat(drafted.status()).isEqualTo(CaseStatus.DECISION_DRAFTED);
        assertThat(outcomeStored(file.appeal().id())).isEqualTo("REVERSED");

        CaseActionService actions = fixture.actions(CaseworkFixture.TODAY);
        var submitted = ((ActionResult.Done) actions.take(drafted.id(), drafted.version(), CaseAction.SUBMIT_FOR_APPROVAL,
                drafter, null)).appeal();
        assertThat(submitted.status()).isEqualTo(CaseStatus.AWAITING_APPROVAL);

        ActionResult byOfficer = actions.take(submitted.id(), submitted.version(), CaseAction.APPROVE, drafter, null);
        assertThat(((ActionResult.Refused) byOfficer).rejection().code()).isIn(ReasonCode.DRAFTER_CANNOT_APPROVE,
                ReasonCode.ONLY_SUPERVISOR_APPROVES);
        ActionResult approved = actions.take(submitted.id(), submitted.version(), CaseAction.APPROVE,
                fixture.officer("liu.yang"), "Agreed.");
        assertThat(((ActionResult.Done) approved).appeal().status()).isEqualTo(CaseStatus.DECIDED);
        assertThat(approvalStored(file.appeal().id())).isEqualTo("APPROVED");
    }

    @Test
    void an_officer_who_is_not_the_assignee_cannot_save_a_draft() {
        CaseFile file = candidates.get(2);
        Officer other = fixture.officer(assignee(file).username().equals("li.qiang") ? "zhang.min" : "li.qiang");

        ActionResult result = decisions.saveDraft(file.appeal().id(), file.appeal().version(), other,
                List.of(DeductionOutcome.upheld(entry(file))), "Reasons", "Basis");

        assertThat(((ActionResult.Refused) result).rejection().code()).isEqualTo(ReasonCode.NOT_THE_ASSIGNEE);
    }

    @Test
    void a_decision_written_in_one_language_gets_the_other_added_once_and_only_once() {
        CaseFile file = candidates.get(3);
        Officer drafter = assignee(file);
        ActionResult saved = decisions.saveDraft(file.appeal().id(), file.appeal().version(), drafter,
                List.of(DeductionOutcome.reversed(entry(file), "")), "The record was entered in error.", "Article 28");
        assertThat(saved).isInstanceOf(ActionResult.Done.class);
        assertThat(texts(file.appeal().id())).containsExactly("en:The record was entered in error.");
        List<Problem> englishOnly = decisions.problems(file, drafter, List.of(DeductionOutcome.reversed(entry(file), "")),
                new DecisionWording(null, new DecisionWording.Text("The record was entered in error.", "Article 28")),
                org.redress.letters.LetterLanguage.BILINGUAL);
        assertThat(englishOnly).extracting(Problem::code).containsExactly(ReasonCode.REASONS_ZH_REQUIRED,
                ReasonCode.LEGAL_BASIS_ZH_REQUIRED);

        ActionResult added = decisions.addTranslation(file.appeal().id(), drafter,
                org.redress.letters.DecisionText.Language.ZH, new DecisionWording.Text("该记录系误录。", "第二十八条"));
        assertThat(added).isInstanceOf(ActionResult.Done.class);
        assertThat(texts(file.appeal().id())).containsExactly("en:The record was entered in error.", "zh:该记录系误录。");
        ActionResult again = decisions.addTranslation(file.appeal().id(), drafter,
                org.redress.letters.DecisionText.Language.ZH, new DecisionWording.Text("改动。", "第二十八条"));
        assertThat(((ActionResult.Refused) again).rejection().code()).isEqualTo(ReasonCode.TEXT_ALREADY_WRITTEN);
        List<org.redress.store.CaseEventRow> history = fixture.database.read(c -> new org.redress.store.CaseRepository(c)
                .history(file.appeal().id()));
        assertThat(history).anySatisfy(e -> assertThat(e.action()).isEqualTo(DecisionService.TRANSLATED));
    }

    private static List<String> texts(long caseId) {
        return fixture.database.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT t.language || ':' || t.reasons FROM decision_text t
                    WHERE t.decision_id = (SELECT max(id) FROM decision WHERE case_id = ?) ORDER BY t.language""")) {
                ps.setLong(1, caseId);
                try (ResultSet rs = ps.executeQuery()) {
                    List<String> out = new java.util.ArrayList<>();
                    while (rs.next()) {
                        out.add(rs.getString(1));
                    }
                    return out;
                }
            }
        });
    }

    private static String outcomeStored(long caseId) {
        return fixture.database.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT o.outcome FROM decision d JOIN decision_outcome o ON o.decision_id = d.id
                    WHERE d.case_id = ? ORDER BY d.id DESC LIMIT 1""")) {
                ps.setLong(1, caseId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? rs.getString(1) : null;
                }
            }
        });
    }

    private static String approvalStored(long caseId) {
        return fixture.database.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT a.verdict FROM approval a JOIN decision d ON d.id = a.decision_id
                    WHERE d.case_id = ? ORDER BY a.id DESC LIMIT 1""")) {
                ps.setLong(1, caseId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? rs.getString(1) : null;
                }
            }
        });
    }
}
