package org.redress.ui;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Font;
import org.junit.jupiter.api.Test;
import org.redress.casework.CaseFile;
import org.redress.casework.CaseworkFixture;
import org.redress.casework.IdentifierReveal;
import org.redress.casework.QueueLine;
import org.redress.domain.appeal.CaseStatus;
import org.redress.store.CaseRow;
import org.redress.store.QueueFilter;
import org.redress.store.QueueOrder;
import org.redress.ui.common.Appearance;
import org.redress.ui.common.FxRuntime;
import org.redress.ui.shell.ShellView;


import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The workstation driven like an officer would, on the Headless platform (Surefire chooses it) over a
 * real 200-case demo workspace: typing, clicking and keys through TestFX's glass robot. Waits on the
 * count of background tasks and FX events, never on sleeps.
 */
class WorkstationUiTest extends WorkstationUiBase {

    @Test
    void the_shipped_cjk_font_is_registered_with_the_toolkit() {
        assertThat(Font.getFamilies()).contains(Appearance.FONT_FAMILY);
    }

    @Test
    void an_administrator_opens_on_settings_with_no_case_screen_offered_and_no_error() {
        robot.clickOn("#signin-username").write("admin");
        robot.clickOn("#signin-password").write(fixture.account("admin").password());
        robot.type(KeyCode.ENTER);
        waitUntil(() -> window.shell() != null);
        settle();
        ShellView shell = window.shell();

        assertThat(shell.model().screenProperty().get()).isEqualTo(org.redress.ui.shell.Screen.SETTINGS);
        assertThat(robot.lookup("#nav-queue").tryQuery()).isEmpty();
        assertThat(robot.lookup("#nav-approvals").tryQuery()).isEmpty();
        assertThat(robot.lookup("#nav-settings").tryQuery()).isPresent();
        assertThat(robot.lookup("#nav-sync").tryQuery()).isPresent();
        assertThat(shell.model().noticeProperty().get()).as("no error banner").isEmpty();
        FxRuntime.run(() -> shell.model().show(org.redress.ui.shell.Screen.QUEUE));
        assertThat(shell.model().screenProperty().get()).isEqualTo(org.redress.ui.shell.Screen.SETTINGS);
    }

    @Test
    void a_wrong_password_is_refused_and_the_right_one_opens_the_queue_of_the_officers_own_open_cases() {
        Node field = node("#signin-username");
        double before = FxRuntime.call(() -> field.localToScene(0, 0).getY());
        robot.clickOn("#signin-username").write("wang.fang");
        robot.clickOn("#signin-password").write("guess");
        robot.type(KeyCode.ENTER);
        waitUntil(() -> !((Label) node("#signin-error")).getText().isEmpty());
        assertThat(text("#signin-error")).contains("do not match");
        assertThat(FxRuntime.call(() -> field.localToScene(0, 0).getY())).as("the card does not jump").isEqualTo(before);
        robot.clickOn("#signin-password").write(fixture.account("wang.fang").password());
        robot.type(KeyCode.ENTER);

        waitUntil(() -> window.shell() != null && window.shell().queueModel().totalProperty().get() >= 0);

        long own = fixture.queue().count(fixture.reader(), QueueFilter.open().withAssignee(
                org.redress.store.AssigneeFilter.officer(fixture.account("wang.fang").id())));
        assertThat(own).isPositive();
        assertThat(text("#queue-total")).isEqualTo(String.format("%,d cases", own));
        assertThat(text("#status-officer")).isEqualTo("王芳 · Officer");
        // The whose-cases filter says so in words (it once read "Optional[AssigneeChoice…]").
        javafx.scene.control.ComboBox<?> whose = node("#filter-assignee");
        waitUntil(() -> whose.getButtonCell() != null && whose.getButtonCell().getText() != null);
        assertThat(FxRuntime.call(() -> whose.getButtonCell().getText())).isEqualTo("My cases");
    }

