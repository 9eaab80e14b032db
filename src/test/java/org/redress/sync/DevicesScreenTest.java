package org.redress.sync;

import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.redress.casework.Officers;
import org.redress.domain.access.Officer;
import org.redress.store.OfficerRepository;
import org.redress.ui.common.Appearance;
import org.redress.ui.common.FxRuntime;
import org.redress.ui.common.FxTasks;
import org.redress.ui.common.Messages;
import org.redress.ui.sync.SyncView;
import org.redress.ui.sync.SyncViewModel;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue 13, item 4, on the Headless platform against a real hub: a supervisor's Sync screen has a
 * Devices tab listing the office's workstations as the hub holds them; a new workstation waiting
 * for approval is approved there (and then signs in), and revoked there (and then is told so); the
 * hub keeps both decisions with who made them; the tab speaks Chinese when the screen does.
 */
class DevicesScreenTest {

    private static SyncTestbed bed;
    private final FxRobot robot = new FxRobot();

    @BeforeAll
    static void start() {
        FxRuntime.start();
        bed = SyncTestbed.create(5);
    }

    @AfterAll
    static void stop() {
        bed.close();
    }

    @Test
    void a_supervisor_approves_and_revokes_a_waiting_workstation_on_the_devices_tab() throws Exception {
        var supervisor = bed.station("chen.jing");
        var waiting = bed.unenrolled("wang.fang", Clock.systemUTC());
        waiting.engine().trustHubKey(bed.hub.fingerprint());
        assertThatThrownBy(() -> waiting.engine().signIn("wang.fang", SyncTestbed.PASSWORD.toCharArray(), "Counter 2"))
                .isInstanceOfSatisfying(HubException.class, e -> assertThat(e.kind()).isEqualTo(HubException.Kind.DEVICE_PENDING));
        String deviceId = DeviceKeyFile.loadOrCreate(waiting.database().workspace()).deviceId().toString();
        Officer chen = supervisor.database().read(c -> Officers.of(new OfficerRepository(c).byUsername("chen.jing").orElseThrow()));
        Messages messages = new Messages(Locale.ENGLISH);
        Stage[] stage = new Stage[1];
        try (SyncDesk desk = SyncDesk.open(supervisor.database(), Clock.systemUTC());
             FxTasks tasks = FxTasks.forToolkit(1)) {
            FxRuntime.run(() -> {
                Appearance.loadFonts();
                SyncViewModel model = new SyncViewModel(desk, tasks, messages, chen, ZoneId.of("Asia/Shanghai"));
                stage[0] = new Stage();
                stage[0].setScene(new Scene(new SyncView(model, messages, ZoneId.of("Asia/Shanghai")).root(), 1100, 720));
                stage[0].show();
            });
            robot.clickOn("Devices");
            @SuppressWarnings("unchecked")
            ListView<OfficeDevices.Device> list = robot.lookup("#devices-list").queryAs(ListView.class);
            waitUntil(tasks, () -> list.getItems().stream().anyMatch(d -> d.id().equals(deviceId)));
            OfficeDevices.Device listed = FxRuntime.call(() -> list.getItems().stream()
                    .filter(d -> d.id().equals(deviceId)).findFirst().orElseThrow());
            assertThat(listed.status()).isEqualTo("PENDING");
            assertThat(FxRuntime.call(() -> list.getItems().stream().map(OfficeDevices.Device::status).toList()))
                    .as("the supervisor's own workstation is listed too").contains("APPROVED");
            assertThat(FxRuntime.call(() -> robot.lookup("#devices-approve").queryAs(Button.class).isDisabled()))
                    .as("nothing chosen yet").isTrue();

            FxRuntime.run(() -> list.getSelectionModel().select(listed));
            waitUntil(tasks, () -> !robot.lookup("#devices-approve").queryAs(Button.class).isDisabled());
            robot.clickOn("#devices-approve");
            waitUntil(tasks, () -> !labelText("#devices-message").isEmpty());
            assertThat(text("#devices-message")).isEqualTo("Workstation Counter 2 (device " + deviceId.substring(0, 8)
                    + ") is approved: it syncs from its next sign-in.");
            assertThat(status(deviceId)).isEqualTo("APPROVED");
            waiting.engine().signIn("wang.fang", SyncTestbed.PASSWORD.toCharArray(), "Counter 2");
            assertThat(waiting.sync().error()).as("the approved workstation syncs").isNull();

            waitUntil(tasks, () -> list.getItems().stream().anyMatch(d -> d.id().equals(deviceId) && d.status().equals("APPROVED")));
            FxRuntime.run(() -> list.getSelectionModel().select(list.getItems().stream()
                    .filter(d -> d.id().equals(deviceId)).findFirst().orElseThrow()));
            robot.clickOn("#devices-revoke");
            waitUntil(tasks, () -> labelText("#devices-message").contains("revoked"));
            assertThat(status(deviceId)).isEqualTo("REVOKED");
            assertThat(waiting.sync().failure()).as("the revoked workstation is told so").isEqualTo(HubException.Kind.DEVICE_REVOKED);
            assertThat(bed.hubCount("SELECT count(*) FROM device_decision WHERE device_id = '" + deviceId
                    + "' AND decided_by = 'chen.jing' AND role = 'SUPERVISOR' AND via = 'HTTP'")).isEqualTo(2);

            FxRuntime.run(() -> messages.localeProperty().set(Messages.CHINESE));
            robot.clickOn("#devices-refresh");
            waitUntil(tasks, () -> robot.lookup("设备").tryQuery().isPresent());
            assertThat(FxRuntime.call(() -> robot.lookup("#devices-approve").queryAs(Button.class).getText())).isEqualTo("批准");
            assertThat(FxRuntime.call(() -> robot.lookup("#devices-revoke").queryAs(Button.class).getText())).isEqualTo("撤销");
        } finally {
            FxRuntime.run(() -> {
                if (stage[0] != null) {
                    stage[0].hide();
                }
            });
        }
    }

    /** On the FX thread already (inside a wait's condition). */
    private String labelText(String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    private String text(String id) {
        return FxRuntime.call(() -> robot.lookup(id).queryAs(Label.class).getText());
    }

    private static String status(String deviceId) {
        try (var c = bed.hubConnection(); var ps = c.prepareStatement("SELECT status FROM device WHERE id = ?::uuid")) {
            ps.setString(1, deviceId);
            try (var rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void waitUntil(FxTasks tasks, BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> {
                tasks.awaitIdle(Duration.ofSeconds(30));
                WaitForAsyncUtils.waitForFxEvents();
                return FxRuntime.call(condition::getAsBoolean);
            });
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
