package org.redress.ui.templates;

import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redress.casework.Officers;
import org.redress.domain.access.Officer;
import org.redress.letters.LetterSettings;
import org.redress.letters.templates.LetterTemplates;
import org.redress.letters.templates.NoticeKind;
import org.redress.letters.templates.TemplateService;
import org.redress.store.Database;
import org.redress.store.OfficerRepository;
import org.redress.store.OfficerRow;
import org.redress.store.SettingsRepository;
import org.redress.store.Workspace;
import org.redress.ui.common.Appearance;
import org.redress.ui.common.FxRuntime;
import org.redress.ui.common.FxTasks;
import org.redress.ui.common.Messages;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import javax.imageio.ImageIO;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The letter template editor on the Headless platform: the preview follows the typing, a field the
 * kind does not have is named at once and the text cannot be saved, a valid edit saves as a new
 * version, and the editor speaks Chinese when the screen does.
 */
class TemplateEditorUiTest {

    @TempDir
    static Path folder;
    static Database database;
    static Officer admin;
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-20T02:00:00Z"), ZoneOffset.UTC);

    final FxRobot robot = new FxRobot();
    FxTasks tasks;
    Messages messages;
    Stage stage;
    TemplateEditorViewModel model;

    @BeforeAll
    static void workspace() {
        FxRuntime.start();
        database = Database.open(Workspace.create(folder.resolve("ws")));
        database.writeAndWait(c -> {
            SettingsRepository settings = new SettingsRepository(c);
            settings.put(LetterSettings.OFFICE_CODE, "RD");
            settings.put(LetterSettings.OFFICE_NAME_ZH, "荣成市社会信用复核办公室");
            settings.put(LetterSettings.OFFICE_NAME_EN, "Rongcheng Social Credit Review Office");
            new OfficerRepository(c).insert(new OfficerRow(1, "zhao.admin", "赵管理", "ADMINISTRATOR", null, null,
                    CLOCK.instant()));
            return null;
        });
        admin = database.read(c -> Officers.of(new OfficerRepository(c).byUsername("zhao.admin").orElseThrow()));
    }

    @AfterAll
    static void close() {
        database.close();
    }

    @BeforeEach
    void open() {
        tasks = FxTasks.forToolkit(1);
        messages = new Messages(Locale.ENGLISH);
        FxRuntime.run(() -> {
            Appearance.loadFonts();
            model = new TemplateEditorViewModel(new TemplateService(database, CLOCK), tasks, messages, admin);
            model.languageProperty().set("EN");
            stage = new Stage();
            stage.setScene(new Scene(new TemplateEditorView(model, messages).root(), 1000, 720));
            stage.show();
        });
        settle();
    }

    @AfterEach
    void closeWindow() throws Exception {
        FxRuntime.run(() -> stage.hide());
        tasks.close();
    }

    void settle() {
        try {
            tasks.awaitIdle(java.time.Duration.ofSeconds(60));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    void waitUntil(BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> {
                settle();
                return FxRuntime.call(condition::getAsBoolean);
            });
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the editor never reached the expected state", e);
        }
    }

    String text(String id) {
        return FxRuntime.call(() -> ((Label) robot.lookup(id).query()).getText());
    }

    @Test
    void the_preview_follows_the_typing_an_unknown_field_is_refused_at_once_and_a_valid_edit_saves_a_version()
            throws Exception {
        assertThat(text("#templates-preview")).contains("Dear Zhang San,", "RD-2026-000123");
        waitUntil(() -> model.pageProperty().get() != null);

        robot.clickOn("#templates-text");
        robot.press(KeyCode.CONTROL).press(KeyCode.END).release(KeyCode.END).release(KeyCode.CONTROL);
        robot.type(KeyCode.ENTER, KeyCode.ENTER);
        robot.write("Kind regards to {{addresseeName}}");
        settle();
        assertThat(text("#templates-preview")).endsWith("Kind regards to Zhang San");

        robot.write(" {{shoeSize}}");
        settle();
        assertThat(text("#templates-problem")).contains("{{shoeSize}}", "acknowledgement");
        Button save = robot.lookup("#templates-save").queryButton();
        assertThat(FxRuntime.call(save::isDisabled)).isTrue();
        Path shot = Path.of("target", "screenshots", "template-editor-en.png");
        snapshot(shot);

        for (int i = 0; i < " {{shoeSize}}".length(); i++) {
            robot.type(KeyCode.BACK_SPACE);
        }
        settle();
        assertThat(text("#templates-problem")).isEmpty();
        robot.clickOn("#templates-save");
        settle();
        var saved = database.read(c -> new LetterTemplates(c).current(NoticeKind.ACKNOWLEDGEMENT, "EN"));
        assertThat(saved.version()).isEqualTo(2);
        assertThat(saved.paragraphs().getLast()).isEqualTo("Kind regards to {{addresseeName}}");
        assertThat(text("#templates-version")).startsWith("Version 2");
    }

    @Test
    void the_editor_speaks_chinese_when_the_screen_does() throws Exception {
        FxRuntime.run(() -> {
            messages.localeProperty().set(Locale.SIMPLIFIED_CHINESE);
            model.languageProperty().set("ZH");
        });
        settle();
        waitUntil(() -> model.pageProperty().get() != null);
        assertThat(FxRuntime.call(() -> ((Button) robot.lookup("#templates-save").query()).getText())).isEqualTo("保存为新版本");
        assertThat(text("#templates-preview")).contains("张三：", "RD-2026-000123");
        assertThat(text("#templates-fields")).contains("{{caseNo}} — 案件编号");
        snapshot(Path.of("target", "screenshots", "template-editor-zh.png"));
    }

    private void snapshot(Path file) throws Exception {
        Files.createDirectories(file.getParent());
        var image = FxRuntime.call(() -> stage.getScene().snapshot(null));
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file.toFile());
    }
}