    @Test
    void filtering_overdue_and_searching_by_case_number_narrow_the_queue() {
        ShellView shell = signInAs("wang.fang");
        long overdue = fixture.queue().count(fixture.reader(), QueueFilter.open().withOverdueOn(CaseworkFixture.TODAY));
        // An officer's queue opens on their own cases: this looks at anyone's.
        FxRuntime.run(() -> shell.queueModel().assigneeProperty().set(org.redress.ui.queue.AssigneeChoice.ANYONE));

        robot.clickOn("#filter-overdue");
        waitUntil(() -> shell.queueModel().totalProperty().get() == overdue);
        assertThat(text("#queue-total")).isEqualTo(overdue + " cases");
        robot.clickOn("#filter-overdue");

        QueueLine wanted = fixture.cases(CaseStatus.ASSIGNED).getLast();
        robot.clickOn("#queue-search").write(wanted.caseNo());
        waitUntil(() -> shell.queueModel().totalProperty().get() == 1);
        TableView<?> table = node("#queue-table");
        assertThat(FxRuntime.call(() -> ((QueueLine) table.getItems().getFirst()).caseNo())).isEqualTo(wanted.caseNo());

        robot.clickOn("#queue-search").type(KeyCode.END).eraseText(wanted.caseNo().length()).write("zzzz-no-such");
        waitUntil(() -> shell.queueModel().totalProperty().get() == 0);
        // The total can reach 0 a pulse before the table swaps in its empty-state placeholder.
        waitUntil(() -> robot.lookup("#queue-empty").tryQuery().map(Node::isVisible).orElse(false));
        assertThat(robot.lookup("#queue-empty").queryAs(javafx.scene.layout.VBox.class).isVisible()).isTrue();
        assertThat(robot.lookup("No case matches these filters").tryQuery()).isPresent();
    }

