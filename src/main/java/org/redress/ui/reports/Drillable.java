package org.redress.ui.reports;

import javafx.scene.AccessibleRole;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import org.jspecify.annotations.Nullable;
import org.redress.reports.FigureId;
import org.redress.reports.Measure;
import org.redress.reports.Row;

/**
 * What makes a bar, a row's name or a count drill down: a click, or Enter (or Space) while it has
 * the focus, which the keyboard reaches with Tab. Bars are not controls, so they are made focusable
 * and announced as buttons with their row and value.
 */
final class Drillable {

    private Drillable() {
    }

    /**
     * The column a whole row (its bar, its name) drills into: the overturned (or differing) cases
     * of a rate, else the first column that has cases; null when the row has none.
     */
    static @Nullable Measure measure(FigureId figure, Row row) {
        Measure numerator = figure.numerator();
        if (numerator != null && row.drill(numerator) != null && row.count(numerator) > 0) {
            return numerator;
        }
        for (Measure m : figure.columns()) {
            if (m.format() == Measure.Format.COUNT && row.drill(m) != null && row.count(m) > 0) {
                return m;
            }
        }
        return null;
    }

    static Hyperlink link(String text, String id, Runnable drill) {
        Hyperlink link = new Hyperlink(text);
        link.setId(id);
        link.setOnAction(e -> drill.run());
        link.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER) {
                drill.run();
                e.consume();
            }
        });
        return link;
    }

    static void install(Node bar, String id, String spoken, Runnable drill) {
        bar.setId(id);
        bar.getStyleClass().add("report-drillable");
        bar.setFocusTraversable(true);
        bar.setAccessibleRole(AccessibleRole.BUTTON);
        if (!bar.accessibleTextProperty().isBound()) { // a chart's own bars speak their category and value
            bar.setAccessibleText(spoken);
        }
        bar.setCursor(Cursor.HAND);
        bar.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            if (e.getButton() == MouseButton.PRIMARY) {
                bar.requestFocus();
                drill.run();
                e.consume();
            }
        });
        bar.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.SPACE) {
                drill.run();
                e.consume();
            }
        });
        javafx.scene.control.Tooltip.install(bar, new javafx.scene.control.Tooltip(spoken));
    }
}
