package org.redress.ui.shell;

import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.redress.ui.common.Icons;
import org.redress.ui.common.Messages;

/** A screen whose module is not in this version yet: it says what it will hold and what to do meanwhile. */
final class LaterView {

    private final VBox root;

    LaterView(Messages messages, String key) {
        Label title = new Label();
        title.textProperty().bind(messages.text(key + ".title"));
        title.getStyleClass().add(Styles.TITLE_3);
        Label body = new Label();
        body.textProperty().bind(messages.text(key + ".empty"));
        body.setWrapText(true);
        body.setMaxWidth(620);
        body.getStyleClass().add(Styles.TEXT_MUTED);
        VBox empty = new VBox(10, Icons.icon(key.equals("sync") ? Feather.CLOUD_OFF : Feather.FILE_TEXT), body);
        empty.setAlignment(Pos.CENTER);
        empty.getStyleClass().add("empty-state");
        VBox.setVgrow(empty, javafx.scene.layout.Priority.ALWAYS);
        root = new VBox(16, title, empty);
        root.setPadding(new Insets(16, 20, 16, 20));
    }

    Parent root() {
        return root;
    }
}
