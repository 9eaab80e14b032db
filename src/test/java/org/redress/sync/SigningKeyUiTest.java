package org.redress.sync;

import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.redress.casework.SigningKeys;
import org.redress.store.Database;
import org.redress.ui.common.FxRuntime;
import org.redress.ui.common.FxTasks;
import org.redress.ui.common.Messages;
import org.redress.ui.settings.SigningKeyView;
import org.redress.ui.settings.SigningKeyViewModel;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Settings section "Signing key" (issue 16, item 3) on the Headless platform, over a workstation
 * signed in to a real hub: Enrol certifies a key in the background and the section then names the
 * certificate and offers Renew; a hub that cannot be reached is said in words, in the officer's language.
 */
class SigningKeyUiTest {

    private static SyncTestbed bed;
    private final FxRobot robot = new FxRobot();
    private FxTasks tasks;
    private Stage stage;

    @BeforeAll
    static void start() {
        FxRuntime.start();
        bed = SyncTestbed.shared();
    }

    @AfterEach
    void close() {
        if (stage != null) {
            FxRuntime.run(() -> stage.hide());
        }
        if (tasks != null) {
            tasks.close();
        }
    }

    private void show(Database database, String username, Locale language) {
        tasks = FxTasks.forToolkit(2);
        Messages messages = new Messages(language);
        SigningKeyViewModel model = new SigningKeyViewModel(new SigningKeys(database, Clock.systemUTC()), tasks, messages,
                bed.account(username).asOfficer(), ZoneId.of("Asia/Shanghai"));
        FxRuntime.run(() -> {
            stage = new Stage();
            stage.setScene(new Scene(new SigningKeyView(model, messages).root(), 640, 320));
            stage.show();
        });
    }

    private String text(String id) {
        return FxRuntime.call(() -> ((Labeled) robot.lookup(id).query()).getText());
    }

    private void waitUntil(BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> {
                WaitForAsyncUtils.waitForFxEvents();
                return tasks.pending() == 0 && FxRuntime.call(condition::getAsBoolean);
            });
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the section never reached the expected state: " + text("#signing-key-status")
                    + " / " + text("#signing-key-error"), e);
        }
    }

    @Test
    void enrolCertifiesAKeyInTheBackgroundThenTheSectionNamesItAndOffersRenew() throws Exception {
        var station = bed.station("li.qiang");
        try {
            show(station.database(), "li.qiang", Messages.ENGLISH);
            waitUntil(() -> text("#signing-key-status").startsWith("No signing key"));
            assertThat(text("#signing-key-enrol")).isEqualTo("Enrol");

            robot.clickOn("#signing-key-enrol");
            waitUntil(() -> text("#signing-key-status").startsWith("Enrolled"));

            assertThat(text("#signing-key-status")).contains("UID=li.qiang").contains("OU=" + SyncTestbed.OFFICE)
                    .contains("Valid until").contains("issued by");
            assertThat(text("#signing-key-enrol")).isEqualTo("Renew");
            assertThat(text("#signing-key-message")).contains("The key is enrolled");
            assertThat(text("#signing-key-error")).isEmpty();
            assertThat(Files.exists(station.root().resolve("keys/signing/li.qiang.key"))).isTrue();
            assertThat(FxRuntime.call(() -> ((Button) robot.lookup("#signing-key-enrol").query()).isDisabled())).isFalse();
        } finally {
            station.close();
        }
    }

    @Test
    void aHubThatCannotBeReachedIsSaidInTheOfficersLanguage() {
        var station = bed.station("zhang.min");
        try {
            station.database().writeAndWait(c -> {
                new SyncMetaTable(c).setHubUrl("http://127.0.0.1:9");
                return null;
            });
            show(station.database(), "zhang.min", Messages.CHINESE);
            waitUntil(() -> text("#signing-key-status").startsWith("本工作站尚未登记签名密钥"));
            assertThat(text("#signing-key-enrol")).isEqualTo("登记");

            robot.clickOn("#signing-key-enrol");
            waitUntil(() -> !text("#signing-key-error").isEmpty());

            assertThat(text("#signing-key-error")).isEqualTo("无法连接中心服务器。请在网络恢复后重试。");
            assertThat(text("#signing-key-enrol")).as("still not enrolled").isEqualTo("登记");
        } finally {
            station.close();
        }
    }
}
