package org.redress.ui;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.redress.casework.CaseworkFixture;
import org.redress.store.CaseRepository;
import org.redress.store.CaseRow;
import org.redress.ui.common.Appearance;
import org.redress.ui.common.FxRuntime;
import org.redress.ui.common.FxTasks;
import org.redress.ui.shell.ShellView;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * What the workstation's UI tests share: a real 200-case demo workspace per test class, a window
 * opened on it per test on the Headless platform (Surefire chooses it), driven through TestFX's
 * glass robot, and waits on the count of background tasks and FX events, never on sleeps.
 */
abstract class WorkstationUiBase {

    static final int WIDTH = 1000;
    static final int HEIGHT = 760;

    static CaseworkFixture fixture;
    static Path workspace;
    AppContext context;
    FxTasks tasks;
    Stage stage;
    Scene scene;
    WorkstationWindow window;
    final FxRobot robot = new FxRobot();

    @BeforeAll
    static void workspace() {
        FxRuntime.start();
        fixture = CaseworkFixture.create();
        workspace = fixture.folder.resolve("workspace");
    }

    @AfterAll
    static void close() {
        fixture.close();
    }

    @BeforeEach
    void open() {
        tasks = FxTasks.forToolkit(3);
        context = AppContext.open(workspace, AppContext::demoDayClock, tasks);
        FxRuntime.run(() -> {
            Appearance.loadFonts();
            context.appearance().applyTheme();
            window = new WorkstationWindow(context, org.redress.ui.common.Milestones.startingNow());
            scene = window.scene(WIDTH, HEIGHT);
            stage = new Stage();
            stage.setScene(scene);
            stage.setX(0);
            stage.setY(0);
            stage.show();
            stage.toFront();
            window.showSignIn();
        });
        settle();
    }

    @AfterEach
    void closeWindow() {
        FxRuntime.run(() -> stage.hide());
        context.close();
    }

    /** Until no background task is in flight and the FX queue is drained. */
    void settle() {
        WorkstationScreenshot.awaitQuiet(tasks, scene);
        WaitForAsyncUtils.waitForFxEvents();
    }

    void waitUntil(BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> {
                settle();
                return FxRuntime.call(condition::getAsBoolean);
            });
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the screen never reached the expected state", e);
        }
    }

    <T extends Node> T node(String query) {
        return robot.lookup(query).query();
    }

    String text(String query) {
        return FxRuntime.call(() -> ((javafx.scene.control.Labeled) node(query)).getText());
    }

    ShellView signInAs(String username) {
        robot.clickOn("#signin-username").write(username);
        robot.clickOn("#signin-password").write(fixture.account(username).password());
        robot.type(KeyCode.ENTER);
        waitUntil(() -> window.shell() != null && window.shell().queueModel().totalProperty().get() >= 0);
        return window.shell();
    }

    CaseRow row(long caseId) {
        return fixture.database.read(c -> new CaseRepository(c).byId(caseId).orElseThrow());
    }

}
