package org.redress.ui;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.redress.platform.StartupCache;
import org.redress.ui.common.Appearance;
import org.redress.ui.common.FxRuntime;
import org.redress.ui.common.FxTasks;
import org.redress.ui.common.Messages;
import org.redress.ui.common.Milestones;
import org.redress.ui.firstrun.FirstRunActions;
import org.redress.ui.firstrun.FirstRunView;
import org.redress.ui.firstrun.FirstRunViewModel;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Launches the desktop workstation from a plain {@code main}: JavaFX sits on the class path, where a
 * class extending {@code Application} would not start. The workspace opens on a background thread
 * while the toolkit starts; the window shows sign-in as soon as both are ready. Milestones are
 * logged with elapsed milliseconds. Under {@code redress bench startup} a {@link StartupProbe} signs
 * in by itself and measures.
 */
public final class Workstation {

    private static final Logger LOG = LoggerFactory.getLogger(Workstation.class);
    public static final double WIDTH = 1440;
    public static final double HEIGHT = 900;
    /** How long after the window opens a missing start-up cache starts building in the background. */
    private static final Duration STARTUP_CACHE_DELAY = Duration.ofSeconds(20);

    private Workstation() {
    }

    /** {@code java org.redress.ui.Workstation WORKSPACE}: opens the window on that workspace. */
    public static void main(String[] args) {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: Workstation WORKSPACE-FOLDER");
        }
        int code = open(Path.of(args[0]));
        Runtime.getRuntime().exit(code);
    }

    /**
     * The installed app's start-up cache is missing (first start, or a new version): build it for the
     * next start, once the officer is at work on this one rather than while it is starting.
     */
    private static void buildStartupCacheLater() {
        Thread.ofPlatform().daemon().name("startup-cache").start(() -> {
            try {
                Thread.sleep(STARTUP_CACHE_DELAY.toMillis());
            } catch (InterruptedException e) {
                return;
            }
            StartupCache.ofThisJvm().filter(cache -> cache.wanted(Instant.now()))
                    .ifPresent(cache -> cache.buildInBackground("org.redress.cli.Main"));
        });
    }

    /** Opens the window on the workspace and returns when the officer closes it (0) or it fails (1). */
    public static int open(Path workspace) {
        return run(workspace, null);
    }

    /**
     * Opens the window on the first-run screen of a computer with no workspace: the demo, or the
     * office's hub; the workstation then opens on the workspace chosen. Returns when the officer
     * closes the window (0), or 1 when the workspace chosen could not be opened.
     */
    public static int firstRun(FirstRunActions actions) {
        return run(null, actions);
    }

    private static int run(@Nullable Path workspace, @Nullable FirstRunActions actions) {
        Milestones milestones = Milestones.startingNow();
        Optional<StartupProbe> probe = StartupProbe.fromSystemProperties();
        FxTasks tasks = FxTasks.forToolkit(3);
        AtomicReference<@Nullable CompletableFuture<AppContext>> context = new AtomicReference<>();
        if (workspace != null) {
            context.set(openContext(workspace, tasks, milestones));
        }
        FxRuntime.useHeadlessWithoutDisplay();
        FxRuntime.start();
        milestones.reach("toolkit started");
        // The shipped CJK fonts (20 MB) load beside the first window, not before it.
        CompletableFuture<Void> fonts = CompletableFuture.runAsync(() -> {
            Appearance.loadFonts();
            milestones.reach("fonts loaded");
        });
        CountDownLatch closed = new CountDownLatch(1);
        Platform.runLater(() -> {
            Appearance.applyDefaultTheme();
            milestones.reach("theme applied");
            Stage stage = new Stage();
            Messages early = new Messages(Locale.getDefault());
            stage.setTitle(early.get("app.name"));
            StackPane waiting = new StackPane(new Label(early.get("app.opening")));
            stage.setOnHidden(e -> closed.countDown());
            var icon = Workstation.class.getResource("/icons/redress.png");
            if (icon != null) {
                stage.getIcons().add(new Image(icon.toExternalForm(), true)); // decoded off the UI thread
            }
            if (workspace != null) {
                stage.setScene(new Scene(waiting, WIDTH, HEIGHT));
                milestones.reach("window built");
                stage.show();
                milestones.reach("window shown");
                enter(stage, waiting, workspace, context.get().thenCombine(fonts, (opened, loaded) -> opened), probe,
                        milestones, early);
                return;
            }
            FirstRunViewModel model = new FirstRunViewModel(Objects.requireNonNull(actions), tasks, early, chosen -> {
                stage.setScene(new Scene(waiting, WIDTH, HEIGHT));
                CompletableFuture<AppContext> opened = openContext(chosen, tasks, milestones);
                context.set(opened);
                enter(stage, waiting, chosen, opened.thenCombine(fonts, (o, loaded) -> o), probe, milestones, early);
            });
            FirstRunView view = new FirstRunView(model, early);
            Scene scene = new Scene(view.root(), WIDTH, HEIGHT);
            new Appearance().style(scene);
            stage.setScene(scene);
            stage.show();
            view.focus();
            milestones.reach("first-run screen shown");
        });
        try {
            closed.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        CompletableFuture<AppContext> opened = context.get();
        if (opened != null) {
            opened.thenAccept(AppContext::close).exceptionally(e -> null).join();
        } else {
            tasks.close();
        }
        Platform.exit();
        return opened != null && opened.isCompletedExceptionally() ? 1 : 0;
    }

    private static CompletableFuture<AppContext> openContext(Path workspace, FxTasks tasks, Milestones milestones) {
        CompletableFuture<AppContext> context = CompletableFuture.supplyAsync(
                () -> AppContext.open(workspace, settings -> AppContext.officeClock(), tasks));
        context.thenRun(() -> milestones.reach("workspace opened"));
        return context;
    }

    /** When the workspace and the fonts are ready: the workstation in the window, at sign-in (FX thread). */
    private static void enter(Stage stage, StackPane waiting, Path workspace, CompletableFuture<AppContext> ready,
                              Optional<StartupProbe> probe, Milestones milestones, Messages early) {
        ready.whenComplete((opened, failure) -> Platform.runLater(() -> {
            if (failure != null) {
                LOG.error("the workspace could not be opened", failure);
                waiting.getChildren().setAll(new Label(early.get("app.openFailed", workspace,
                        failure.getCause() == null ? failure.getMessage() : failure.getCause().getMessage())));
                return;
            }
            if (probe.isEmpty()) {
                buildStartupCacheLater();
            }
            opened.appearance().applyTheme();
            WorkstationWindow window = new WorkstationWindow(opened, milestones);
            stage.setScene(window.scene(WIDTH, HEIGHT));
                window.guardClosing(stage);
            stage.titleProperty().bind(opened.messages().text("app.name"));
            var officer = probe.flatMap(p -> p.officer(opened));
            if (probe.isPresent() && officer.isPresent()) {
                probe.get().run(window, officer.get(), stage);
            } else {
                window.showSignIn();
            }
        }));
    }
}
