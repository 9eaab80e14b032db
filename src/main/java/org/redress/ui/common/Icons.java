package org.redress.ui.common;

import atlantafx.base.theme.Styles;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** Feather icons; an icon-only button always carries accessible text and a tooltip saying what it does. */
public final class Icons {

    private Icons() {
    }

    public static FontIcon icon(Feather feather) {
        FontIcon icon = new FontIcon(feather);
        icon.getStyleClass().add("icon");
        return icon;
    }

    /** A button showing only an icon; {@code text} is what a screen reader says and the tooltip shows. */
    public static Button iconButton(Feather feather, ObservableStringValue text) {
        Button button = new Button();
        button.setGraphic(icon(feather));
        button.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        button.accessibleTextProperty().bind(text);
        Tooltip tooltip = new Tooltip();
        tooltip.textProperty().bind(text);
        button.setTooltip(tooltip);
        return button;
    }

    /** A button with an icon and a label. */
    public static Button button(Feather feather, ObservableStringValue text) {
        Button button = new Button();
        button.textProperty().bind(text);
        button.setGraphic(icon(feather));
        // A button's words are never cut to "…": the row around it wraps or gives way instead.
        button.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return button;
    }
}
