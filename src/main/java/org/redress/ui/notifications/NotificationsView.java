package org.redress.ui.notifications;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.redress.casework.ReminderService;
import org.redress.ui.common.Icons;
import org.redress.ui.common.Messages;
import org.redress.ui.common.Titles;

/**
 * The notifications panel: one line per reminder (what is due, the case, the date, working days
 * left or overdue, and the caveat where the date was counted over a year without its published
 * holiday notice); a double click or Enter opens the case; a supervisor approves or refuses the
 * extension request chosen.
 */
public final class NotificationsView {

    private final NotificationsViewModel model;
    private final Messages messages;
    private final VBox root = new VBox(12);
    private final TableView<ReminderService.Reminder> table = new TableView<>();

    public NotificationsView(NotificationsViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        Label title = Titles.screen(messages, "notifications.title");
        Label intro = new Label();
        intro.textProperty().bind(messages.text("notifications.intro"));
        intro.getStyleClass().add(Styles.TEXT_MUTED);
        intro.setWrapText(true);
        Label message = new Label();
        message.setId("notifications-message");
        message.textProperty().bind(model.messageProperty());
        message.visibleProperty().bind(model.messageProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
        buildTable();
        VBox.setVgrow(table, Priority.ALWAYS);
        root.getChildren().addAll(title, intro, toolbar(), message, table);
        root.setPadding(new Insets(16, 20, 16, 20));
    }

    private HBox toolbar() {
        Button refresh = Icons.button(Feather.REFRESH_CW, messages.text("notifications.refresh"));
        refresh.setId("notifications-refresh");
        refresh.setOnAction(e -> model.refresh());
        Button open = Icons.button(Feather.FOLDER, messages.text("notifications.open"));
        open.setId("notifications-open");
        open.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        open.setOnAction(e -> openChosen());
        HBox bar = new HBox(8, refresh, open);
        bar.setAlignment(Pos.CENTER_LEFT);
        if (model.decidesExtensions()) {
            var extension = Bindings.createBooleanBinding(() -> {
                ReminderService.Reminder r = table.getSelectionModel().getSelectedItem();
                return r == null || r.kind() != ReminderService.Kind.EXTENSION_PENDING;
            }, table.getSelectionModel().selectedItemProperty());
            Button approve = Icons.button(Feather.CHECK, messages.text("notifications.extension.approve"));
            approve.setId("notifications-approve");
            approve.disableProperty().bind(extension);
            approve.setOnAction(e -> model.decide(table.getSelectionModel().getSelectedItem(), true));
            Button refuse = Icons.button(Feather.X, messages.text("notifications.extension.refuse"));
            refuse.setId("notifications-refuse");
            refuse.disableProperty().bind(extension);
            refuse.setOnAction(e -> model.decide(table.getSelectionModel().getSelectedItem(), false));
            bar.getChildren().addAll(approve, refuse);
        }
        return bar;
    }

    private void buildTable() {
        table.setId("notifications-table");
        table.setItems(model.rows());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.placeholderProperty().set(placeholder());
        // The words follow the language: a change of language redraws the rows.
        messages.localeProperty().addListener((obs, old, now) -> table.refresh());
        TableColumn<ReminderService.Reminder, String> kind = column("notifications.column.kind", 190,
                r -> messages.get("reminder.kind." + r.kind().name()));
        TableColumn<ReminderService.Reminder, String> caseNo = column("notifications.column.case", 150,
                ReminderService.Reminder::caseNo);
        TableColumn<ReminderService.Reminder, String> due = column("notifications.column.due", 120,
                r -> messages.date(r.due()));
        TableColumn<ReminderService.Reminder, String> left = column("notifications.column.left", 170, this::left);
        TableColumn<ReminderService.Reminder, String> caveat = column("notifications.column.caveat", 300,
                r -> r.caveat() ? messages.get("reminder.caveat") : "");
        table.getColumns().setAll(java.util.List.of(kind, caseNo, due, left, caveat));
        table.setRowFactory(t -> {
            TableRow<ReminderService.Reminder> row = new TableRow<>() {
                @Override
                protected void updateItem(ReminderService.Reminder item, boolean empty) {
                    super.updateItem(item, empty);
                    getStyleClass().removeAll("reminder-overdue");
                    if (!empty && item != null && item.overdue()) {
                        getStyleClass().add("reminder-overdue");
                    }
                }
            };
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    model.open(row.getItem());
                }
            });
            return row;
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER) {
                openChosen();
            }
        });
    }

    private Label placeholder() {
        Label none = new Label();
        none.textProperty().bind(messages.text("notifications.none"));
        return none;
    }

    private String left(ReminderService.Reminder r) {
        if (r.kind() == ReminderService.Kind.LAPSED) {
            return messages.get("reminder.lapsed");
        }
        if (r.workingDaysLeft() < 0) {
            return messages.get("reminder.overdue", -r.workingDaysLeft());
        }
        return r.workingDaysLeft() == 0 ? messages.get("reminder.today") : messages.get("reminder.left", r.workingDaysLeft());
    }

    private void openChosen() {
        ReminderService.Reminder r = table.getSelectionModel().getSelectedItem();
        if (r != null) {
            model.open(r);
        }
    }

    private TableColumn<ReminderService.Reminder, String> column(String key, double width,
                                                                 java.util.function.Function<ReminderService.Reminder, String> value) {
        TableColumn<ReminderService.Reminder, String> column = new TableColumn<>();
        column.textProperty().bind(messages.text(key));
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        return column;
    }

    /** The status bar's part: a bell with the count; a click opens the panel. */
    public static Button statusButton(NotificationsViewModel model, Messages messages, Runnable show) {
        Button bell = new Button();
        bell.setId("status-reminders");
        bell.setGraphic(Icons.icon(Feather.BELL));
        bell.getStyleClass().add(Styles.FLAT);
        bell.setPadding(javafx.geometry.Insets.EMPTY);
        bell.textProperty().bind(Bindings.createStringBinding(() -> messages.get("status.reminders",
                model.countProperty().get()), model.countProperty(), messages.localeProperty()));
        bell.setOnAction(e -> show.run());
        return bell;
    }

    public Parent root() {
        return root;
    }
}
