package org.redress.ui.settings;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.redress.casework.CaseworkFixture;
import org.redress.casework.WorkstationSettings;
import org.redress.ui.ImmediateTasks;
import org.redress.ui.common.Appearance;
import org.redress.ui.common.Messages;

import static org.assertj.core.api.Assertions.assertThat;

class SettingsViewModelTest {

    private static CaseworkFixture fixture;

    @BeforeAll
    static void workspace() {
        fixture = CaseworkFixture.create();
    }

    @AfterAll
    static void close() {
        fixture.close();
    }

    @Test
    void language_theme_and_scale_change_at_once_and_are_kept_in_the_workspace() {
        Messages messages = new Messages(Messages.ENGLISH);
        Appearance appearance = new Appearance();
        WorkstationSettings settings = new WorkstationSettings(fixture.database, CaseworkFixture.clockOn(CaseworkFixture.TODAY));
        SettingsViewModel model = new SettingsViewModel(messages, appearance, settings, ImmediateTasks.create(),
                fixture.officer("wang.fang"));

        model.toggleLanguage();
        model.themeProperty().set(Appearance.Theme.DARK);
        model.scaleProperty().set(1.25);

        assertThat(messages.get("nav.SETTINGS")).isEqualTo("设置");
        assertThat(settings.all()).containsEntry(SettingsViewModel.LANGUAGE, "zh-CN")
                .containsEntry(SettingsViewModel.THEME, "DARK").containsEntry(SettingsViewModel.SCALE, "1.25");
        model.toggleLanguage();
        assertThat(settings.all()).containsEntry(SettingsViewModel.LANGUAGE, "en");
    }
}
