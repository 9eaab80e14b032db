package org.redress.ui.settings;

import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.jspecify.annotations.Nullable;
import org.redress.ui.common.Appearance;
import org.redress.ui.common.Messages;
import org.redress.ui.common.Titles;

import java.util.Arrays;
import java.util.Locale;

/** Settings: language, theme and UI scale, each applied as soon as it is chosen. */
public final class SettingsView {

    private final VBox root = new VBox(16);

    public SettingsView(SettingsViewModel model, Messages messages, String workspaceFolder) {
        Label title = Titles.screen(messages, "settings.title");

        ToggleGroup languages = new ToggleGroup();
        HBox languageBox = new HBox(16);
        for (Locale locale : Messages.LANGUAGES) {
            RadioButton button = new RadioButton(Messages.load(locale).getString("language.self"));
            button.setId("settings-language-" + locale.getLanguage());
            button.setToggleGroup(languages);
            button.setUserData(locale);
            button.setSelected(locale.equals(model.languageProperty().get()));
            languageBox.getChildren().add(button);
        }
        languages.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now != null) {
                model.languageProperty().set((Locale) now.getUserData());
            }
        });
        model.languageProperty().addListener((obs, old, now) -> languages.getToggles().stream()
                .filter(t -> t.getUserData().equals(now)).findFirst().ifPresent(t -> t.setSelected(true)));

        ToggleGroup themes = new ToggleGroup();
        HBox themeBox = new HBox(16);
        for (Appearance.Theme theme : Appearance.Theme.values()) {
            RadioButton button = new RadioButton();
            button.setId("settings-theme-" + theme.name().toLowerCase(Locale.ROOT));
            button.textProperty().bind(messages.text("settings.theme." + theme.name()));
            button.setToggleGroup(themes);
            button.setUserData(theme);
            button.setSelected(theme == model.themeProperty().get());
            themeBox.getChildren().add(button);
        }
        themes.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now != null) {
                model.themeProperty().set((Appearance.Theme) now.getUserData());
            }
        });

        ComboBox<Double> scale = new ComboBox<>();
        scale.setId("settings-scale");
        scale.getItems().setAll(Arrays.stream(SettingsViewModel.SCALES).boxed().toList());
        scale.setConverter(new StringConverter<>() {
            @Override
            public String toString(Double value) {
                return value == null ? "" : Math.round(value * 100) + " %";
            }

            @Override
            public Double fromString(String text) {
                return Double.parseDouble(text.replace("%", "").strip()) / 100;
            }
        });
        scale.setValue(model.scaleProperty().get());
        scale.valueProperty().addListener((obs, old, now) -> {
            if (now != null) {
                model.scaleProperty().set(now);
            }
        });

        GridPane grid = new GridPane();
        grid.setHgap(24);
        grid.setVgap(18);
        row(grid, 0, messages, "settings.language", languageBox, null);
        row(grid, 1, messages, "settings.theme", themeBox, null);
        row(grid, 2, messages, "settings.scale", scale, "settings.scale.hint");
        Label folder = new Label(workspaceFolder);
        folder.getStyleClass().add(Styles.TEXT_MUTED);
        folder.setWrapText(true);
        row(grid, 3, messages, "settings.workspace", folder, null);
        scale.accessibleTextProperty().bind(messages.text("settings.scale"));

        root.getChildren().addAll(title, grid);
        root.setPadding(new Insets(16, 20, 16, 20));
        root.setAlignment(Pos.TOP_LEFT);
    }

    private static void row(GridPane grid, int row, Messages messages, String key, Node control, @Nullable String hintKey) {
        Label label = new Label();
        label.textProperty().bind(messages.text(key));
        label.setLabelFor(control);
        label.getStyleClass().add(Styles.TEXT_BOLD);
        VBox cell = new VBox(4, control);
        if (hintKey != null) {
            Label hint = new Label();
            hint.textProperty().bind(messages.text(hintKey));
            hint.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
            cell.getChildren().add(hint);
        }
        grid.add(label, 0, row);
        grid.add(cell, 1, row);
    }

    /** Adds a section below the settings (the officer's signing key). */
    public SettingsView with(Node section) {
        root.getChildren().add(section);
        return this;
    }

    public Parent root() {
        return root;
    }
}
