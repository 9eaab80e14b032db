package org.redress.ui.queue;

import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.kordamp.ikonli.feather.Feather;
import org.redress.ui.common.Icons;
import org.redress.ui.common.Messages;

/**
 * The chip above the queue's filter bar while the queue is narrowed to the cases behind a report's
 * figure: what they are, in the current language, and a button that lets them go (back to the
 * screen's own filters). Hidden, and taking no room, otherwise.
 */
final class DrillChip {

    private DrillChip() {
    }

    static Node of(QueueViewModel model, Messages messages) {
        Label text = new Label();
        text.setId("queue-drill");
        text.setWrapText(true);
        text.setGraphic(Icons.icon(Feather.BAR_CHART_2));
        text.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(text, Priority.ALWAYS);
        Button clear = Icons.button(Feather.X, messages.text("queue.drill.clear"));
        clear.setId("queue-drill-clear");
        clear.getStyleClass().addAll(Styles.FLAT, Styles.SMALL);
        clear.setOnAction(e -> model.clearFilters());
        clear.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox chip = new HBox(8, text, clear);
        chip.setId("queue-drill-chip");
        chip.getStyleClass().add("queue-drill-chip");
        chip.setAlignment(Pos.CENTER_LEFT);
        chip.setPadding(new Insets(4, 8, 4, 10));
        Runnable draw = () -> {
            DrillDown drill = model.drillDownProperty().get();
            chip.setVisible(drill != null);
            chip.setManaged(drill != null);
            text.setText(drill == null ? "" : messages.get("queue.drill", messages.of(drill.label())));
            clear.setAccessibleText(messages.get("queue.drill.clear"));
        };
        model.drillDownProperty().addListener((obs, old, now) -> draw.run());
        messages.localeProperty().addListener((obs, old, now) -> draw.run());
        draw.run();
        return chip;
    }
}
