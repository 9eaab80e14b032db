package org.redress.ui;

import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.jspecify.annotations.Nullable;
import org.redress.casework.RepresentativeCases;
import org.redress.domain.access.Officer;
import org.redress.ui.common.Appearance;
import org.redress.ui.common.FxRuntime;
import org.redress.ui.common.FxTasks;
import org.redress.ui.common.Messages;
import org.redress.ui.firstrun.FirstRunActions;
import org.redress.ui.firstrun.FirstRunView;
import org.redress.ui.firstrun.FirstRunViewModel;
import org.redress.ui.common.Milestones;
import org.redress.ui.shell.Screen;
import org.redress.ui.shell.ShellView;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.TimeoutException;

/**
 * A picture of one screen of the workstation on a workspace, as a demo officer sees it: starts the
 * toolkit (Headless without a display), signs in without a password, waits until every background
 * load has finished (counting tasks, never sleeping) and snapshots the scene, not the screen.
 */
public final class WorkstationScreenshot {

    public static final Duration TIMEOUT = Duration.ofMinutes(2);

    /**
     * @param caseNo  the case to show for {@link Screen#CASE}; null picks a representative one
     * @param officer the account to sign in as; null picks one that fits the screen
     * @param drill   a report figure's key: the queue narrowed to the cases of its first row that has any
     * @param readingPane the queue with its reading pane open on the first case
     */
    public record Request(Path workspace, Screen screen, Locale language, Path out, @Nullable String caseNo,
                          int width, int height, @Nullable String officer, @Nullable String drill, boolean readingPane) {
        public Request(Path workspace, Screen screen, Locale language, Path out, @Nullable String caseNo,
                       int width, int height, @Nullable String officer, @Nullable String drill) {
            this(workspace, screen, language, out, caseNo, width, height, officer, drill, false);
        }
    }

    /** What was pictured: the officer signed in as, the case shown (if any), and the elapsed times. */
    public record Result(Path file, String officer, @Nullable String caseNo, long readyMillis, long totalMillis) {
    }

    private WorkstationScreenshot() {
    }

    public static Result take(Request request) {
        Milestones milestones = Milestones.startingNow();
        FxRuntime.useHeadlessWithoutDisplay();
        FxRuntime.start();
        milestones.reach("toolkit started");
        FxTasks tasks = FxTasks.forToolkit(3);
        try (AppContext context = AppContext.open(request.workspace(), AppContext::demoDayClock, tasks)) {
            milestones.reach("workspace opened");
            context.messages().localeProperty().set(request.language());
            RepresentativeCases cases = new RepresentativeCases(context.database(), context.catalog());
            Long caseId = null;
            String caseNo = null;
            if (request.screen() == Screen.CASE || request.screen() == Screen.DECISION) {
                caseId = request.caseNo() == null ? cases.caseId()
                        .orElseThrow(() -> new IllegalStateException("the workspace has no case to show"))
                        : cases.caseId(request.caseNo()).orElseThrow(() -> new IllegalArgumentException(
                        "the workspace has no case " + request.caseNo()));
                caseNo = cases.caseNo(caseId);
            }
            Officer officer = (request.officer() != null ? java.util.Optional.of(request.officer())
                    : cases.officer(request.screen() == Screen.APPROVALS || request.screen() == Screen.REPORTS
                    || request.drill() != null, caseId))
                    .flatMap(username -> context.signIn().demoOfficer(username))
                    .orElseThrow(() -> new IllegalStateException("the workspace has no officer to sign in as"));
            milestones.reach("officer chosen");
            Long shown = caseId;
            org.redress.ui.queue.DrillDown drill = request.drill() == null ? null
                    : org.redress.ui.reports.DrillDowns.first(context.reports(), officer,
                            org.redress.reports.FigureId.byKey(request.drill()).orElseThrow(
                                    () -> new IllegalArgumentException("no figure " + request.drill())))
                    .orElseThrow(() -> new IllegalStateException("no row of " + request.drill() + " has cases"));
            Appearance.loadFonts(); // off the FX thread, as the workstation does
            WorkstationWindow window = FxRuntime.call(() -> new WorkstationWindow(context, milestones));
            Scene scene = FxRuntime.call(() -> {
                context.appearance().applyTheme();
                Scene built = window.scene(request.width(), request.height());
                Stage stage = new Stage();
                stage.setScene(built);
                stage.show();
                ShellView shell = window.signIn(officer);
                if (drill != null) {
                    shell.queueModel().showCases(drill);
                    shell.model().show(Screen.QUEUE);
                } else if (shown != null) {
                    shell.model().openCase(shown);
                } else {
                    shell.model().show(request.screen());
                }
                return built;
            });
            awaitQuiet(tasks, scene);
            if (request.screen() == Screen.DECISION) {
                FxRuntime.run(() -> window.shell().model().openDecision());
                awaitQuiet(tasks, scene);
            }
            if (request.readingPane() && request.screen() == Screen.QUEUE) {
                FxRuntime.run(() -> {
                    ((javafx.scene.control.TableView<?>) scene.lookup("#queue-table")).getSelectionModel().selectFirst();
                    ((javafx.scene.control.ToggleButton) scene.lookup("#queue-reading-toggle")).setSelected(true);
                });
                awaitQuiet(tasks, scene);
            }
            long ready = milestones.reach("screen ready");
            BufferedImage image = FxRuntime.call(() -> {
                WritableImage snapshot = scene.snapshot(null);
                scene.getWindow().hide();
                return SwingFXUtils.fromFXImage(snapshot, null);
            });
            write(image, request.out());
            return new Result(request.out(), officer.username(), caseNo, ready, milestones.elapsedMillis());
        }
    }

    /**
     * A picture of the first-run screen (a computer with no workspace yet) in {@code language}; the
     * actions are only shown, none is run.
     */
    public static Path firstRun(FirstRunActions actions, Locale language, Path out, int width, int height) {
        FxRuntime.useHeadlessWithoutDisplay();
        FxRuntime.start();
        Appearance.loadFonts();
        try (FxTasks tasks = FxTasks.forToolkit(1)) {
            BufferedImage image = FxRuntime.call(() -> {
                Appearance.applyDefaultTheme();
                Messages messages = new Messages(language);
                FirstRunView view = new FirstRunView(new FirstRunViewModel(actions, tasks, messages, chosen -> { }), messages);
                Scene scene = new Scene(view.root(), width, height);
                new Appearance().style(scene);
                Stage stage = new Stage();
                stage.setScene(scene);
                stage.show();
                scene.getRoot().applyCss();
                scene.getRoot().layout();
                WritableImage snapshot = scene.snapshot(null);
                stage.hide();
                return SwingFXUtils.fromFXImage(snapshot, null);
            });
            write(image, out);
        }
        return out;
    }

    /**
     * Waits until no background work is in flight and a layout pass starts none: a table asks for
     * its pages while laid out, and a chart or preview may follow its data.
     */
    public static void awaitQuiet(FxTasks tasks, Scene scene) {
        try {
            for (int round = 0; round < 50; round++) {
                tasks.awaitIdle(TIMEOUT);
                FxRuntime.run(() -> {
                    scene.getRoot().applyCss();
                    scene.getRoot().layout();
                });
                if (tasks.pending() == 0) {
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the screen", e);
        } catch (TimeoutException e) {
            throw new IllegalStateException("the screen did not finish loading: " + e.getMessage(), e);
        }
    }

    private static void write(BufferedImage image, Path out) {
        try {
            Path parent = out.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            if (!ImageIO.write(image, "png", out.toFile())) {
                throw new IOException("no PNG writer");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + out, e);
        }
    }
}
