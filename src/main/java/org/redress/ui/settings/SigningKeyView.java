package org.redress.ui.settings;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.redress.ui.common.Messages;

/** The Settings section for the signed-in officer's letter-signing key. */
public final class SigningKeyView {

    private final VBox root = new VBox(8);

    public SigningKeyView(SigningKeyViewModel model, Messages messages) {
        Label title = new Label();
        title.textProperty().bind(messages.text("signingkey.title"));
        title.getStyleClass().add(Styles.TEXT_BOLD);

        Label status = new Label();
        status.setId("signing-key-status");
        status.setWrapText(true);
        status.textProperty().bind(Bindings.createStringBinding(() -> model.describe(model.statusProperty().get()),
                model.statusProperty(), messages.localeProperty()));

        Label hint = new Label();
        hint.textProperty().bind(messages.text("signingkey.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);

        Button enrol = new Button();
        enrol.setId("signing-key-enrol");
        enrol.textProperty().bind(Bindings.createStringBinding(() -> messages.get(
                        model.statusProperty().get().enrolled() ? "signingkey.renew" : "signingkey.enrol"),
                model.statusProperty(), messages.localeProperty()));
        enrol.disableProperty().bind(model.busyProperty());
        enrol.setOnAction(e -> model.enrol());
        ProgressIndicator working = new ProgressIndicator();
        working.setPrefSize(18, 18);
        working.visibleProperty().bind(model.busyProperty());

        Label message = new Label();
        message.setId("signing-key-message");
        message.textProperty().bind(model.messageProperty());
        message.getStyleClass().add(Styles.SUCCESS);
        Label error = new Label();
        error.setId("signing-key-error");
        error.setWrapText(true);
        error.textProperty().bind(model.errorProperty());
        error.getStyleClass().add(Styles.DANGER);

        root.getChildren().addAll(title, status, hint, new HBox(8, enrol, working), message, error);
        root.setId("signing-key");
        model.refresh();
    }

    public Parent root() {
        return root;
    }
}
