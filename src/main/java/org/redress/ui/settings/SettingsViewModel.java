package org.redress.ui.settings;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import org.redress.casework.WorkstationSettings;
import org.redress.domain.access.Officer;
import org.redress.ui.common.Appearance;
import org.redress.ui.common.FxTasks;
import org.redress.ui.common.Messages;

import java.util.Locale;

/**
 * Language, theme and UI scale: changed at once on screen, and kept in the workspace's settings
 * (in the background) so the next start opens the same way.
 */
public final class SettingsViewModel {

    public static final String LANGUAGE = "ui.language";
    public static final String THEME = "ui.theme";
    public static final String SCALE = "ui.scale";
    public static final double[] SCALES = {0.9, 1.0, 1.1, 1.25, 1.5, 1.75, 2.0};

    private final Messages messages;
    private final Appearance appearance;

    public SettingsViewModel(Messages messages, Appearance appearance, WorkstationSettings settings, FxTasks tasks,
                             Officer officer) {
        this.messages = messages;
        this.appearance = appearance;
        messages.localeProperty().addListener((obs, old, now) ->
                tasks.run(() -> settings.put(officer, LANGUAGE, now.toLanguageTag())).start());
        appearance.themeProperty().addListener((obs, old, now) ->
                tasks.run(() -> settings.put(officer, THEME, now.name())).start());
        appearance.scaleProperty().addListener((obs, old, now) ->
                tasks.run(() -> settings.put(officer, SCALE, Double.toString(now.doubleValue()))).start());
    }

    public ObjectProperty<Locale> languageProperty() {
        return messages.localeProperty();
    }

    public ObjectProperty<Appearance.Theme> themeProperty() {
        return appearance.themeProperty();
    }

    public DoubleProperty scaleProperty() {
        return appearance.scaleProperty();
    }

    /** English ⇄ Chinese (Ctrl+L). */
    public void toggleLanguage() {
        messages.localeProperty().set(messages.isChinese() ? Messages.ENGLISH : Messages.CHINESE);
    }
}
