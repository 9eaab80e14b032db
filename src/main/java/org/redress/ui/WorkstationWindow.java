package org.redress.ui;

import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import org.jspecify.annotations.Nullable;
import org.redress.casework.SecuritySettings;
import org.redress.domain.access.Officer;
import org.redress.ui.common.Milestones;
import org.redress.ui.lock.WorkstationLock;
import org.redress.ui.shell.ShellView;
import org.redress.ui.shell.ShellViewModel;
import org.redress.ui.signin.SignInView;
import org.redress.ui.signin.SignInViewModel;
import org.redress.ui.sync.SyncDesks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The window's content: sign-in first, then the shell. Build and use it on the FX thread. */
public final class WorkstationWindow {

    private static final Logger LOG = LoggerFactory.getLogger(WorkstationWindow.class);

    private final AppContext context;
    private final Milestones milestones;
    private final StackPane root = new StackPane();
    private @Nullable Scene scene;
    private @Nullable ShellView shell;
    private @Nullable WorkstationLock idleLock;
    private Runnable onQueueInteractive = () -> { };

    public WorkstationWindow(AppContext context, Milestones milestones) {
        this.context = context;
        this.milestones = milestones;
        context.tasks().setDefaultErrorHandler(this::showError);
        // A listener that fails is reported to the FX thread's handler: log it and tell the officer too.
        Thread.currentThread().setUncaughtExceptionHandler((thread, failure) -> showError(failure));
    }

    AppContext context() {
        return context;
    }

    public Scene scene(double width, double height) {
        if (scene == null) {
            scene = new Scene(root, width, height);
            context.appearance().style(scene);
        }
        return scene;
    }

    public void showSignIn() {
        SignInViewModel model = new SignInViewModel(context.signIn(), context.tasks(), context.messages(), this::signIn);
        model.alsoSignInWith((name, password) -> SyncDesks.signInAlongside(context.database(), context.clock(), name, password));
        String office = context.settingsAtStart().getOrDefault(context.messages().isChinese() ? "office.name.zh"
                : "office.name.en", "");
        SignInView view = new SignInView(model, context.messages(), office);
        root.getChildren().setAll(view.root());
        view.focus();
        milestones.reach("sign-in shown");
    }

    /** Opens the shell for the signed-in officer, on the queue. */
    public ShellView signIn(Officer officer) {
        ShellViewModel model = new ShellViewModel(officer);
        ShellView view = new ShellView(context, model);
        view.queueModel().setOnLoaded(() -> {
            milestones.reach("queue interactive");
            Runnable first = onQueueInteractive;
            onQueueInteractive = () -> { };
            first.run();
        });
        view.setOnCasePainted(millis -> milestones.reach("case first paint"));
        root.getChildren().setAll(view.root());
        if (scene != null) {
            view.installShortcuts(scene);
            if (idleLock != null) {
                idleLock.stop();
            }
            idleLock = WorkstationLock.install(scene, root, java.time.Duration.ofMinutes(new SecuritySettings(
                    context.database(), context.clock()).idleLockMinutes(officer)), officer, context.signIn(), context.tasks(),
                    context.messages(), this::signOut);
        }
        shell = view;
        view.setOnSignOut(this::signOut);
        view.setOnLockNow(() -> {
            if (idleLock != null) {
                idleLock.lock();
            }
        });
        view.focusQueue();
        milestones.reach("shell built");
        return view;
    }

    /**
     * Ends the officer's session here: the idle lock stops, the shell (and whatever case was on
     * screen) goes, the sign-in shows again for the same or another account, and the officer's hub
     * session on this workstation is signed out in the background. Unsaved decision work stays kept
     * on this workstation for that officer.
     */
    public void signOut() {
        ShellView leaving = shell;
        if (leaving == null) {
            return;
        }
        if (idleLock != null) {
            idleLock.stop();
            idleLock = null;
        }
        shell = null;
        if (scene != null) {
            scene.getAccelerators().clear();
        }
        String username = leaving.model().officer().username();
        LOG.info("event=workstation.sign_out");
        SyncDesks.signOutAlongside(context.database(), context.clock(), username);
        showSignIn();
    }

    /**
     * Asks the officer before the window closes with unsaved decision work (kept for later, or
     * discarded); returns true when the window may close now. {@code close} closes it after the answer.
     */
    public boolean mayClose(Runnable close) {
        ShellView open = shell;
        if (open == null || !open.hasUnsavedWork()) {
            return true;
        }
        open.leaveThen("close", close);
        return false;
    }

    /** Asks before closing {@code stage} while a decision holds unsaved work. */
    public void guardClosing(javafx.stage.Stage stage) {
        stage.setOnCloseRequest(event -> {
            if (!mayClose(stage::close)) {
                event.consume();
            }
        });
    }

    /** The idle lock of the signed-in officer; null before sign-in. */
    public @Nullable WorkstationLock idleLock() {
        return idleLock;
    }

    /** Runs once, the first time the queue shows its first page after sign-in. */
    public void setOnQueueInteractive(Runnable action) {
        this.onQueueInteractive = action;
    }

    public @Nullable ShellView shell() {
        return shell;
    }

    private void showError(Throwable failure) {
        LOG.error("the workstation hit an error", failure);
        if (shell != null) {
            shell.notice(context.messages().get("notice.failed", failure.getMessage() == null
                    ? failure.getClass().getSimpleName() : failure.getMessage()));
        }
    }
}
