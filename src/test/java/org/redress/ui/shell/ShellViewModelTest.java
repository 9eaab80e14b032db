package org.redress.ui.shell;

import org.junit.jupiter.api.Test;
import org.redress.domain.access.Officer;
import org.redress.domain.access.Role;

import static org.assertj.core.api.Assertions.assertThat;

class ShellViewModelTest {

    private final ShellViewModel model = new ShellViewModel(new Officer("5", "wang.fang", "王芳", Role.OFFICER, "RC"));

    @Test
    void the_shell_opens_on_the_queue_and_the_case_screen_needs_a_case() {
        assertThat(model.screenProperty().get()).isEqualTo(Screen.QUEUE);

        model.show(Screen.CASE);

        assertThat(model.screenProperty().get()).isEqualTo(Screen.QUEUE);
    }

    @Test
    void back_from_a_case_returns_to_the_screen_it_was_opened_from() {
        model.show(Screen.APPROVALS);
        model.openCase(42);
        assertThat(model.screenProperty().get()).isEqualTo(Screen.CASE);
        assertThat(model.openCaseProperty().get()).isEqualTo(42);
        model.openCase(43);

        model.back();

        assertThat(model.screenProperty().get()).isEqualTo(Screen.APPROVALS);
        model.back();
        assertThat(model.screenProperty().get()).as("back elsewhere does nothing").isEqualTo(Screen.APPROVALS);
    }

    @Test
    void the_decision_opens_on_the_open_case_and_back_returns_to_the_case_then_the_queue() {
        model.openDecision();
        assertThat(model.screenProperty().get()).as("no case open yet").isEqualTo(Screen.QUEUE);
        model.openCase(7);

        model.openDecision();
        assertThat(model.screenProperty().get()).isEqualTo(Screen.DECISION);
        model.back();
        assertThat(model.screenProperty().get()).isEqualTo(Screen.CASE);
        model.back();

        assertThat(model.screenProperty().get()).isEqualTo(Screen.QUEUE);
    }

    @Test
    void a_notice_stays_until_dismissed() {
        model.notice("The workspace could not be read");
        model.show(Screen.SETTINGS);
        assertThat(model.noticeProperty().get()).isEqualTo("The workspace could not be read");

        model.dismissNotice();

        assertThat(model.noticeProperty().get()).isEmpty();
    }
}
