package org.redress.ui.casefile;

import atlantafx.base.theme.Styles;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** Small building blocks of the case workspace: titled cards, labels, badges. */
final class Cards {

    private Cards() {
    }

    static VBox card(String title, Node... content) {
        Label heading = new Label(title);
        heading.getStyleClass().addAll(Styles.TITLE_4, "card-title");
        VBox card = new VBox(8, heading);
        card.getChildren().addAll(content);
        card.getStyleClass().add("case-card");
        return card;
    }

    static Label text(String text, String... styles) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.getStyleClass().addAll(styles);
        return label;
    }

    static Label muted(String text) {
        return text(text, Styles.TEXT_MUTED);
    }

    static Label badge(String text, String... styles) {
        Label label = new Label(text);
        label.getStyleClass().add("badge");
        label.getStyleClass().addAll(styles);
        return label;
    }
}
