package org.redress.ui.lock;

import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.event.Event;
import javafx.event.EventHandler;
import javafx.scene.Scene;
import javafx.scene.input.InputEvent;
import javafx.scene.layout.StackPane;
import javafx.util.Duration;
import org.redress.casework.SignInService;
import org.redress.domain.access.Officer;
import org.redress.ui.common.FxTasks;
import org.redress.ui.common.Messages;

/**
 * The idle lock fitted to a window: input anywhere in the scene is activity; a timeline asks the
 * {@link IdleTimer} every few seconds; on lock an opaque {@link LockScreen} goes on top of the
 * window's root, and comes off when the officer's password is given again. Use on the FX thread.
 */
public final class WorkstationLock {

    private static final Duration CHECK_EVERY = Duration.seconds(5);

    private final Scene scene;
    private final StackPane root;
    private final LockScreen screen;
    private final IdleTimer timer;
    private final Timeline ticking;
    private final EventHandler<Event> onInput;

    private WorkstationLock(Scene scene, StackPane root, java.time.Duration idle, Officer officer, SignInService signIn,
                            FxTasks tasks, Messages messages, Runnable switchUser) {
        this.scene = scene;
        this.root = root;
        this.screen = new LockScreen(officer, signIn, tasks, messages, this::unlock, switchUser);
        this.timer = new IdleTimer(idle, System::nanoTime, this::lock);
        this.onInput = e -> timer.activity();
        this.ticking = new Timeline(new KeyFrame(CHECK_EVERY, e -> timer.check()));
        ticking.setCycleCount(Timeline.INDEFINITE);
    }

    /**
     * Starts watching {@code scene} for {@code officer}; {@link #stop} on sign-out. The lock offers
     * {@code switchUser}: another officer at the desk ends this session (its unsaved work is kept)
     * and signs in.
     */
    public static WorkstationLock install(Scene scene, StackPane root, java.time.Duration idle, Officer officer,
                                          SignInService signIn, FxTasks tasks, Messages messages, Runnable switchUser) {
        WorkstationLock lock = new WorkstationLock(scene, root, idle, officer, signIn, tasks, messages, switchUser);
        scene.addEventFilter(InputEvent.ANY, lock.onInput);
        lock.ticking.play();
        return lock;
    }

    /** Locks now (the idle timer's action; also a menu's "lock now"). */
    public void lock() {
        if (!root.getChildren().contains(screen.root())) {
            root.getChildren().add(screen.root());
            screen.focus();
        }
    }

    public boolean locked() {
        return root.getChildren().contains(screen.root());
    }

    private void unlock() {
        root.getChildren().remove(screen.root());
        timer.unlocked();
    }

    public void stop() {
        ticking.stop();
        scene.removeEventFilter(InputEvent.ANY, onInput);
        root.getChildren().remove(screen.root());
    }
}
