package org.redress.ui;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.FileAppender;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.redress.casework.CaseworkFixture;
import org.redress.casework.QueueLine;
import org.redress.domain.appeal.CaseStatus;
import org.redress.ui.common.Appearance;
import org.redress.ui.common.FxRuntime;
import org.redress.ui.common.FxTasks;
import org.redress.ui.shell.ShellView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A whole session at the desk with every logger at DEBUG into a file — a failed sign-in, a search
 * by a subject's name, a case opened and its identifier revealed, the idle lock refusing a wrong
 * password and lifting for the right one — and then the file is searched for every demo subject's
 * identifier and name: none may appear.
 */
class PrivacyAndLockUiTest {

    private static CaseworkFixture fixture;
    private static Path logFile;
    private static FileAppender<ILoggingEvent> appender;
    private static Level rootLevel;
    private final FxRobot robot = new FxRobot();
    private FxTasks tasks;
    private Scene scene;
    private WorkstationWindow window;

    @BeforeAll
    static void workspace() throws Exception {
        FxRuntime.start();
        fixture = CaseworkFixture.create();
        logFile = fixture.folder.resolve("session.log");
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern("%d %-5level %logger - %msg%n%ex");
        encoder.start();
        appender = new FileAppender<>();
        appender.setContext(context);
        appender.setFile(logFile.toString());
        appender.setEncoder(encoder);
        appender.start();
        ch.qos.logback.classic.Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        rootLevel = root.getLevel();
        root.setLevel(Level.DEBUG);
        root.addAppender(appender);
    }

    @AfterAll
    static void close() {
        ch.qos.logback.classic.Logger root = ((LoggerContext) LoggerFactory.getILoggerFactory())
                .getLogger(Logger.ROOT_LOGGER_NAME);
        root.detachAppender(appender);
        root.setLevel(rootLevel);
        appender.stop();
        fixture.close();
    }

    private void settle() {
        WorkstationScreenshot.awaitQuiet(tasks, scene);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void waitUntil(BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> {
                settle();
                return FxRuntime.call(condition::getAsBoolean);
            });
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the screen never reached the expected state", e);
        }
    }

    private boolean showing(String query) {
        return robot.lookup(query).tryQuery().map(Node::isVisible).orElse(false);
    }

    @Test
    void a_session_leaves_no_subject_identifier_or_name_in_the_log_and_the_idle_lock_takes_the_password() throws Exception {
        tasks = FxTasks.forToolkit(3);
        AppContext context = AppContext.open(fixture.folder.resolve("workspace"), AppContext::demoDayClock, tasks);
        Stage[] stage = new Stage[1];
        try {
            FxRuntime.run(() -> {
                Appearance.loadFonts();
                context.appearance().applyTheme();
                window = new WorkstationWindow(context, org.redress.ui.common.Milestones.startingNow());
                scene = window.scene(1000, 760);
                stage[0] = new Stage();
                stage[0].setScene(scene);
                stage[0].show();
                window.showSignIn();
            });
            settle();
            String password = fixture.account("wang.fang").password();
            robot.clickOn("#signin-username").write("wang.fang");
            robot.clickOn("#signin-password").write("not-" + password);
            robot.type(KeyCode.ENTER);
            waitUntil(() -> !((Label) robot.lookup("#signin-error").query()).getText().isEmpty());
            robot.clickOn("#signin-password").write(password);
            robot.type(KeyCode.ENTER);
            waitUntil(() -> window.shell() != null && window.shell().queueModel().totalProperty().get() >= 0);
            ShellView shell = window.shell();

            // A case of her own: the full identifier is shown to the officer an open case of the subject is assigned to.
            QueueLine target = fixture.cases(CaseStatus.IN_REVIEW).stream()
                    .filter(l -> fixture.account("wang.fang").displayName().equals(l.assigneeName()))
                    .findFirst().orElseThrow();
            robot.clickOn("#queue-search").write(target.subjectName());
            waitUntil(() -> shell.queueModel().totalProperty().get() >= 1);
            FxRuntime.run(() -> shell.model().openCase(target.caseId()));
            waitUntil(() -> shell.caseModel() != null && shell.caseModel().fileProperty().get() != null);
            robot.clickOn("#reveal-identifier");
            waitUntil(() -> !shell.caseModel().revealedProperty().get().isEmpty());

            FxRuntime.run(() -> window.idleLock().lock());
            waitUntil(() -> showing("#lock-screen"));
            robot.clickOn("#lock-password").write("wrong");
            robot.clickOn("#lock-unlock");
            waitUntil(() -> !((Label) robot.lookup("#lock-error").query()).getText().isEmpty());
            assertThat(window.idleLock().locked()).isTrue();
            robot.clickOn("#lock-password").write(password);
            robot.clickOn("#lock-unlock");
            waitUntil(() -> !window.idleLock().locked());
        } finally {
            FxRuntime.run(() -> stage[0].hide());
            context.close();
        }

        String log = Files.readString(logFile, StandardCharsets.UTF_8);
        assertThat(log).as("the session was logged at all").contains("org.redress");
        Set<String> officers = new HashSet<>();
        fixture.demo.accounts().forEach(a -> officers.add(a.displayName()));
        Set<String> personal = new HashSet<>();
        fixture.database.read(c -> {
            try (var s = c.createStatement(); var rs = s.executeQuery("SELECT identifier, name FROM subject")) {
                while (rs.next()) {
                    personal.add(rs.getString(1));
                    // An officer may share a subject's name; the officer's name in the log is not the subject's.
                    if (!officers.contains(rs.getString(2))) {
                        personal.add(rs.getString(2));
                    }
                }
            }
            return null;
        });
        assertThat(personal).hasSizeGreaterThan(100);
        assertThat(personal).allSatisfy(value -> assertThat(log).doesNotContain(value));
    }
}
