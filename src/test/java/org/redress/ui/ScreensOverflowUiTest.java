package org.redress.ui;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.redress.domain.appeal.CaseStatus;
import org.redress.ui.common.FxRuntime;
import org.redress.ui.common.Messages;
import org.redress.ui.shell.Screen;
import org.redress.ui.shell.ShellView;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The screens {@link LayoutScaleUiTest} does not walk — the decision, letters, sync, notifications and
 * settings — with no label cut, measured on the scene graph at the size the screenshots are taken at
 * (1440 × 900), in both languages.
 */
class ScreensOverflowUiTest extends WorkstationUiBase {

    private List<String> cutOn(String where) {
        settle();
        FxRuntime.run(() -> scene.getRoot().layout());
        return FxRuntime.call(() -> LabelOverflow.cut(scene.getRoot())).stream().map(c -> where + ": " + c).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"en", "zh"})
    void no_label_is_cut_on_the_remaining_screens(String tag) {
        FxRuntime.run(() -> {
            context.messages().localeProperty().set(Messages.fromTag(tag));
            stage.setWidth(1440);
            stage.setHeight(900);
        });
        settle();
        // The assignee of a case in review: they may open its decision.
        var reviewed = fixture.cases(CaseStatus.IN_REVIEW).stream().map(l -> row(l.caseId()))
                .filter(r -> r.assigneeId() != null)
                .filter(r -> fixture.caseFiles().load(r.id(), fixture.officer("sun.li")).disputed().stream()
                        .allMatch(d -> d.entry().points() < 0))
                .findFirst().orElseThrow();
        String assignee = fixture.demo.accounts().stream().filter(o -> o.id() == reviewed.assigneeId()).findFirst()
                .orElseThrow().username();
        ShellView shell = signInAs(assignee);
        waitUntil(() -> shell.queueModel().totalProperty().get() >= 0);
        List<String> cut = new ArrayList<>();
        for (Screen screen : List.of(Screen.LETTERS, Screen.SYNC, Screen.NOTIFICATIONS, Screen.SETTINGS)) {
            FxRuntime.run(() -> shell.model().show(screen));
            settle();
            cut.addAll(cutOn(screen.name().toLowerCase(java.util.Locale.ROOT)));
        }
        FxRuntime.run(() -> shell.model().openCase(reviewed.id()));
        waitUntil(() -> shell.caseModel() != null && shell.caseModel().fileProperty().get() != null
                && shell.caseModel().fileProperty().get().appeal().id() == reviewed.id());
        robot.clickOn("#action-decide");
        waitUntil(() -> robot.lookup("#decision-grounds").tryQuery().isPresent());
        cut.addAll(cutOn("decision"));
        assertThat(cut).isEmpty();
    }
}
