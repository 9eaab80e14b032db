package org.redress.ui;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redress.catalog.CalendarCatalog;
import org.redress.demo.DemoBuilder;
import org.redress.demo.DemoRequest;
import org.redress.demo.DemoResult;
import org.redress.demo.DemoSummary;
import org.redress.setup.OfficeConnection;
import org.redress.store.Database;
import org.redress.store.Workspace;
import org.redress.sync.HubException;
import org.redress.ui.common.Appearance;
import org.redress.ui.common.FxRuntime;
import org.redress.ui.common.FxTasks;
import org.redress.ui.common.Messages;
import org.redress.ui.firstrun.FirstRunActions;
import org.redress.ui.firstrun.FirstRunView;
import org.redress.ui.firstrun.FirstRunViewModel;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The first-run screen on the Headless platform, driven through the glass robot: the demo is made
 * for real (a small one) in its own folder, its passwords shown once, and opening it hands its
 * folder on; connecting to a hub that cannot be reached, or over plain HTTP to another machine,
 * says so and makes no workspace.
 */
class FirstRunUiTest {

    @TempDir
    Path folder;
    private FxTasks tasks;
    private Stage stage;
    private Scene scene;
    private final List<Path> opened = new CopyOnWriteArrayList<>();
    private final FxRobot robot = new FxRobot();

    /** The real demo builder (40 cases) and the real hub connection, into this test's folders. */
    private final class RealChoices implements FirstRunActions {
        @Override
        public DemoReady demo(DoubleConsumer progress) {
            Path target = folder.resolve("demo");
            DemoResult made = new DemoBuilder(new DemoRequest(40, 7, LocalDate.of(2026, 12, 7)))
                    .withProgress((subjects, cases) -> progress.accept(cases / 40.0)).build(target);
            return new DemoReady(target, made.accounts().stream()
                    .map(o -> new DemoAccount(o.username(), o.role().name(), o.displayName(), o.password())).toList(), null);
        }

        @Override
        public OfficeConnection.HubMet meet(String url) throws HubException {
            return OfficeConnection.meet(url);
        }

        @Override
        public OfficeConnection.Outcome connect(OfficeConnection.HubMet hub, String username, char[] password) {
            return new OfficeConnection(officeFolder(), new org.redress.security.PasswordHasher(), java.time.Clock.systemUTC())
                    .connect(hub, username, password, "test");
        }

        @Override
        public Path officeFolder() {
            return folder.resolve("office");
        }
    }

    @BeforeAll
    static void toolkit() {
        FxRuntime.start();
        Appearance.loadFonts();
    }

    @BeforeEach
    void show() {
        tasks = FxTasks.forToolkit(2);
        FxRuntime.run(() -> {
            Appearance.applyDefaultTheme();
            Messages messages = new Messages(Messages.ENGLISH);
            FirstRunView view = new FirstRunView(new FirstRunViewModel(new RealChoices(), tasks, messages, opened::add), messages);
            scene = new Scene(view.root(), 1200, 800);
            new Appearance().style(scene);
            stage = new Stage();
            stage.setScene(scene);
            stage.show();
            stage.toFront();
        });
        settle();
    }

    @AfterEach
    void hide() {
        FxRuntime.run(() -> stage.hide());
        tasks.close();
    }

    @Test
    void the_demo_is_made_in_its_own_folder_its_passwords_are_shown_once_and_opening_it_hands_that_folder_on() {
        robot.clickOn("#firstrun-demo-make");
        waitUntil(() -> visible("#firstrun-demo-open"));

        Path demo = folder.resolve("demo");
        try (Database database = Database.open(new Workspace(demo))) {
            DemoSummary summary = DemoSummary.read(database, LocalDate.of(2026, 12, 7), CalendarCatalog.fromClasspath());
            assertThat(summary.isDemo()).isTrue();
            assertThat(summary.cases()).isEqualTo(40);
            List<String> shown = FxRuntime.call(() -> ((GridPane) node("#firstrun-demo-accounts")).getChildren().stream()
                    .map(n -> ((Label) n).getText()).toList());
            assertThat(summary.accounts()).isNotEmpty().allSatisfy(account -> assertThat(shown).contains(account.username()));
        }
        assertThat(text("#firstrun-demo-status")).contains("shown only now");
        assertThat(opened).isEmpty();

        robot.clickOn("#firstrun-demo-open");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(opened).containsExactly(demo);
        assertThat(folder.resolve("office")).doesNotExist();
    }

    @Test
    void a_hub_that_cannot_be_reached_is_named_and_no_office_workspace_is_made() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        robot.clickOn("#firstrun-hub-url").write("https://127.0.0.1:" + closedPort);
        robot.clickOn("#firstrun-hub-meet");
        waitUntil(() -> !text("#firstrun-office-message").startsWith("Reaching"));

        assertThat(text("#firstrun-office-message")).startsWith("The hub at https://127.0.0.1:" + closedPort + " could not be reached");
        assertThat(visible("#firstrun-connect")).as("no sign-in before the hub was met").isFalse();
        assertThat(folder.resolve("office")).doesNotExist();
    }

    @Test
    void plain_http_to_another_machine_is_refused_before_anything_is_sent() {
        robot.clickOn("#firstrun-hub-url").write("http://10.20.30.40:8470");
        robot.clickOn("#firstrun-hub-meet");
        waitUntil(() -> !text("#firstrun-office-message").startsWith("Reaching"));

        assertThat(text("#firstrun-office-message")).contains("is not encrypted").contains("Use https://10.20.30.40:8470");
        assertThat(visible("#firstrun-connect")).isFalse();
        assertThat(Files.exists(folder.resolve("office"))).isFalse();
    }

    private void settle() {
        WorkstationScreenshot.awaitQuiet(tasks, scene);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void waitUntil(BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> {
                settle();
                return FxRuntime.call(condition::getAsBoolean);
            });
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the screen never reached the expected state", e);
        }
    }

    private <T extends Node> T node(String query) {
        return robot.lookup(query).query();
    }

    private boolean visible(String query) {
        return FxRuntime.call(() -> node(query).isVisible());
    }

    private String text(String query) {
        return FxRuntime.call(() -> ((Label) node(query)).getText());
    }
}
