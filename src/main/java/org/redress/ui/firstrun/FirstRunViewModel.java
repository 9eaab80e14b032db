package org.redress.ui.firstrun;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.jspecify.annotations.Nullable;
import org.redress.setup.OfficeConnection;
import org.redress.ui.common.FxTasks;
import org.redress.ui.common.Messages;

import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * The first-run screen's state: the demo being made (progress, then the accounts shown once) and
 * the office connection (address, the hub's fingerprint to confirm, account and password, and what
 * came of it). When a workspace is ready, {@code onReady} opens the workstation on it.
 */
public final class FirstRunViewModel {

    /** Where the demo side stands. */
    public enum DemoState { IDLE, MAKING, MADE, FAILED }

    private final FirstRunActions actions;
    private final FxTasks tasks;
    private final Messages messages;
    private final Consumer<Path> onReady;

    private final ObjectProperty<DemoState> demoState = new SimpleObjectProperty<>(this, "demoState", DemoState.IDLE);
    private final DoubleProperty demoProgress = new SimpleDoubleProperty(this, "demoProgress", 0);
    private final StringProperty demoMessage = new SimpleStringProperty(this, "demoMessage", "");
    private final ObservableList<FirstRunActions.DemoAccount> demoAccounts = FXCollections.observableArrayList();
    private @Nullable Path demoFolder;

    private final StringProperty hubUrl = new SimpleStringProperty(this, "hubUrl", "");
    private final ObjectProperty<OfficeConnection.@Nullable HubMet> hubMet = new SimpleObjectProperty<>(this, "hubMet");
    private final BooleanProperty fingerprintConfirmed = new SimpleBooleanProperty(this, "fingerprintConfirmed");
    private final StringProperty username = new SimpleStringProperty(this, "username", "");
    private final StringProperty password = new SimpleStringProperty(this, "password", "");
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");
    private final StringProperty officeMessage = new SimpleStringProperty(this, "officeMessage", "");
    private final BooleanProperty officeError = new SimpleBooleanProperty(this, "officeError");
    private final StringProperty recoveryKey = new SimpleStringProperty(this, "recoveryKey", "");
    private final BooleanProperty officeReady = new SimpleBooleanProperty(this, "officeReady");
    private @Nullable Path readyFolder;
    private final BooleanBinding canMeet;
    private final BooleanBinding canConnect;

    public FirstRunViewModel(FirstRunActions actions, FxTasks tasks, Messages messages, Consumer<Path> onReady) {
        this.actions = actions;
        this.tasks = tasks;
        this.messages = messages;
        this.onReady = onReady;
        canMeet = Bindings.createBooleanBinding(() -> !busy.get() && !hubUrl.get().isBlank(), busy, hubUrl);
        canConnect = Bindings.createBooleanBinding(() -> !busy.get() && hubMet.get() != null
                        && (fingerprintConfirmed.get() || hubMet.get().fingerprint() == null)
                        && !username.get().isBlank() && !password.get().isEmpty(),
                busy, hubMet, fingerprintConfirmed, username, password);
        // A new address is a new hub: what was confirmed for the old one no longer counts.
        hubUrl.addListener((obs, old, now) -> {
            hubMet.set(null);
            fingerprintConfirmed.set(false);
        });
    }

    /** Makes the demo (or finds it) and shows its accounts; the officer opens it with {@link #openDemo()}. */
    public void makeDemo() {
        if (demoState.get() == DemoState.MAKING) {
            return;
        }
        demoState.set(DemoState.MAKING);
        demoProgress.set(0);
        demoMessage.set(messages.get("firstrun.demo.making"));
        // The builder reports every subject written: only each whole percent reaches the FX thread.
        java.util.concurrent.atomic.AtomicInteger shownPercent = new java.util.concurrent.atomic.AtomicInteger(-1);
        tasks.supply(() -> actions.demo(fraction -> {
                    int percent = (int) Math.floor(fraction * 100);
                    if (shownPercent.getAndAccumulate(percent, Math::max) < percent) {
                        tasks.onFx(() -> demoProgress.set(percent / 100.0));
                    }
                }))
                .onSuccess(ready -> {
                    demoFolder = ready.workspace();
                    demoAccounts.setAll(ready.accounts());
                    demoProgress.set(1);
                    String made = ready.accounts().isEmpty() ? messages.get("firstrun.demo.existed")
                            : messages.get("firstrun.demo.made");
                    demoMessage.set(ready.hubProblem() == null ? made
                            : made + " " + messages.get("firstrun.demo.noHub", ready.hubProblem()));
                    demoState.set(DemoState.MADE);
                })
                .onError(e -> {
                    demoMessage.set(messages.get("firstrun.demo.failed", e.getMessage()));
                    demoState.set(DemoState.FAILED);
                })
                .start();
    }

