package org.redress.ui;

import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import org.redress.domain.appeal.CaseStatus;
import org.redress.reports.FigureId;
import org.redress.reports.Measure;
import org.redress.reports.Report;
import org.redress.reports.ReportName;
import org.redress.reports.ReportRequest;
import org.redress.reports.Row;
import org.redress.ui.common.FxRuntime;
import org.redress.ui.shell.Screen;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Reports screen on the Headless platform over the demo workspace: a supervisor sees the
 * caseload report with its numbers, a count drills down to exactly the cases the report service
 * gives for that cell, a listed case opens, and the screen speaks Chinese after Ctrl+L.
 */
class ReportsUiTest extends WorkstationUiBase {

    private void openReports(String username) {
        signInAs(username);
        robot.clickOn("#nav-reports");
        waitUntil(() -> robot.lookup("#figure-open_by_status").tryQuery().isPresent());
    }

    @Test
    void a_count_drills_down_to_exactly_its_cases_and_a_listed_case_opens() {
        openReports("chen.jing");
        Report shown = context.reports().report(fixture.officer("chen.jing"), ReportName.CASELOAD,
                new ReportRequest(context.reports().today().minusYears(1).plusDays(1), context.reports().today(),
                        null, null));
        List<Row> rows = shown.figure(FigureId.OPEN_BY_STATUS).orElseThrow().rows();
        int index = 0;
        while (rows.get(index).count(Measure.CASES) == 0) {
            index++;
        }
        Row row = rows.get(index);
        Hyperlink link = node("#drill-open_by_status-" + index + "-CASES");
        assertThat(FxRuntime.call(link::getText)).isEqualTo(Long.toString(row.count(Measure.CASES)));

        FxRuntime.run(link::fire); // below the fold of the figures' scroll pane; the link's own action
        waitUntil(() -> robot.lookup("#report-drill-count").tryQuery().isPresent());

        long[] expected = context.reports().cases(fixture.officer("chen.jing"), shown, row.drill(Measure.CASES));
        assertThat(expected.length).isEqualTo(row.count(Measure.CASES));
        assertThat(text("#report-drill-count")).isEqualTo(expected.length + " cases");
        List<String> listed = FxRuntime.call(() -> robot.lookup(".drilled-case").queryAllAs(Hyperlink.class).stream()
                .map(Hyperlink::getText).toList());
        List<String> numbers = Arrays.stream(expected).limit(200).mapToObj(id -> row(id).caseNo()).toList();
        assertThat(listed).containsExactlyElementsOf(numbers);

        robot.clickOn(listed.getFirst());
        waitUntil(() -> window.shell().model().screenProperty().get() == Screen.CASE);
        assertThat(window.shell().model().openCaseProperty().get()).isEqualTo(expected[0]);
        assertThat(row(expected[0]).status()).isIn((Object[]) CaseStatus.values());
    }

    @Test
    void the_screen_speaks_chinese_after_ctrl_l() {
        openReports("sun.li");
        robot.press(javafx.scene.input.KeyCode.CONTROL).type(javafx.scene.input.KeyCode.L)
                .release(javafx.scene.input.KeyCode.CONTROL);
        waitUntil(() -> context.messages().isChinese());
        waitUntil(() -> FxRuntime.call(() -> robot.lookup(".label").queryAllAs(Label.class).stream()
                .anyMatch(l -> "报表".equals(l.getText()))));
        assertThat(FxRuntime.call(() -> robot.lookup("#report-show").queryButton().getText())).isEqualTo("显示");
    }
}
