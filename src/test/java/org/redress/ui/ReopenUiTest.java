package org.redress.ui;

import javafx.scene.control.ChoiceBox;
import org.junit.jupiter.api.Test;
import org.redress.casework.CaseFile;
import org.redress.casework.ReopenService;
import org.redress.casework.CaseworkFixture;
import org.redress.domain.appeal.CaseAction;
import org.redress.domain.appeal.CaseStatus;
import org.redress.domain.appeal.ReopenReason;
import org.redress.ui.common.FxRuntime;
import org.redress.ui.shell.ShellView;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reopening from the case screen on the Headless platform over the demo workspace (issue 19,
 * item 6): a supervisor's "Reopen case…" opens a form whose Yes waits for a reason and an
 * explanation; Cancel changes nothing; Yes takes the case back into review. An officer is not
 * offered the button.
 */
class ReopenUiTest extends WorkstationUiBase {

    private void openCase(ShellView shell, long caseId) {
        FxRuntime.run(() -> shell.model().openCase(caseId));
        waitUntil(() -> shell.caseModel() != null && shell.caseModel().fileProperty().get() != null
                && shell.caseModel().fileProperty().get().appeal().id() == caseId);
        settle();
    }

    /** A case whose letter was issued, which chen.jing (a supervisor) may reopen; skip picks a later one. */
    private static CaseFile decided(int skip) {
        return fixture.cases(CaseStatus.LETTER_ISSUED).stream()
                .map(l -> fixture.caseFiles().load(l.caseId(), fixture.officer("chen.jing")))
                .filter(f -> f.legalActions().contains(CaseAction.REOPEN))
                .skip(skip).findFirst().orElseThrow();
    }

    @Test
    void an_officer_is_not_offered_reopening() {
        long id = decided(1).appeal().id();
        ShellView officer = signInAs(fixture.demo.accounts().stream()
                .filter(o -> o.role() == org.redress.domain.access.Role.OFFICER).findFirst().orElseThrow().username());
        openCase(officer, id);
        assertThat(robot.lookup("#case-actions").tryQuery()).isPresent();
        assertThat(robot.lookup("#action-reopen").tryQuery()).isEmpty();
    }

    @Test
    void a_supervisor_reopens_a_decided_case_after_giving_a_reason_and_confirming() {
        CaseFile target = decided(0);
        long id = target.appeal().id();

        ShellView shell = signInAs("chen.jing");
        openCase(shell, id);
        robot.clickOn("#action-reopen");
        waitUntil(() -> robot.lookup("#reopen-bar").tryQuery().isPresent());
        assertThat(text("#reopen-question")).contains(target.appeal().caseNo());
        assertThat(node("#reopen-yes").isDisabled()).as("a reason and an explanation first").isTrue();

        robot.clickOn("#reopen-cancel");
        waitUntil(() -> robot.lookup("#reopen-bar").tryQuery().isEmpty());
        assertThat(row(id).status()).isEqualTo(CaseStatus.LETTER_ISSUED);

        robot.clickOn("#action-reopen");
        waitUntil(() -> robot.lookup("#reopen-bar").tryQuery().isPresent());
        ChoiceBox<ReopenReason> reasons = node("#reopen-reason");
        FxRuntime.run(() -> reasons.setValue(ReopenReason.NEW_EVIDENCE));
        assertThat(node("#reopen-yes").isDisabled()).as("still no explanation").isTrue();
        robot.clickOn("#reopen-text").write("The agency sent a court ruling that annuls the judgment");
        robot.clickOn("#reopen-yes");

        waitUntil(() -> row(id).status() == CaseStatus.IN_REVIEW);
        waitUntil(() -> shell.caseModel().messageProperty().get().contains("reopened"));
        var reopenings = new ReopenService(fixture.database, CaseworkFixture.CATALOG, CaseworkFixture.CALENDAR,
                CaseworkFixture.clockOn(CaseworkFixture.TODAY)).reopenings(id, fixture.officer("chen.jing"));
        assertThat(reopenings).singleElement().satisfies(r -> {
            assertThat(r.reason()).isEqualTo(ReopenReason.NEW_EVIDENCE);
            assertThat(r.text()).isEqualTo("The agency sent a court ruling that annuls the judgment");
        });
    }
}
