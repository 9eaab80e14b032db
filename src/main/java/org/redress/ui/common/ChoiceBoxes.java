package org.redress.ui.common;

import javafx.beans.property.Property;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import org.jspecify.annotations.Nullable;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Combo boxes over a nullable property where the first entry means "any" (null). Labels are
 * computed when a cell is drawn, so they follow a change of language once {@link #relabel} runs.
 */
public final class ChoiceBoxes {

    private static final String LABELS = "redress.choice.labels";

    private ChoiceBoxes() {
    }

    /**
     * A combo box kept in step with {@code target} both ways.
     *
     * @param anyLabel the label of the "any" entry; null for a choice that always has a value
     */
    public static <T> ComboBox<Optional<T>> of(Property<@Nullable T> target, List<T> values,
                                               Function<T, String> label, @Nullable ObservableValue<String> anyLabel) {
        ComboBox<Optional<T>> box = new ComboBox<>();
        setValues(box, values, anyLabel != null);
        Function<Optional<T>, String> text = o -> o.map(label)
                .orElseGet(() -> anyLabel == null ? "" : Objects.requireNonNullElse(anyLabel.getValue(), ""));
        box.getProperties().put(LABELS, text);
        // The skin draws a value not (yet) among the items through the converter, not the button
        // cell: without this a choice set before its list arrived read "Optional[AssigneeChoice…]".
        box.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(@Nullable Optional<T> value) {
                return value == null ? "" : text.apply(value);
            }

            @Override
            public @Nullable Optional<T> fromString(String string) {
                return null;
            }
        });
        relabel(box);
        box.setValue(Optional.ofNullable(target.getValue()));
        box.valueProperty().addListener((obs, old, now) -> {
            T value = now == null ? null : now.orElse(null);
            if (!Objects.equals(value, target.getValue())) {
                target.setValue(value);
            }
        });
        target.addListener((obs, old, now) -> {
            Optional<T> wanted = Optional.ofNullable(now);
            if (!wanted.equals(box.getValue())) {
                box.setValue(wanted);
            }
        });
        if (anyLabel != null) {
            anyLabel.addListener((obs, old, now) -> relabel(box));
        }
        return box;
    }

    /** Replaces the values offered, keeping the current choice. */
    public static <T> void setValues(ComboBox<Optional<T>> box, List<T> values, boolean withAny) {
        Optional<T> current = box.getValue();
        List<Optional<T>> items = new ArrayList<>();
        if (withAny) {
            items.add(Optional.empty());
        }
        values.forEach(v -> items.add(Optional.of(v)));
        ObservableList<Optional<T>> list = FXCollections.observableArrayList(items);
        box.setItems(list);
        box.setValue(current == null ? (withAny ? Optional.empty() : null) : current);
    }

    /** Draws every label again (after a change of language): new cells ask for their text anew. */
    @SuppressWarnings("unchecked")
    public static <T> void relabel(ComboBox<Optional<T>> box) {
        Function<Optional<T>, String> text = (Function<Optional<T>, String>) box.getProperties().get(LABELS);
        box.setCellFactory(list -> new LabelCell<>(text));
        box.setButtonCell(new LabelCell<>(text));
    }

    private static final class LabelCell<T> extends ListCell<Optional<T>> {
        private final Function<Optional<T>, String> text;

        LabelCell(Function<Optional<T>, String> text) {
            this.text = text;
        }

        @Override
        protected void updateItem(Optional<T> item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : text.apply(item));
        }
    }
}
