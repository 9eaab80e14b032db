package org.redress.ui;

import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.redress.reports.FigureId;
import org.redress.reports.Measure;
import org.redress.reports.Report;
import org.redress.reports.ReportName;
import org.redress.reports.ReportRequest;
import org.redress.reports.ReportWords;
import org.redress.reports.Row;
import org.redress.ui.common.FxRuntime;
import org.redress.ui.queue.QueueRows;
import org.redress.ui.shell.Screen;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Reports screen on the Headless platform over the demo workspace: a supervisor clicks a bar, or
 * presses Enter on a count, and the queue shows exactly the cases the report service gives for it,
 * under a chip naming the figure that clears; and the screen speaks Chinese after Ctrl+L.
 */
class ReportsUiTest extends WorkstationUiBase {

    private void openReports(String username) {
        signInAs(username);
        robot.clickOn("#nav-reports");
        waitUntil(() -> robot.lookup("#figure-open_by_status").tryQuery().isPresent());
    }

    private Report shown(ReportName name) {
        return context.reports().report(fixture.officer("chen.jing"), name,
                new ReportRequest(context.reports().today().minusYears(1).plusDays(1), context.reports().today(),
                        null, null));
    }

    /** Scrolls the figures so that {@code n} is in the window (a click lands where it is drawn). */
    private void scrollIntoView(Node n) {
        FxRuntime.run(() -> {
            Node content = node("#report-figures");
            Node up = content;
            while (!(up instanceof ScrollPane)) {
                up = up.getParent();
            }
            ScrollPane pane = (ScrollPane) up;
            double y = content.sceneToLocal(n.localToScene(0, 0)).getY();
            double room = content.getLayoutBounds().getHeight() - pane.getViewportBounds().getHeight();
            pane.setVvalue(room <= 0 ? 0 : Math.min(1, Math.max(0, (y - 40) / room)));
        });
        settle();
    }

    /** The ids of the cases the queue lists now (all on its first page). */
    private Set<Long> queueCases() {
        return FxRuntime.call(() -> {
            QueueRows rows = window.shell().queueModel().rows();
            assertThat(rows.size()).isLessThanOrEqualTo(QueueRows.PAGE_SIZE);
            Set<Long> ids = new HashSet<>();
            for (int i = 0; i < rows.size(); i++) {
                ids.add(rows.get(i).caseId());
            }
            return ids;
        });
    }

    private static Set<Long> set(long[] ids) {
        return Arrays.stream(ids).boxed().collect(Collectors.toSet());
    }

    @Test
    void clicking_a_bar_shows_exactly_its_cases_in_the_queue_with_a_chip_that_clears() {
        openReports("chen.jing");
        Report shown = shown(ReportName.CASELOAD);
        List<Row> rows = shown.figure(FigureId.OPEN_BY_STATUS).orElseThrow().rows().stream()
                .filter(r -> r.value(Measure.CASES) != null).toList();
        int index = 0;
        while (rows.get(index).count(Measure.CASES) == 0) {
            index++;
        }
        Row row = rows.get(index);
        long[] expected = context.reports().cases(fixture.officer("chen.jing"), shown, row.drill(Measure.CASES));
        assertThat(expected.length).isEqualTo(row.count(Measure.CASES)).isPositive();

        Node bar = node("#bar-open_by_status-" + index);
        scrollIntoView(bar);
        robot.clickOn(bar);
        waitUntil(() -> window.shell().model().screenProperty().get() == Screen.QUEUE
                && window.shell().queueModel().totalProperty().get() == expected.length
                && node("#queue-drill-chip").isVisible());

        assertThat(queueCases()).isEqualTo(set(expected));
        assertThat(text("#queue-drill")).startsWith("Only the cases behind a report figure: Cases · ")
                .contains(row.label().en()).contains("Open cases by status").contains("as of ");

        robot.clickOn("#queue-drill-clear");
        waitUntil(() -> !node("#queue-drill-chip").isVisible() && !window.shell().queueModel().isNarrowed());
        assertThat(window.shell().queueModel().filter().cases()).isNull();
    }

    @Test
    void enter_on_a_focused_count_shows_exactly_its_cases_in_the_queue() {
        openReports("chen.jing");
        FxRuntime.run(() -> {
            @SuppressWarnings("unchecked")
            ComboBox<ReportName> name = (ComboBox<ReportName>) node("#report-name");
            name.setValue(ReportName.OUTCOMES);
        });
        robot.clickOn("#report-show");
        waitUntil(() -> robot.lookup("#figure-overturn_by_rule").tryQuery().isPresent());
        Report shown = shown(ReportName.OUTCOMES);
        List<Row> rows = shown.figure(FigureId.OVERTURN_BY_RULE).orElseThrow().rows();
        int index = 0;
        while (rows.get(index).count(Measure.DECIDED) == 0) {
            index++;
        }
        Row row = rows.get(index);
        long[] expected = context.reports().cases(fixture.officer("chen.jing"), shown, row.drill(Measure.DECIDED));
        assertThat(expected).isNotEmpty();

        Node cell = node("#drill-overturn_by_rule-" + index + "-DECIDED");
        FxRuntime.run(cell::requestFocus);
        settle();
        robot.type(KeyCode.ENTER);
        waitUntil(() -> window.shell().model().screenProperty().get() == Screen.QUEUE
                && window.shell().queueModel().totalProperty().get() == expected.length
                && node("#queue-drill-chip").isVisible());

        assertThat(queueCases()).isEqualTo(set(expected));
        assertThat(text("#queue-drill")).contains("Decided · " + row.label().en())
                .contains(ReportWords.day(shown.request().from()) + " – " + ReportWords.day(shown.request().to()));
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
