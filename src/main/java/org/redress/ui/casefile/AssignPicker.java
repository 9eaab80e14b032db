package org.redress.ui.casefile;

import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import org.jspecify.annotations.Nullable;
import org.kordamp.ikonli.feather.Feather;
import org.redress.casework.CaseActionService.Assignable;
import org.redress.ui.common.Icons;
import org.redress.ui.common.Messages;

import java.util.List;

/**
 * A supervisor's "Assign to [officer] [Assign]": the office's officers who work cases, the one
 * assigned now marked, and those who must stand aside from the case listed but not choosable.
 */
final class AssignPicker {

    private AssignPicker() {
    }

    static Node build(CaseViewModel model, Messages messages, List<Assignable> officers) {
        Label label = new Label(messages.get("action.assignTo.label"));
        label.setMinWidth(Region.USE_PREF_SIZE);
        ComboBox<Assignable> choice = new ComboBox<>();
        choice.setId("assign-to");
        choice.getItems().setAll(officers);
        choice.setCellFactory(list -> new Cell(messages));
        choice.setButtonCell(new Cell(messages));
        choice.setPromptText(messages.get("action.assignTo.prompt"));
        choice.setAccessibleText(messages.get("action.assignTo.label"));
        label.setLabelFor(choice);
        Button assign = new Button(messages.get("action.assignTo.button"));
        assign.setId("assign-to-confirm");
        assign.setGraphic(Icons.icon(Feather.USER_PLUS));
        assign.getStyleClass().add(Styles.BUTTON_OUTLINED);
        assign.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(() -> {
            Assignable chosen = choice.getValue();
            return chosen == null || chosen.mustStandAside() || chosen.current() || model.busyProperty().get();
        }, choice.valueProperty(), model.busyProperty()));
        assign.setOnAction(e -> {
            Assignable chosen = choice.getValue();
            if (chosen != null && !chosen.mustStandAside() && !chosen.current()) {
                model.assignTo(chosen);
            }
        });
        HBox row = new HBox(6, label, choice, assign);
        row.setId("assign-picker");
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    static String describe(Messages messages, Assignable officer) {
        String name = officer.displayName() + " · " + messages.of("role", officer.role());
        if (officer.mustStandAside()) {
            return messages.get("action.assignTo.standsAside", name);
        }
        return officer.current() ? messages.get("action.assignTo.current", name) : name;
    }

    private static final class Cell extends ListCell<Assignable> {
        private final Messages messages;

        Cell(Messages messages) {
            this.messages = messages;
        }

        @Override
        protected void updateItem(@Nullable Assignable item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : describe(messages, item));
            // Recusal: listed so the supervisor sees why, never chosen.
            setDisable(item != null && item.mustStandAside());
        }
    }
}
