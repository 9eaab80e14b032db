package org.redress.ui;

import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.Test;
import org.redress.casework.CaseFile;
import org.redress.casework.CaseworkFixture;
import org.redress.casework.DecisionService;
import org.redress.domain.access.Officer;
import org.redress.domain.access.Role;
import org.redress.domain.appeal.ApprovalReason;
import org.redress.domain.appeal.CaseStatus;
import org.redress.domain.appeal.DeductionOutcome;
import org.redress.domain.appeal.OutcomeKind;
import org.redress.ui.common.FxRuntime;
import org.redress.ui.shell.Screen;
import org.redress.ui.shell.ShellView;

import java.util.List;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The workstation through a day (issue 17): an officer drafts and signs out, a supervisor signs in,
 * reads the draft beside the case and approves it only after confirming; Esc, Back and closing the
 * window with unsaved decision work ask first and keep it; a crash mid-draft loses nothing; the idle
 * lock lets another officer sign in.
 */
class WorkstationDayUiTest extends WorkstationUiBase {

    private String username(long officerId) {
        return fixture.demo.accounts().stream().filter(o -> o.id() == officerId).findFirst().orElseThrow().username();
    }

    private Officer officer(long officerId) {
        return fixture.officer(username(officerId));
    }

    private DecisionService decisions() {
        return new DecisionService(fixture.database, CaseworkFixture.CATALOG, CaseworkFixture.clockOn(CaseworkFixture.TODAY));
    }

    private static List<DeductionOutcome> reverseAll(CaseFile file) {
        return file.disputed().stream().map(d -> DeductionOutcome.reversed(d.entry().id(), "Restore")).toList();
    }

    private CaseFile reviewed(Predicate<java.util.Set<ApprovalReason>> wanted, int skip) {
        return fixture.cases(CaseStatus.IN_REVIEW).stream()
                .map(l -> fixture.caseFiles().load(l.caseId(), fixture.officer("sun.li")))
                .filter(f -> f.appeal().assigneeId() != null && officer(f.appeal().assigneeId()).role() == Role.OFFICER)
                .filter(f -> !f.disputed().isEmpty() && f.disputed().stream().allMatch(d -> d.entry().points() < 0))
                .filter(f -> f.recusal().reasons().isEmpty())
                .filter(f -> wanted.test(decisions().approvalNeed(f.appeal().id(), officer(f.appeal().assigneeId()),
                        reverseAll(f)).reasons()))
                .skip(skip).findFirst().orElseThrow();
    }

    private void openCase(ShellView shell, long caseId) {
        FxRuntime.run(() -> shell.model().openCase(caseId));
        waitUntil(() -> shell.caseModel() != null && shell.caseModel().fileProperty().get() != null
                && shell.caseModel().fileProperty().get().appeal().id() == caseId);
    }

    private void openDecision(ShellView shell) {
        robot.press(KeyCode.CONTROL).type(KeyCode.D).release(KeyCode.CONTROL);
        waitUntil(() -> shell.decisionModel() != null && shell.decisionModel().file() != null
                && shell.model().screenProperty().get() == Screen.DECISION);
    }

    private void chooseFromAccountMenu(String itemId) {
        FxRuntime.run(() -> {
            MenuButton menu = node("#status-officer");
            MenuItem item = menu.getItems().stream().filter(i -> itemId.equals(i.getId())).findFirst().orElseThrow();
            item.fire();
        });
        settle();
    }

    private boolean showing(String query) {
        return FxRuntime.call(() -> robot.lookup(query).tryQuery().isPresent());
    }

    /** Types into a field as an officer would after tabbing to it (it may lie below the fold of a long form). */
    private void typeInto(String query, String words) {
        FxRuntime.run(() -> {
            javafx.scene.Node field = node(query);
            field.requestFocus();
        });
        settle();
        robot.write(words);
        settle();
    }

    private String reasonsTyped() {
        return FxRuntime.call(() -> ((TextArea) node("#decision-reasons-en")).getText());
    }

    @Test
    void an_officer_signs_out_and_the_supervisor_reads_the_draft_beside_the_case_and_approves_after_confirming() {
        CaseFile target = reviewed(r -> r.contains(ApprovalReason.RESTORES_POINTS_ABOVE_THRESHOLD), 0);
        ShellView shell = signInAs(username(target.appeal().assigneeId()));
        openCase(shell, target.appeal().id());
        openDecision(shell);
        FxRuntime.run(() -> shell.decisionModel().lines().forEach(l -> l.kindProperty().set(OutcomeKind.REVERSED)));
        typeInto("#decision-reasons-zh", "作出机关复核后已撤回该记录。");
        typeInto("#decision-reasons-en", "The agency withdrew the record on review.");
        waitUntil(() -> !node("#decision-save").isDisabled());
        robot.clickOn("#decision-save");
        waitUntil(() -> robot.lookup("#action-submit-for-approval").tryQuery().isPresent());
        robot.clickOn("#action-submit-for-approval");
        waitUntil(() -> row(target.appeal().id()).status() == CaseStatus.AWAITING_APPROVAL);

        chooseFromAccountMenu("account-sign-out");
        waitUntil(() -> window.shell() == null && showing("#signin-username"));

        ShellView supervisor = signInAs("liu.yang");
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT2).release(KeyCode.CONTROL);
        // The approvals list says who drafted each draft and why it needs approval.
        String drafterName = officer(target.appeal().assigneeId()).displayName();
        waitUntil(() -> robot.lookup(n -> n instanceof javafx.scene.control.TableCell<?, ?> c
                && c.getTableColumn() != null && "column-whyApproval".equals(c.getTableColumn().getId())
                && c.getText() != null && c.getText().contains("the scheme's threshold")).tryQuery().isPresent());
        assertThat(robot.lookup(n -> n instanceof javafx.scene.control.TableCell<?, ?> c
                && c.getTableColumn() != null && "column-drafter".equals(c.getTableColumn().getId())
                && drafterName.equals(c.getText())).tryQuery()).isPresent();
        openCase(supervisor, target.appeal().id());
        waitUntil(() -> showing("#decision-on-file"));
        assertThat(text("#decision-on-file-reasons")).isEqualTo("The agency withdrew the record on review.");
        assertThat(text("#decision-on-file-drafter")).startsWith("Drafted by " + officer(target.appeal().assigneeId())
                .displayName());
        assertThat(FxRuntime.call(() -> robot.lookup("#decision-on-file-outcomes .label").queryAllAs(Label.class)
                .stream().map(Label::getText).toList())).hasSize(target.disputed().size())
                .allSatisfy(line -> assertThat(line).endsWith(": Reversed"));
        assertThat(text("#decision-on-file-basis")).isNotBlank();
        assertThat(FxRuntime.call(() -> robot.lookup("#decision-on-file-effect .label").queryAllAs(Label.class)
                .stream().map(Label::getText).toList())).anySatisfy(line -> assertThat(line).contains("→"));