    @Test
    void enter_on_a_queue_row_opens_the_case_and_revealing_the_identifier_is_recorded() {
        // The full identifier is shown to the officer the case is assigned to: sign in as the assignee of
        // the first case near the top of the open queue that has one.
        List<QueueLine> top = fixture.queue().rows(fixture.reader(), QueueFilter.open(), QueueOrder.BY_DEADLINE, 0, 10);
        int index = java.util.stream.IntStream.range(0, top.size()).filter(i -> top.get(i).assigneeName() != null)
                .findFirst().orElseThrow();
        var assignee = fixture.demo.accounts().stream().filter(o -> o.displayName().equals(top.get(index).assigneeName()))
                .findFirst().orElseThrow();
        ShellView shell = signInAs(assignee.username());
        QueueLine first = FxRuntime.call(() -> shell.queueModel().rows().get(index));

        robot.clickOn(robot.lookup(".table-row-cell")
                .match((Node n) -> ((javafx.scene.control.TableRow<?>) n).getIndex() == index).queryAs(Node.class));
        robot.type(KeyCode.ENTER);
        waitUntil(() -> shell.caseModel() != null && shell.caseModel().fileProperty().get() != null);
        assertThat(text("#case-number")).isEqualTo(first.caseNo());
        assertThat(text("#subject-identifier")).isEqualTo(first.maskedIdentifier());

        robot.clickOn("#reveal-identifier");
        waitUntil(() -> !shell.caseModel().revealedProperty().get().isEmpty());

        String shown = text("#subject-identifier");
        assertThat(shown).hasSize(18).doesNotContain("*").endsWith(first.maskedIdentifier().substring(14));
        CaseFile file = fixture.caseFiles().load(first.caseId(), fixture.officer("sun.li"));
        assertThat(file.history().getLast().action()).isEqualTo(IdentifierReveal.ACTION);
        assertThat(file.history().getLast().actorName()).isEqualTo(assignee.displayName());

        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> node("#queue-table").isVisible());
    }

    @Test
    void requesting_information_pauses_the_deadline_on_screen_and_in_the_store() {
        CaseRow target = fixture.cases(CaseStatus.IN_REVIEW).stream().map(l -> row(l.caseId()))
                .filter(r -> r.deadlineOn() != null && r.assigneeId() != null).skip(3).findFirst().orElseThrow();
        String assignee = fixture.demo.accounts().stream().filter(o -> o.id() == target.assigneeId()).findFirst()
                .orElseThrow().username();
        ShellView shell = signInAs(assignee);
        FxRuntime.run(() -> shell.model().openCase(target.id()));
        waitUntil(() -> shell.caseModel() != null && shell.caseModel().fileProperty().get() != null
                && shell.caseModel().fileProperty().get().appeal().id() == target.id());
        assertThat(text("#case-deadline")).startsWith("Decide by");

        robot.clickOn("#action-request-information");
        waitUntil(() -> robot.lookup("#reason-request-information").tryQuery().isPresent());
        robot.clickOn("#reason-request-information").write("Please send the bank settlement letter");
        robot.clickOn("#reason-submit");
        waitUntil(() -> shell.caseModel().fileProperty().get().appeal().status() == CaseStatus.AWAITING_INFORMATION);

        assertThat(text("#case-deadline")).startsWith("Clock paused since");
        assertThat(text("#case-message")).contains("paused");
        assertThat(robot.lookup("#action-information-received").tryQuery()).isPresent();
        CaseRow stored = row(target.id());
        assertThat(stored.status()).isEqualTo(CaseStatus.AWAITING_INFORMATION);
        assertThat(stored.deadlineOn()).isNull();
        assertThat(stored.pausedSince()).isEqualTo(CaseworkFixture.TODAY);
    }

    @Test
    void a_decision_is_drafted_with_its_effect_shown_before_saving() {
        CaseRow target = fixture.cases(CaseStatus.IN_REVIEW).stream().map(l -> row(l.caseId()))
                .filter(r -> r.schemeCode().equals("RONGCHENG_POINTS") && r.points() < 0 && r.assigneeId() != null)
                .skip(1).findFirst().orElseThrow();
        String assignee = fixture.demo.accounts().stream().filter(o -> o.id() == target.assigneeId()).findFirst()
                .orElseThrow().username();
        ShellView shell = signInAs(assignee);
        FxRuntime.run(() -> shell.model().openCase(target.id()));
        waitUntil(() -> shell.caseModel() != null && shell.caseModel().fileProperty().get() != null
                && shell.caseModel().fileProperty().get().appeal().id() == target.id());

        robot.clickOn("#action-decide");
        waitUntil(() -> shell.decisionModel() != null && shell.decisionModel().file() != null);
        FxRuntime.run(() -> shell.decisionModel().lines()
                .forEach(l -> l.kindProperty().set(org.redress.domain.appeal.OutcomeKind.REVERSED)));
        waitUntil(() -> robot.lookup("#decision-effect-standing").tryQuery().isPresent());
        assertThat(robot.lookup("Score change: +" + -target.points()).tryQuery()).isPresent();
        robot.clickOn("#decision-reasons-zh").write("作出机关确认该记录系误录。");
        robot.clickOn("#decision-reasons-en").write("The agency confirmed the entry was made in error.");
        waitUntil(() -> !node("#decision-save").isDisabled());
        robot.clickOn("#decision-save");

        waitUntil(() -> shell.model().screenProperty().get() == org.redress.ui.shell.Screen.CASE
                && row(target.id()).status() == CaseStatus.DECISION_DRAFTED);
        waitUntil(() -> robot.lookup("#action-submit-for-approval").tryQuery().isPresent());
    }

    @Test
    void switching_the_language_redraws_the_shell_in_chinese_at_once() {
        ShellView shell = signInAs("chen.jing");

        robot.clickOn("#nav-settings");
        robot.clickOn("#settings-language-zh");
        waitUntil(() -> context.messages().isChinese());

        assertThat(FxRuntime.call(() -> ((ToggleButton) node("#nav-queue")).getText())).isEqualTo("案件队列");
        assertThat(text("#status-officer")).isEqualTo("陈静 · 科长");
        robot.press(KeyCode.CONTROL).type(KeyCode.L).release(KeyCode.CONTROL);
        waitUntil(() -> !context.messages().isChinese());
        assertThat(FxRuntime.call(() -> ((ToggleButton) node("#nav-queue")).getText())).isEqualTo("Queue");
        assertThat(context.settings().all()).containsEntry("ui.language", "en");
        assertThat(shell.model().screenProperty().get()).isEqualTo(org.redress.ui.shell.Screen.SETTINGS);
    }

    @Test
    void the_reading_pane_shows_the_chosen_cases_grounds_and_statement_and_opens_it() {
        ShellView shell = signInAs("wang.fang");
        waitUntil(() -> shell.queueModel().totalProperty().get() > 0);
        assertThat(robot.lookup("#queue-reading-pane").tryQuery()).as("off until asked for").isEmpty();

        robot.clickOn("#queue-reading-toggle");
        waitUntil(() -> robot.lookup("#reading-none").tryQuery().map(Node::isVisible).orElse(false));
        TableView<QueueLine> table = node("#queue-table");
        QueueLine first = FxRuntime.call(() -> table.getItems().getFirst());
        var row = fixture.database.read(c -> new org.redress.store.CaseRepository(c).byId(first.caseId()).orElseThrow());
        robot.clickOn(robot.lookup(".table-row-cell").match((javafx.scene.control.TableRow<QueueLine> r) ->
                r.getItem() != null && r.getItem().caseId() == first.caseId()).queryAs(Node.class));
        waitUntil(() -> text("#reading-grounds").startsWith("Grounds: ") && !text("#reading-statement").isEmpty());

        assertThat(text("#reading-case")).startsWith(first.caseNo() + " · ");
        assertThat(text("#reading-facts")).contains(first.maskedIdentifier()).contains(first.ruleCode());
        // Grounds in words, never their codes.
        row.grounds().forEach(g -> assertThat(text("#reading-grounds")).doesNotContain(g.name()));
        assertThat(text("#reading-statement")).isEqualTo(row.statement().isBlank() ? "No statement was given." : row.statement());
        assertThat(robot.lookup("#reading-none").queryAs(Label.class).isVisible()).isFalse();

        robot.clickOn("#reading-open");
        waitUntil(() -> shell.caseModel() != null && shell.caseModel().fileProperty().get() != null);
        assertThat(text("#case-number")).isEqualTo(first.caseNo());
    }
}
