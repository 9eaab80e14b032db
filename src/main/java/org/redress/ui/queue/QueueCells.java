package org.redress.ui.queue;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.layout.VBox;
import javafx.scene.control.TableColumn;
import org.jspecify.annotations.Nullable;
import org.redress.casework.QueueLine;
import org.redress.ui.common.Messages;

import java.util.List;
import java.util.function.Function;

/** Queue columns: each cell draws its text (and style classes) from the whole line when drawn, in the current language. */
final class QueueCells {

    private QueueCells() {
    }

    static TableColumn<@Nullable QueueLine, @Nullable QueueLine> column(Messages messages, String titleKey,
                                                                          double width, Function<QueueLine, String> text,
                                                                          Function<QueueLine, List<String>> styles) {
        TableColumn<@Nullable QueueLine, @Nullable QueueLine> column = new TableColumn<>();
        column.textProperty().bind(messages.text(titleKey));
        column.setId(titleKey.replace('.', '-'));
        column.setPrefWidth(width);
        column.setSortable(false);
        column.setReorderable(false);
        column.setCellValueFactory(features -> new ReadOnlyObjectWrapper<>(features.getValue()));
        column.setCellFactory(c -> new LineCell(text, styles));
        return column;
    }

    static TableColumn<@Nullable QueueLine, @Nullable QueueLine> column(Messages messages, String titleKey,
                                                                          double width, Function<QueueLine, String> text) {
        return column(messages, titleKey, width, text, line -> List.of());
    }

    /** A column of two lines: the main text, and a smaller muted one under it. */
    static TableColumn<@Nullable QueueLine, @Nullable QueueLine> twoLines(Messages messages, String titleKey,
                                                                            double width, Function<QueueLine, String> text,
                                                                            Function<QueueLine, String> second,
                                                                            Function<QueueLine, List<String>> styles) {
        TableColumn<@Nullable QueueLine, @Nullable QueueLine> column = column(messages, titleKey, width, text, styles);
        column.setCellFactory(c -> new TwoLineCell(text, second, styles));
        return column;
    }

    private static final class TwoLineCell extends TableCell<@Nullable QueueLine, @Nullable QueueLine> {
        private final Function<QueueLine, String> text;
        private final Function<QueueLine, String> second;
        private final Function<QueueLine, List<String>> styles;
        private final Label top = new Label();
        private final Label bottom = new Label();
        private final VBox box = new VBox(0, top, bottom);
        private List<String> applied = List.of();

        TwoLineCell(Function<QueueLine, String> text, Function<QueueLine, String> second,
                    Function<QueueLine, List<String>> styles) {
            this.text = text;
            this.second = second;
            this.styles = styles;
            bottom.getStyleClass().addAll("second-line");
            setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        }

        @Override
        protected void updateItem(@Nullable QueueLine line, boolean empty) {
            super.updateItem(line, empty);
            top.getStyleClass().removeAll(applied);
            if (empty || line == null) {
                setGraphic(null);
                applied = List.of();
                return;
            }
            top.setText(text.apply(line));
            bottom.setText(second.apply(line));
            applied = styles.apply(line);
            top.getStyleClass().addAll(applied);
            setGraphic(box);
        }
    }

    private static final class LineCell extends TableCell<@Nullable QueueLine, @Nullable QueueLine> {
        private final Function<QueueLine, String> text;
        private final Function<QueueLine, List<String>> styles;
        private List<String> applied = List.of();

        LineCell(Function<QueueLine, String> text, Function<QueueLine, List<String>> styles) {
            this.text = text;
            this.styles = styles;
        }

        @Override
        protected void updateItem(@Nullable QueueLine line, boolean empty) {
            super.updateItem(line, empty);
            getStyleClass().removeAll(applied);
            if (empty || line == null) {
                setText(null);
                applied = List.of();
                return;
            }
            setText(text.apply(line));
            applied = styles.apply(line);
            getStyleClass().addAll(applied);
        }
    }
}