        robot.clickOn("#action-approve");
        waitUntil(() -> showing("#confirm-bar"));
        assertThat(text("#confirm-question")).startsWith("Approve the decision on " + target.appeal().caseNo());
        robot.clickOn("#confirm-no");
        waitUntil(() -> !showing("#confirm-bar"));
        assertThat(row(target.appeal().id()).status()).isEqualTo(CaseStatus.AWAITING_APPROVAL);

        robot.clickOn("#action-approve");
        waitUntil(() -> showing("#confirm-yes"));
        robot.clickOn("#confirm-yes");
        waitUntil(() -> row(target.appeal().id()).status() == CaseStatus.DECIDED);
        waitUntil(() -> showing("#decision-on-file-agency"));
        assertThat(text("#decision-on-file-agency")).startsWith("The issuing agency must correct its records by");
    }

    @Test
    void esc_back_and_closing_the_window_with_unsaved_work_ask_first_and_keep_it() {
        CaseFile target = reviewed(r -> true, 1);
        ShellView shell = signInAs(username(target.appeal().assigneeId()));
        FxRuntime.run(() -> window.guardClosing(stage));
        openCase(shell, target.appeal().id());
        openDecision(shell);
        typeInto("#decision-reasons-en", "Half a thought");
        waitUntil(() -> shell.decisionModel().dirtyProperty().get());
        assertThat(reasonsTyped()).isEqualTo("Half a thought");

        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> showing("#leave-prompt"));
        assertThat(shell.model().screenProperty().get()).isEqualTo(Screen.DECISION);
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> !showing("#leave-prompt"));
        assertThat(reasonsTyped()).isEqualTo("Half a thought");

        FxRuntime.run(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        settle();
        assertThat(FxRuntime.call(stage::isShowing)).isTrue();
        assertThat(showing("#leave-prompt")).isTrue();
        robot.clickOn("#leave-stay");
        waitUntil(() -> !showing("#leave-prompt"));
        assertThat(reasonsTyped()).isEqualTo("Half a thought");

        robot.clickOn("#decision-back");
        waitUntil(() -> showing("#leave-prompt"));
        robot.clickOn("#leave-keep");
        waitUntil(() -> shell.model().screenProperty().get() == Screen.CASE);

        openDecision(shell);
        waitUntil(() -> showing("#decision-recovered"));
        assertThat(reasonsTyped()).isEqualTo("Half a thought");
    }

    @Test
    void a_crash_mid_draft_loses_nothing() {
        CaseFile target = reviewed(r -> true, 2);
        Officer drafter = officer(target.appeal().assigneeId());
        ShellView shell = signInAs(drafter.username());
        openCase(shell, target.appeal().id());
        openDecision(shell);
        long first = target.disputed().getFirst().entry().id();
        FxRuntime.run(() -> shell.decisionModel().lines().getFirst().kindProperty().set(OutcomeKind.REVERSED));
        typeInto("#decision-reasons-en", "Written before the power cut");
        waitUntil(() -> context.unsavedDecisions().find(drafter, target.appeal().id())
                .filter(w -> w.wording().en() != null && w.wording().en().reasons().equals("Written before the power cut"))
                .isPresent());

        // The crash: the window and the workspace go without anything being saved on the way out.
        closeWindow();
        open();

        ShellView again = signInAs(drafter.username());
        openCase(again, target.appeal().id());
        openDecision(again);
        waitUntil(() -> showing("#decision-recovered"));
        assertThat(reasonsTyped()).isEqualTo("Written before the power cut");
        assertThat(again.decisionModel().lines().getFirst().kindProperty().get()).isEqualTo(OutcomeKind.REVERSED);
        assertThat(again.decisionModel().lines().getFirst().deduction().entry().id()).isEqualTo(first);
    }

    @Test
    void the_idle_lock_lets_another_officer_sign_in() {
        signInAs("wang.fang");
        FxRuntime.run(() -> window.idleLock().lock());
        waitUntil(() -> showing("#lock-switch-user"));
        robot.clickOn("#lock-switch-user");
        waitUntil(() -> window.shell() == null && showing("#signin-username") && !showing("#lock-screen"));
        ShellView other = signInAs("li.qiang");
        assertThat(other.model().officer().username()).isEqualTo("li.qiang");
    }
}
