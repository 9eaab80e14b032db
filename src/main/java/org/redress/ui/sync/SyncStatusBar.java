package org.redress.ui.sync;

import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.scene.control.Label;
import javafx.util.Duration;
import org.kordamp.ikonli.feather.Feather;
import org.redress.sync.SyncStatus;
import org.redress.ui.common.Icons;

/**
 * The status bar's sync part: online or offline, what waits to be sent, the last sync that worked,
 * errors in words; refreshed every few seconds (local changes add to the outbox between rounds).
 */
public final class SyncStatusBar {

    private static final Duration EVERY = Duration.seconds(5);

    private final Label label = new Label();
    private final Timeline timer;

    public SyncStatusBar(SyncViewModel model) {
        label.setId("status-sync");
        label.textProperty().bind(model.lineProperty());
        label.setGraphic(Icons.icon(Feather.CLOUD_OFF));
        model.statusProperty().addListener((obs, old, now) -> label.setGraphic(Icons.icon(icon(now))));
        timer = new Timeline(new KeyFrame(EVERY, e -> {
            if (!model.refreshStatus() || label.getScene() == null && label.getParent() == null) {
                stop();
            }
        }));
        timer.setCycleCount(Timeline.INDEFINITE);
        timer.play();
        model.refreshStatus();
    }

    private static Feather icon(SyncStatus status) {
        if (status == null) {
            return Feather.CLOUD_OFF;
        }
        return switch (status.connection()) {
            case ONLINE -> status.syncing() ? Feather.REFRESH_CW : Feather.CLOUD;
            case NOT_CONFIGURED, OFFLINE -> Feather.CLOUD_OFF;
            case SIGN_IN_NEEDED -> Feather.LOG_IN;
            case ERROR -> Feather.ALERT_TRIANGLE;
        };
    }

    public Label node() {
        return label;
    }

    public void stop() {
        timer.stop();
    }
}
