package org.redress.ui.sync;

import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.PasswordField;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.redress.sync.OpenConflict;
import org.redress.sync.OutboxRow;
import org.redress.sync.SyncStatus;
import org.redress.ui.common.Icons;
import org.redress.ui.common.Messages;
import org.redress.ui.common.Titles;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * The Sync screen: the sync state with "Sync now" (and signing in to the hub when it asks), then
 * tabs for what waits to be sent, what the hub refused (with its reason), what it kept as a
 * conflict, and, for supervisors, the Conflicts queue: the competing decisions of a case side by
 * side, one chosen, a reason given, and the resolution naming every decision shown.
 */
public final class SyncView {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final SyncViewModel model;
    private final Messages messages;
    private final ZoneId zone;
    private final VBox root;
    private final VBox conflictDetail = new VBox(10);

    public SyncView(SyncViewModel model, Messages messages, ZoneId zone) {
        this.model = model;
        this.messages = messages;
        this.zone = zone;
        Label title = Titles.screen(messages, "sync.title");
        Label line = new Label();
        line.setId("sync-line");
        line.textProperty().bind(model.lineProperty());
        line.setWrapText(true);
        Button now = Icons.button(Feather.REFRESH_CW, messages.text("sync.now"));
        now.setId("sync-now");
        now.setOnAction(e -> model.syncNow());
        Label message = new Label();
        message.setId("sync-message");
        message.textProperty().bind(model.messageProperty());
        message.setWrapText(true);
        message.getStyleClass().add(Styles.TEXT_MUTED);
        HBox top = new HBox(12, line, now);
        top.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(line, Priority.ALWAYS);
        TabPane tabs = new TabPane(
                tab("sync.pending", list(model.pending(), "sync.none.pending")),
                tab("sync.rejected", list(model.rejected(), "sync.none.rejected")),
                tab("sync.conflicted", list(model.conflicted(), "sync.none.conflicted")));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        if (model.supervisor()) {
            tabs.getTabs().add(tab("conflicts.title", conflictsQueue()));
        }
        if (model.managesDevices()) {
            Tab devices = tab("devices.title", DevicesPane.create(model, messages));
            devices.setId("devices-tab");
            devices.setOnSelectionChanged(e -> {
                if (devices.isSelected()) {
                    model.loadDevices();
                }
            });
            tabs.getTabs().add(devices);
        }
        VBox.setVgrow(tabs, Priority.ALWAYS);
        root = new VBox(12, title, top, signInRow(), message, tabs);
        root.setPadding(new Insets(16, 20, 16, 20));
        model.refresh();
    }

    private Tab tab(String key, Node content) {
        Tab tab = new Tab();
        tab.textProperty().bind(messages.text(key));
        tab.setContent(content);
        return tab;
    }

    private Node signInRow() {
        PasswordField password = new PasswordField();
        password.promptTextProperty().bind(messages.text("sync.password"));
        Button signIn = Icons.button(Feather.LOG_IN, messages.text("sync.signIn"));
        signIn.setOnAction(e -> {
            model.signIn(password.getText().toCharArray());
            password.clear();
        });
        Label why = new Label();
        why.textProperty().bind(messages.text("sync.signInNeeded"));
        HBox row = new HBox(10, why, password, signIn);
        row.setAlignment(Pos.CENTER_LEFT);
        row.visibleProperty().bind(model.statusProperty().map(s -> s.connection() == SyncStatus.Connection.SIGN_IN_NEEDED)
                .orElse(false));
        row.managedProperty().bind(row.visibleProperty());
        return row;
    }

    private ListView<OutboxRow> list(javafx.collections.ObservableList<OutboxRow> rows, String emptyKey) {
        ListView<OutboxRow> view = new ListView<>(rows);
        view.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(OutboxRow row, boolean empty) {
                super.updateItem(row, empty);
                setText(empty || row == null ? null : describe(row));
            }
        });
        Label none = new Label();
        none.textProperty().bind(messages.text(emptyKey));
        view.setPlaceholder(none);
        return view;
    }

    String describe(OutboxRow row) {
        String kind = messages.getOr("sync.kind." + row.kind(), row.kind());
        String text = "#" + row.seq() + "  " + kind + " · " + row.label() + " · "
                + TIME.format(row.createdAt().atZone(zone));
        // The hub's refusal in the officer's language: the domain's reason by its code, as refusals here are worded.
        String words = row.refusal() == null ? row.reason()
                : row.refusal().render((key, args) -> messages.has(key) ? messages.get(key, args) : null);
        return words == null ? text : text + "\n" + words;
    }

    private Node conflictsQueue() {
        ListView<OpenConflict> list = new ListView<>(model.conflicts());
        list.setId("conflicts-list");
        list.setPrefWidth(220);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(OpenConflict c, boolean empty) {
                super.updateItem(c, empty);
                setText(empty || c == null ? null
                        : c.caseNo() + " · " + messages.get("conflicts.count", c.decisions().size()));
            }
        });
        Label none = new Label();
        none.textProperty().bind(messages.text("conflicts.none"));
        list.setPlaceholder(none);
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> showConflict(now));
        HBox box = new HBox(16, list, conflictDetail);
        HBox.setHgrow(conflictDetail, Priority.ALWAYS);
        box.setPadding(new Insets(10, 0, 0, 0));
        return box;
    }

    private void showConflict(OpenConflict conflict) {
        conflictDetail.getChildren().clear();
        if (conflict == null) {
            return;
        }
        Label heading = new Label(messages.get("conflicts.heading", conflict.caseNo(), conflict.decisions().size()));
        heading.getStyleClass().add(Styles.TITLE_4);
        ToggleGroup choice = new ToggleGroup();
        HBox sideBySide = new HBox(12);
        for (OpenConflict.Competing d : conflict.decisions()) {
            RadioButton choose = new RadioButton(messages.get("conflicts.choose"));
            choose.setUserData(d.decisionId());
            choose.setToggleGroup(choice);
            Label who = new Label(d.drafter() + " · " + d.draftedAt());
            who.getStyleClass().add(Styles.TEXT_BOLD);
            Label seen = new Label(messages.get("conflicts.baseVersion", d.baseVersion()));
            seen.getStyleClass().add(Styles.TEXT_MUTED);
            Label reasons = new Label(d.reasons());
            reasons.setWrapText(true);
            Label outcomes = new Label(d.outcomes());
            outcomes.setWrapText(true);
            VBox card = new VBox(6, who, seen, reasons, outcomes, choose);
            card.getStyleClass().add("conflict-card");
            card.setPadding(new Insets(10));
            card.setStyle("-fx-border-color: -color-border-default; -fx-border-radius: 6;");
            card.setPrefWidth(260);
            HBox.setHgrow(card, Priority.ALWAYS);
            sideBySide.getChildren().add(card);
        }
        TextArea reason = new TextArea();
        reason.promptTextProperty().bind(messages.text("conflicts.reason"));
        reason.setPrefRowCount(3);
        Button resolve = Icons.button(Feather.CHECK, messages.text("conflicts.resolve"));
        resolve.setId("conflicts-resolve");
        resolve.disableProperty().bind(choice.selectedToggleProperty().isNull().or(reason.textProperty().isEmpty()));
        resolve.setOnAction(e -> model.resolve(conflict, (String) choice.getSelectedToggle().getUserData(),
                reason.getText()));
        conflictDetail.getChildren().addAll(heading, sideBySide, reason, resolve);
    }

    public Parent root() {
        return root;
    }
}
