package org.redress.ui.sync;

import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.redress.sync.OfficeDevices;
import org.redress.ui.common.Icons;
import org.redress.ui.common.Messages;

/**
 * The Devices tab of the Sync screen, for supervisors and administrators (issue 13, item 4): the
 * office's workstations as the hub holds them (pending, approved, revoked), each with its name,
 * short id and key fingerprint to compare with what the workstation shows, and Approve / Revoke for
 * the one selected. The hub decides: it checks the role and the office and records who decided.
 */
final class DevicesPane {

    private DevicesPane() {
    }

    static Node create(SyncViewModel model, Messages messages) {
        ListView<OfficeDevices.Device> list = new ListView<>(model.devices());
        list.setId("devices-list");
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(OfficeDevices.Device d, boolean empty) {
                super.updateItem(d, empty);
                setText(empty || d == null ? null : describe(messages, d));
            }
        });
        Label none = new Label();
        none.textProperty().bind(messages.text("devices.none"));
        list.setPlaceholder(none);
        Button refresh = Icons.button(Feather.REFRESH_CW, messages.text("devices.refresh"));
        refresh.setId("devices-refresh");
        refresh.setOnAction(e -> model.loadDevices());
        Button approve = Icons.button(Feather.CHECK, messages.text("devices.approve"));
        approve.setId("devices-approve");
        Button revoke = Icons.button(Feather.SLASH, messages.text("devices.revoke"));
        revoke.setId("devices-revoke");
        revoke.getStyleClass().add(Styles.DANGER);
        approve.setDisable(true);
        revoke.setDisable(true);
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            approve.setDisable(now == null || !(now.status().equals("PENDING") || now.status().equals("REVOKED")));
            revoke.setDisable(now == null || !(now.status().equals("PENDING") || now.status().equals("APPROVED")));
        });
        approve.setOnAction(e -> decide(model, list, true));
        revoke.setOnAction(e -> decide(model, list, false));
        Label message = new Label();
        message.setId("devices-message");
        message.textProperty().bind(model.devicesMessageProperty());
        message.setWrapText(true);
        message.getStyleClass().add(Styles.TEXT_MUTED);
        HBox actions = new HBox(10, refresh, approve, revoke);
        actions.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(10, actions, message, list);
        VBox.setVgrow(list, Priority.ALWAYS);
        box.setPadding(new Insets(10, 0, 0, 0));
        return box;
    }

    private static void decide(SyncViewModel model, ListView<OfficeDevices.Device> list, boolean approve) {
        OfficeDevices.Device selected = list.getSelectionModel().getSelectedItem();
        if (selected != null) {
            model.decideDevice(selected, approve);
        }
    }

    static String describe(Messages messages, OfficeDevices.Device d) {
        String status = messages.getOr("devices.status." + d.status(), d.status());
        String key = d.fingerprint() == null ? "—" : d.fingerprint().substring(0, Math.min(16, d.fingerprint().length()));
        return messages.get("devices.line", d.name().isBlank() ? d.shortId() : d.name(), status, d.shortId(), key,
                d.enrolledBy() == null ? "—" : d.enrolledBy());
    }
}