    /** Opens the workstation on the demo just made. */
    public void openDemo() {
        if (demoFolder != null) {
            onReady.accept(demoFolder);
        }
    }

    /** Reaches the hub at the address typed and shows the fingerprint of its key to compare. */
    public void meetHub() {
        if (!canMeet.get()) {
            return;
        }
        String url = hubUrl.get().strip();
        busy.set(true);
        say(messages.get("firstrun.office.meeting", url), false);
        tasks.supply(() -> actions.meet(url))
                .onSuccess(met -> {
                    hubMet.set(met);
                    fingerprintConfirmed.set(false);
                    say(met.fingerprint() == null ? messages.get("firstrun.office.unencrypted")
                            : messages.get("firstrun.office.compare"), false);
                })
                .onError(e -> say(e instanceof IllegalArgumentException ? e.getMessage()
                        : messages.get("firstrun.office.unreachable", url, e.getMessage()), true))
                .andFinally(() -> busy.set(false))
                .start();
    }

    /** Makes the office workspace and signs in; opens it, or says what waits or what went wrong. */
    public void connect() {
        OfficeConnection.HubMet met = hubMet.get();
        if (!canConnect.get() || met == null) {
            return;
        }
        String name = username.get().strip();
        char[] secret = password.get().toCharArray();
        password.set("");
        busy.set(true);
        say(messages.get("firstrun.office.connecting"), false);
        tasks.supply(() -> actions.connect(met, name, secret))
                .onSuccess(this::connected)
                .onError(e -> say(messages.get("firstrun.office.failed", e.getMessage()), true))
                .andFinally(() -> busy.set(false))
                .start();
    }

    private void connected(OfficeConnection.Outcome outcome) {
        switch (outcome) {
            case OfficeConnection.Outcome.Connected done -> {
                if (done.recoveryKey() != null) {
                    // The new workspace's recovery key is shown once; the officer opens the workspace after noting it.
                    recoveryKey.set(done.recoveryKey());
                    readyFolder = done.workspace();
                    officeReady.set(true);
                    say(messages.get("firstrun.office.connectedWithKey"), false);
                } else {
                    say(messages.get("firstrun.office.connected"), false);
                    onReady.accept(done.workspace());
                }
            }
            case OfficeConnection.Outcome.AwaitingApproval waiting -> {
                if (waiting.recoveryKey() != null) {
                    recoveryKey.set(waiting.recoveryKey());
                }
                say(messages.get("firstrun.office.awaiting", waiting.deviceId(), waiting.deviceFingerprint()), false);
            }
            case OfficeConnection.Outcome.Refused refused ->
                    say(messages.get("firstrun.office.refused", refused.reason()), true);
        }
    }

    /** Opens the office workspace connected to, once its recovery key was shown. */
    public void openOffice() {
        if (readyFolder != null) {
            onReady.accept(readyFolder);
        }
    }

    /** The new office workspace's recovery key while it is shown (empty otherwise). */
    public StringProperty recoveryKeyProperty() {
        return recoveryKey;
    }

    /** Whether a connected workspace waits to be opened (after its recovery key was shown). */
    public BooleanProperty officeReadyProperty() {
        return officeReady;
    }

    private void say(String text, boolean error) {
        officeMessage.set(text);
        officeError.set(error);
    }

    public ObjectProperty<DemoState> demoStateProperty() {
        return demoState;
    }

    public DoubleProperty demoProgressProperty() {
        return demoProgress;
    }

    public StringProperty demoMessageProperty() {
        return demoMessage;
    }

    public ObservableList<FirstRunActions.DemoAccount> demoAccounts() {
        return demoAccounts;
    }

    public StringProperty hubUrlProperty() {
        return hubUrl;
    }

    public ObjectProperty<OfficeConnection.@Nullable HubMet> hubMetProperty() {
        return hubMet;
    }

    public BooleanProperty fingerprintConfirmedProperty() {
        return fingerprintConfirmed;
    }

    public StringProperty usernameProperty() {
        return username;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public StringProperty officeMessageProperty() {
        return officeMessage;
    }

    public BooleanProperty officeErrorProperty() {
        return officeError;
    }

    public BooleanBinding canMeetProperty() {
        return canMeet;
    }

    public BooleanBinding canConnectProperty() {
        return canConnect;
    }

    public Path officeFolder() {
        return actions.officeFolder();
    }
}
