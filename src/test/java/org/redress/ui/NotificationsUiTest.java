package org.redress.ui;

import javafx.scene.control.Button;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;
import org.redress.casework.ActionResult;
import org.redress.casework.CaseworkFixture;
import org.redress.casework.DeadlineService;
import org.redress.casework.ReminderService;
import org.redress.domain.appeal.CaseStatus;
import org.redress.domain.appeal.ExtensionReason;
import org.redress.store.CaseRow;
import org.redress.ui.common.FxRuntime;
import org.redress.ui.shell.Screen;
import org.redress.ui.shell.ShellView;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The notifications panel on the Headless platform over the demo workspace (its day, 27 November
 * 2026): the status bar counts the officer's reminders and opens the panel; a supervisor sees an
 * extension request there, approves it, and the case's deadline moves.
 */
class NotificationsUiTest extends WorkstationUiBase {

    private static DeadlineService deadlines() {
        return new DeadlineService(fixture.database, CaseworkFixture.CATALOG, CaseworkFixture.CALENDAR,
                CaseworkFixture.clockOn(CaseworkFixture.TODAY));
    }

    /** A case of wang.fang's in review with a running deadline, for which she asks two more working days. */
    private CaseRow extensionAsked() {
        long wang = Long.parseLong(fixture.officer("wang.fang").id());
        CaseRow row = fixture.cases(CaseStatus.IN_REVIEW).stream().map(l -> row(l.caseId()))
                .filter(r -> r.assigneeId() != null && r.assigneeId() == wang && r.deadlineOn() != null
                        && r.deadlineOn().isAfter(CaseworkFixture.TODAY))
                .findFirst().orElseThrow();
        ActionResult asked = deadlines().requestExtension(row.id(), fixture.officer("wang.fang"),
                ExtensionReason.AGENCY_RECORDS_AWAITED, 2, "");
        assertThat(asked).isInstanceOf(ActionResult.Done.class);
        return row;
    }

    private List<ReminderService.Reminder> shown() {
        TableView<ReminderService.Reminder> table = node("#notifications-table");
        return FxRuntime.call(() -> List.copyOf(table.getItems()));
    }

    @Test
    void the_status_bar_counts_the_reminders_and_opens_the_panel_where_a_supervisor_approves_an_extension() {
        CaseRow kase = extensionAsked();
        LocalDate before = kase.deadlineOn();
        ShellView shell = signInAs("chen.jing");
        waitUntil(() -> shell.notificationsModel().countProperty().get() > 0);
        Button bell = node("#status-reminders");
        int count = shell.notificationsModel().countProperty().get();
        assertThat(FxRuntime.call(bell::getText)).contains(Integer.toString(count));

        robot.clickOn("#status-reminders");
        waitUntil(() -> shell.model().screenProperty().get() == Screen.NOTIFICATIONS
                && robot.lookup("#notifications-table").tryQuery().isPresent() && !shown().isEmpty());
        assertThat(shown()).anyMatch(r -> r.kind() == ReminderService.Kind.EXTENSION_PENDING && r.caseId() == kase.id());
        assertThat(shown()).hasSize(count);

        TableView<ReminderService.Reminder> table = node("#notifications-table");
        int index = FxRuntime.call(() -> {
            for (int i = 0; i < table.getItems().size(); i++) {
                ReminderService.Reminder r = table.getItems().get(i);
                if (r.kind() == ReminderService.Kind.EXTENSION_PENDING && r.caseId() == kase.id()) {
                    table.scrollTo(i);
                    return i;
                }
            }
            return -1;
        });
        settle();
        TableRow<?> row = robot.lookup(".table-row-cell").match((TableRow<?> r) -> r.getIndex() == index).query();
        robot.clickOn(row);
        Button approve = node("#notifications-approve");
        waitUntil(() -> !approve.isDisabled());
        robot.clickOn("#notifications-approve");
        waitUntil(() -> shown().stream().noneMatch(r -> r.kind() == ReminderService.Kind.EXTENSION_PENDING
                && r.caseId() == kase.id()));
        assertThat(text("#notifications-message")).contains(kase.caseNo());
        // Two working days after the old deadline, on the official calendar.
        assertThat(row(kase.id()).deadlineOn()).isEqualTo(CaseworkFixture.CALENDAR.addWorkingDays(before, 2).value());
    }

    @Test
    void an_officer_sees_the_deadlines_of_their_own_cases_within_the_reminder_window() {
        ShellView shell = signInAs("wang.fang");
        waitUntil(() -> shell.notificationsModel().countProperty().get() > 0);
        FxRuntime.run(() -> shell.model().show(Screen.NOTIFICATIONS));
        waitUntil(() -> robot.lookup("#notifications-table").tryQuery().isPresent() && !shown().isEmpty());
        long wang = Long.parseLong(fixture.officer("wang.fang").id());
        assertThat(shown()).allMatch(r -> r.kind() != ReminderService.Kind.EXTENSION_PENDING);
        assertThat(shown()).allMatch(r -> row(r.caseId()).assigneeId() == wang);
        assertThat(robot.lookup("#notifications-approve").tryQuery()).isEmpty();
    }
}
