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
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Layouts that hold at 100 % and 200 % interface scale in English and Chinese: on the sign-in, the
 * queue, the approvals list and a case awaiting approval with its draft, no label is cut (measured
 * on the scene graph, not judged from a picture). The window grows with the scale, as on a
 * high-resolution screen of the same size.
 */
class LayoutScaleUiTest extends WorkstationUiBase {

    private static final double BASE_WIDTH = 1280;
    private static final double BASE_HEIGHT = 800;

    private void at(double scale, Locale language) {
        FxRuntime.run(() -> {
            context.messages().localeProperty().set(language);
            context.appearance().scaleProperty().set(scale);
            stage.setWidth(BASE_WIDTH * scale);
            stage.setHeight(BASE_HEIGHT * scale);
        });
        settle();
    }

    private List<String> cutOn(String where) {
        settle();
        FxRuntime.run(() -> scene.getRoot().layout());
        return FxRuntime.call(() -> LabelOverflow.cut(scene.getRoot())).stream().map(c -> where + ": " + c).toList();
    }

    @ParameterizedTest(name = "{0} scale, {1}")
    @CsvSource({"1.0, en", "2.0, en", "1.0, zh", "2.0, zh"})
    void no_label_is_cut(double scale, String tag) {
        at(scale, Messages.fromTag(tag));
        List<String> cut = new ArrayList<>(cutOn("sign-in"));
        ShellView shell = signInAs("liu.yang");
        waitUntil(() -> shell.queueModel().totalProperty().get() > 0);
        cut.addAll(cutOn("queue"));
        FxRuntime.run(() -> shell.model().show(Screen.APPROVALS));
        settle();
        cut.addAll(cutOn("approvals"));
        long awaiting = fixture.cases(CaseStatus.AWAITING_APPROVAL).getFirst().caseId();
        FxRuntime.run(() -> shell.model().openCase(awaiting));
        waitUntil(() -> shell.caseModel() != null && shell.caseModel().fileProperty().get() != null
                && robot.lookup("#decision-on-file").tryQuery().isPresent());
        cut.addAll(cutOn("case"));
        assertThat(cut).isEmpty();
    }
}
