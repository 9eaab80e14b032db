package org.redress.ui;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableCell;
import javafx.scene.text.Text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Measures text cut on screen: walks a scene graph for every {@link Labeled} shown (visible, on the
 * window) whose skin draws less than its text — the toolkit's ellipsis, "收件…" for "收件日期". Call
 * on the FX thread after a layout pass.
 */
final class LabelOverflow {

    /** Columns whose cells may shorten a long name or rule title by design (the row's tooltip and the case show it all). */
    static final Set<String> SQUEEZABLE_COLUMNS = Set.of("column-subject", "column-rule", "column-whyApproval");

    private LabelOverflow() {
    }

    /** "text shown ≠ text meant" for every cut label under {@code root}. */
    static List<String> cut(Parent root) {
        List<String> found = new ArrayList<>();
        Bounds window = root.localToScene(root.getLayoutBounds());
        walk(root, window, found);
        return found;
    }

    private static void walk(Node node, Bounds window, List<String> found) {
        if (!node.isVisible() || node.getScene() == null) {
            return;
        }
        if (node instanceof Labeled labeled && isCut(labeled, window)) {
            found.add(describe(labeled));
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                walk(child, window, found);
            }
        }
    }

    private static boolean isCut(Labeled labeled, Bounds window) {
        String meant = labeled.getText();
        if (meant == null || meant.isBlank()) {
            return false;
        }
        TableCell<?, ?> cell = cellOf(labeled);
        if (cell != null && (cell.getTableColumn() == null
                || cell.getTableColumn().getId() != null && SQUEEZABLE_COLUMNS.contains(cell.getTableColumn().getId())
                || cell.isEmpty())) {
            return false;
        }
        Bounds bounds = labeled.localToScene(labeled.getLayoutBounds());
        if (bounds.getWidth() <= 0 || !window.intersects(bounds)) {
            return false;
        }
        for (Node child : labeled.getChildrenUnmodifiable()) {
            if (child instanceof Text shown && child.getStyleClass().contains("text")) {
                String drawn = shown.getText();
                return drawn != null && !drawn.equals(meant) && !meant.equals(drawn.replace("\n", ""));
            }
        }
        return false;
    }

    /** The table cell a label is drawn in (itself, or an ancestor), if any. */
    private static TableCell<?, ?> cellOf(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n instanceof TableCell<?, ?> cell) {
                return cell;
            }
        }
        return null;
    }

    private static String describe(Labeled labeled) {
        String shown = labeled.getChildrenUnmodifiable().stream().filter(Text.class::isInstance).map(n -> ((Text) n).getText())
                .findFirst().orElse("");
        String where = labeled.getId() != null ? "#" + labeled.getId() : labeled.getClass().getSimpleName();
        TableCell<?, ?> cell = cellOf(labeled);
        if (cell != null && cell.getTableColumn() != null) {
            where += " in " + cell.getTableColumn().getId();
        }
        return where + ": \"" + labeled.getText() + "\" shown as \"" + shown + "\"";
    }
}
