package org.redress.ui.common;

import atlantafx.base.theme.Styles;
import javafx.scene.control.Label;

/** The title at the top of a screen, in the current language and the screens' one style. */
public final class Titles {

    private Titles() {
    }

    public static Label screen(Messages messages, String key) {
        Label title = new Label();
        title.textProperty().bind(messages.text(key));
        title.getStyleClass().add(Styles.TITLE_3);
        return title;
    }
}
