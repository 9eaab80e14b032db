package org.redress.ui.letters;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.jspecify.annotations.Nullable;
import org.kordamp.ikonli.feather.Feather;
import org.redress.casework.LetterLine;
import org.redress.ui.common.Icons;
import org.redress.ui.common.Messages;
import org.redress.ui.common.Titles;

import java.time.ZoneId;
import java.util.List;
import java.util.function.Function;

/**
 * The letters screen: issue the letter of one decided case or of all of them (progress, cancel),
 * the letters issued with the chosen one's first page beside them, and the folder they are kept in.
 */
public final class LettersView {

    private final LettersViewModel model;
    private final Messages messages;
    private final ZoneId zone;
    private final VBox root = new VBox(12);
    /** The letters chosen in the table (several with Ctrl or Shift): what Print takes, in list order. */
    private final javafx.collections.ObservableList<LetterLine> selected = javafx.collections.FXCollections.observableArrayList();

    public LettersView(LettersViewModel model, Messages messages, ZoneId zone) {
        this.model = model;
        this.messages = messages;
        this.zone = zone;
        Label title = Titles.screen(messages, "letters.title");
        Label message = new Label();
        message.setId("letters-message");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        message.visibleProperty().bind(model.messageProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
        TableView<LetterLine> table = table();
        SplitPane split = new SplitPane(table, preview());
        split.setDividerPositions(0.58);
        VBox.setVgrow(split, Priority.ALWAYS);
        root.getChildren().addAll(title, toolbar(), message, split);
        table.getSelectionModel().getSelectedItems().addListener((javafx.collections.ListChangeListener<LetterLine>) change ->
                selected.setAll(table.getSelectionModel().getSelectedItems().stream()
                        .filter(java.util.Objects::nonNull).sorted(java.util.Comparator.comparingInt(table.getItems()::indexOf))
                        .toList()));
        root.setPadding(new Insets(16, 20, 16, 20));
    }

    private HBox toolbar() {
        ComboBox<@Nullable String> cases = new ComboBox<>(model.waiting());
        cases.setId("letters-case");
        cases.valueProperty().bindBidirectional(model.caseToIssueProperty());
        cases.setPrefWidth(190);
        cases.accessibleTextProperty().bind(messages.text("letters.case"));
        cases.promptTextProperty().bind(messages.text("letters.none.waiting"));
        Label casesLabel = new Label();
        casesLabel.textProperty().bind(messages.text("letters.case"));
        casesLabel.setLabelFor(cases);
        Button one = Icons.button(Feather.FILE_PLUS, messages.text("letters.issue"));
        one.setId("letters-issue");
        one.disableProperty().bind(model.busyProperty().or(model.caseToIssueProperty().isNull()));
        one.setOnAction(e -> model.issueOne());
        Button all = new Button();
        all.setId("letters-issue-all");
        all.setGraphic(Icons.icon(Feather.LAYERS));
        all.textProperty().bind(Bindings.createStringBinding(() -> messages.get("letters.issueAll",
                model.waitingCountProperty().get()), model.waitingCountProperty(), messages.localeProperty()));
        all.disableProperty().bind(model.busyProperty().or(model.waitingCountProperty().isEqualTo(0)));
        all.setOnAction(e -> model.issueAll());
        Button cancel = new Button();
        cancel.setId("letters-cancel");
        cancel.textProperty().bind(messages.text("letters.cancel"));
        cancel.visibleProperty().bind(model.batchRunningProperty());
        cancel.managedProperty().bind(cancel.visibleProperty());
        cancel.setOnAction(e -> model.cancel());
        ProgressBar progress = new ProgressBar();
        progress.setId("letters-progress");
        progress.progressProperty().bind(model.progressProperty());
        progress.visibleProperty().bind(model.batchRunningProperty());
        progress.managedProperty().bind(progress.visibleProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button print = Icons.button(Feather.PRINTER, messages.text("letters.print"));
        print.setId("letters-print");
        print.disableProperty().bind(Bindings.isEmpty(selected));
        print.setOnAction(e -> model.print(print.getScene().getWindow(), List.copyOf(selected)));
        Button folder = Icons.button(Feather.FOLDER, messages.text("letters.folder"));
        folder.setId("letters-folder");
        folder.setTooltip(new Tooltip(model.folder().toString()));
        folder.setOnAction(e -> model.openFolder());
        HBox bar = new HBox(10, casesLabel, cases, one, all, cancel, progress, spacer, print, folder);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private TableView<LetterLine> table() {
        TableView<LetterLine> table = new TableView<>(model.letters());
        table.setId("letters-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getSelectionModel().setSelectionMode(javafx.scene.control.SelectionMode.MULTIPLE);
        table.getColumns().setAll(List.of(
                column("letters.col.reference", LetterLine::referenceNo, 170),
                column("letters.col.case", LetterLine::caseNo, 130),
                column("letters.col.language", l -> messages.getOr("letters.language." + l.language(), l.language()), 90),
                column("letters.col.issued", l -> messages.dateTime(l.issuedAt(), zone), 130),
                column("letters.col.by", l -> l.issuedBy() == null ? messages.get("evidence.bySystem") : l.issuedBy(), 90),
                column("letters.col.state", this::state, 140)));
        Label empty = new Label();
        empty.textProperty().bind(messages.text("letters.none"));
        empty.setWrapText(true);
        table.setPlaceholder(empty);
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                model.chosenProperty().set(now);
            }
        });
        model.chosenProperty().addListener((obs, old, now) -> {
            if (now != null && now != table.getSelectionModel().getSelectedItem()) {
                table.getSelectionModel().select(now);
            }
        });
        return table;
    }

    private String state(LetterLine line) {
        String signed = messages.get(line.signed() ? "letters.signed" : "letters.unsigned");
        return line.supersededBy() == null ? signed : messages.get("letters.superseded", line.supersededBy());
    }

    private TableColumn<LetterLine, String> column(String key, Function<LetterLine, String> value, double width) {
        TableColumn<LetterLine, String> column = new TableColumn<>();
        column.textProperty().bind(messages.text(key));
        column.setCellValueFactory(cell -> new javafx.beans.property.ReadOnlyStringWrapper(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        column.setSortable(false);
        return column;
    }

    private StackPane preview() {
        ImageView image = new ImageView();
        image.setId("letters-preview");
        image.setPreserveRatio(true);
        image.setFitWidth(460);
        image.accessibleTextProperty().bind(messages.text("letters.preview"));
        Label none = new Label();
        none.setWrapText(true);
        none.getStyleClass().add(Styles.TEXT_MUTED);
        none.textProperty().bind(Bindings.createStringBinding(() -> messages.get(model.chosenProperty().get() == null
                ? "letters.preview.choose" : "letters.preview.rendering"), model.chosenProperty(), messages.localeProperty()));
        none.visibleProperty().bind(model.previewProperty().isNull());
        model.previewProperty().addListener((obs, old, now) ->
                image.setImage(now == null ? null : SwingFXUtils.toFXImage(now, null)));
        StackPane canvas = new StackPane(image, none);
        canvas.getStyleClass().add("preview-canvas");
        canvas.setPadding(new Insets(8));
        ScrollPane scroll = new ScrollPane(canvas);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        return new StackPane(scroll);
    }

    public Parent root() {
        return root;
    }
}
